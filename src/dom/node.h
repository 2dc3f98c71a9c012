// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Node: artext's own, mutable view of the parsed page. Nodes live in an arena
// owned by dom::Document; links are raw pointers into that arena.
//
// Lifetime: the Document must outlive every Node* and every string_view
// obtained from a Node (names, values and text point into memory the
// Document owns).
//
// Cleaning never unlinks nodes: it sets `removed`, which every later walk
// honours. That keeps removal O(1) and lets --debug report what was dropped.

#ifndef ARTEXT_DOM_NODE_H_
#define ARTEXT_DOM_NODE_H_

#include <cassert>
#include <cstdint>
#include <string_view>

#include "dom/read_attributes.h"
#include "dom/tag.h"

namespace artext::dom {

enum class NodeKind : uint8_t { kDocument, kElement, kText };

struct Attribute {
  std::string_view name;   // lower-case, as gumbo normalises it
  std::string_view value;  // entities decoded
};

struct Node {
  NodeKind kind = NodeKind::kElement;
  Tag tag = Tag::kOther;
  bool removed = false;  // set by cleaning passes; skipped by later walks
  uint32_t depth = 0;    // 0 for the document node
  uint32_t order = 0;    // position in document order (pre-order index)

  std::string_view name;  // element name, lower-case ("div", "my-widget")
  std::string_view text;  // text nodes only: the raw text, entities decoded

  const Attribute* attrs = nullptr;
  uint32_t attr_count = 0;

  Node* parent = nullptr;
  Node* first_child = nullptr;
  Node* next_sibling = nullptr;

  bool is_element() const { return kind == NodeKind::kElement; }
  bool is_text() const { return kind == NodeKind::kText; }

  // The value of attribute `attr_name` (lower-case), or empty when absent.
  // Only the attributes of kReadAttributes reach the tree (the prescan
  // drops the rest), hence the assertion.
  std::string_view Attr(std::string_view attr_name) const {
    assert(IsReadAttribute(attr_name));
    for (uint32_t i = 0; i < attr_count; ++i) {
      if (attrs[i].name == attr_name) return attrs[i].value;
    }
    return {};
  }
  bool HasAttr(std::string_view attr_name) const {
    assert(IsReadAttribute(attr_name));
    for (uint32_t i = 0; i < attr_count; ++i) {
      if (attrs[i].name == attr_name) return true;
    }
    return false;
  }
};

// An element whose content is never article text (IsNonContentTag), with
// one exception: a <button> that is a heading's whole content is the
// heading. The WAI-ARIA accordion pattern (Radix, Headless UI, most FAQ
// blocks) writes each question as <h3><button aria-controls=...>, and the
// question belongs with its answer.
inline bool IsNonContentElement(const Node* n) {
  if (!IsNonContentTag(n->tag)) return false;
  return !(n->tag == Tag::kButton && n->parent &&
           HeadingLevel(n->parent->tag) > 0);
}

// Pre-order successor of `n` within the subtree rooted at `root`, skipping
// the children of `n` when `skip_children` is true. Iterative: no recursion,
// so 100,000-deep trees cannot overflow the stack.
inline const Node* NextInTree(const Node* n, const Node* root,
                              bool skip_children = false) {
  if (!skip_children && n->first_child) return n->first_child;
  while (n && n != root) {
    if (n->next_sibling) return n->next_sibling;
    n = n->parent;
  }
  return nullptr;
}
inline Node* NextInTree(Node* n, const Node* root, bool skip_children = false) {
  return const_cast<Node*>(
      NextInTree(static_cast<const Node*>(n), root, skip_children));
}

}  // namespace artext::dom

#endif  // ARTEXT_DOM_NODE_H_
