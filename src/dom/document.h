// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Document parses UTF-8 HTML with gumbo and converts gumbo's tree into an
// arena of dom::Node. gumbo's output lives in the Document's dom::Arena and is
// kept alive for the Document's lifetime, because attribute values and text
// are string_views into it (no copying of text).
//
// Document is move-only. It is not thread-safe to mutate one Document from
// several threads; distinct Documents are independent.

#ifndef ARTEXT_DOM_DOCUMENT_H_
#define ARTEXT_DOM_DOCUMENT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dom/arena.h"
#include "dom/node.h"

struct GumboInternalOutput;

namespace artext::dom {

struct ParseOptions {
  int max_depth = 512;  // see Options::max_nesting_depth
  int max_elements = 0;  // see Options::max_elements; 0: no cap
  // Run dom::Prescan first (cut script/style bodies, cap depth, guard gumbo).
  // Off only to compare outputs with and without it.
  bool prescan = true;
};

class Document {
 public:
  // Parses `utf8_html` (must be valid UTF-8; charset::Decode guarantees it).
  // The text is copied, so the argument need not outlive the Document.
  static Document Parse(std::string utf8_html, const ParseOptions& options);

  Document(Document&&) noexcept;
  Document& operator=(Document&&) noexcept;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
  ~Document();

  Node* root() { return root_; }
  const Node* root() const { return root_; }
  // The <html>, <head> and <body> elements (never null after Parse: the
  // HTML parser always creates them).
  Node* html() const { return html_; }
  Node* head() const { return head_; }
  Node* body() const { return body_; }
  size_t node_count() const { return nodes_.size(); }
  // Nodes in document order: node(n->order) == n. Parents precede children,
  // so a reverse scan visits every child before its parent.
  Node* node(size_t order) { return &nodes_[order]; }
  const Node* node(size_t order) const { return &nodes_[order]; }

 private:
  Document() = default;
  void Build();

  std::string html_text_;  // the parsed text: gumbo points into it
  // gumbo allocates its whole tree in arena_; it is released with the
  // Arena, never node by node (gumbo_destroy_output is not called).
  std::unique_ptr<Arena> arena_;
  GumboInternalOutput* output_ = nullptr;
  std::vector<Node> nodes_;  // arena; reserved once, never reallocated
  std::vector<Attribute> attrs_;
  Node* root_ = nullptr;
  Node* html_ = nullptr;
  Node* head_ = nullptr;
  Node* body_ = nullptr;
};

}  // namespace artext::dom

#endif  // ARTEXT_DOM_DOCUMENT_H_
