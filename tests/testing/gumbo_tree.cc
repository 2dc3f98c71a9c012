// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "testing/gumbo_tree.h"

#include <gumbo.h>

#include <utility>
#include <vector>

#include "util/text.h"

namespace artext::testing {
namespace {

bool SkipsText(const GumboElement& el) {
  if (el.tag_namespace != GUMBO_NAMESPACE_HTML) return false;
  if (el.tag == GUMBO_TAG_STYLE || el.tag == GUMBO_TAG_IFRAME) return true;
  if (el.tag != GUMBO_TAG_SCRIPT) return false;
  const GumboAttribute* type = gumbo_get_attribute(&el.attributes, "type");
  return !(type && util::EqualsIgnoreCase(util::Trim(type->value),
                                          "application/ld+json"));
}

std::string Name(const GumboElement& el) {
  static const char* kNs[] = {"", "svg:", "math:"};
  std::string name = kNs[el.tag_namespace];
  if (el.tag != GUMBO_TAG_UNKNOWN) {
    name += gumbo_normalized_tagname(el.tag);
  } else {
    GumboStringPiece piece = el.original_tag;
    gumbo_tag_from_original_text(&piece);
    name += util::AsciiLower(std::string_view(piece.data, piece.length));
  }
  return name;
}

}  // namespace

std::string GumboTree(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* output =
      gumbo_parse_with_options(&options, html.data(), html.size());
  std::string out;
  // (node, depth, text skipped)
  std::vector<std::pair<const GumboNode*, int>> stack{{output->document, 0}};
  std::vector<bool> skip{false};
  while (!stack.empty()) {
    auto [n, depth] = stack.back();
    bool skip_text = skip.back();
    stack.pop_back();
    skip.pop_back();
    const GumboVector* kids = nullptr;
    if (n->type == GUMBO_NODE_DOCUMENT) {
      kids = &n->v.document.children;
    } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      const GumboElement& el = n->v.element;
      out.append(depth, ' ');
      out += "<" + Name(el);
      for (unsigned i = 0; i < el.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(el.attributes.data[i]);
        out += std::string(" ") + a->name + "=\"" + a->value + "\"";
      }
      out += ">\n";
      kids = &el.children;
      skip_text = SkipsText(el);
    } else if (n->type != GUMBO_NODE_COMMENT && !skip_text) {
      out.append(depth, ' ');
      out += "\"" + std::string(n->v.text.text) + "\"\n";
    }
    if (!kids) continue;
    for (unsigned i = kids->length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(kids->data[i]), depth + 1});
      skip.push_back(skip_text);
    }
  }
  gumbo_destroy_output(&options, output);
  return out;
}

}  // namespace artext::testing
