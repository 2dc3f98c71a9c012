// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "dom/text.h"

#include "dom/walk.h"
#include "util/text.h"

namespace artext::dom {
namespace {

std::string CollectText(const Node* root, bool keep_lines) {
  std::string out;
  bool pending_space = false;
  auto line_break = [&] {
    if (!keep_lines) {
      pending_space = true;
      return;
    }
    if (!out.empty() && out.back() != '\n') out.push_back('\n');
    pending_space = false;
  };
  Walk(
      root,
      [&](const Node* n) {
        if (n->removed) return false;
        if (n->is_text()) {
          util::AppendCollapsed(n->text, &pending_space, &out);
          // A line break resets the space state; avoid " \n".
          return false;
        }
        if (n != root && IsNonContentElement(n)) return false;
        if (n->tag == Tag::kBr) {
          line_break();
          return false;
        }
        if (IsBlockTag(n->tag)) line_break();
        return true;
      },
      [&](const Node* n) {
        if (IsBlockTag(n->tag)) line_break();
      });
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) {
    out.pop_back();
  }
  return out;
}

}  // namespace

std::string InnerText(const Node* root) { return CollectText(root, true); }

std::string FlatText(const Node* root) { return CollectText(root, false); }

}  // namespace artext::dom
