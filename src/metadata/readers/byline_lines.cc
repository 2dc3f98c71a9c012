// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/readers/byline_lines.h"

#include "dom/text.h"
#include "heuristics.h"
#include "dom/walk.h"
#include "util/char_class.h"
#include "util/text.h"
#include "util/utf8.h"

namespace artext::metadata {

std::string BylineText(const dom::Node* root) {
  std::string out;
  bool pending_space = false;
  // An element started or ended since the last text: the next text, if it
  // follows with no white space, is another box's.
  bool edge = false;
  const auto line_break = [&] {
    if (!out.empty() && out.back() != '\n') out.push_back('\n');
    pending_space = false;
    edge = false;
  };
  dom::Walk(
      root,
      [&](const dom::Node* n) {
        if (n->removed) return false;
        if (n->is_text()) {
          size_t pos = 0;
          const bool glued = edge && !pending_space && !out.empty() &&
                             out.back() != '\n' && !n->text.empty() &&
                             !util::IsCollapsibleSpace(util::DecodeUtf8(n->text, &pos));
          if (glued) out.push_back('\n');
          util::AppendCollapsed(n->text, &pending_space, &out);
          edge = false;
          return false;
        }
        if (n != root && dom::IsNonContentTag(n->tag)) return false;
        if (n->tag == dom::Tag::kBr) {
          line_break();
          return false;
        }
        if (dom::IsBlockTag(n->tag)) line_break();
        edge = n != root;
        return true;
      },
      [&](const dom::Node* n) {
        if (dom::IsBlockTag(n->tag)) line_break();
        edge = n != root;
      });
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

bool InLinkedTeaser(const dom::Node* byline, size_t byline_chars) {
  const dom::Node* a = byline;
  for (int depth = 0; a && a->tag != dom::Tag::kA; ++depth) {
    if (depth == heuristics::kMaxTeaserLinkDepth) return false;
    a = a->parent;
  }
  if (!a) return false;
  std::string_view href = a->Attr("href");
  if (href.empty() || href.starts_with("#")) return false;
  return dom::FlatText(a).size() >= byline_chars + heuristics::kMinTeaserLinkChars;
}

}  // namespace artext::metadata
