// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "testing/gumbo_tree.h"

#include <gumbo.h>

#include <utility>
#include <vector>

#include "dom/html_lexer.h"
#include "dom/read_attributes.h"
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

// Text under these is kept as written by the slim prescan.
bool KeepsWhiteSpace(const GumboElement& el) {
  if (el.tag_namespace != GUMBO_NAMESPACE_HTML) return false;
  switch (el.tag) {
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

// A <link> the slim prescan leaves out: all but rel=canonical.
bool IsUnreadLink(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT || n->v.element.tag != GUMBO_TAG_LINK ||
      n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) {
    return false;
  }
  const GumboAttribute* rel =
      gumbo_get_attribute(&n->v.element.attributes, "rel");
  return !(rel && util::ContainsIgnoreCase(rel->value, "canonical"));
}

std::string CollapseWhiteSpace(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (!dom::lexer::IsTagSpace(text[i])) {
      out.push_back(text[i++]);
      continue;
    }
    int newlines = 0;
    for (; i < text.size() && dom::lexer::IsTagSpace(text[i]); ++i) {
      newlines += text[i] == '\n';
    }
    out += newlines >= 2 ? "\n\n" : newlines == 1 ? "\n" : " ";
  }
  return out;
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

std::string GumboTree(std::string_view html, bool slim) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* output =
      gumbo_parse_with_options(&options, html.data(), html.size());
  std::string out;
  struct Item {
    const GumboNode* node;  // null: `text` is adjacent text merged (slim)
    int depth;
    bool skip_text;
    bool keep_space;
    std::string text;
  };
  std::vector<Item> stack;
  stack.push_back({output->document, 0, false, false, {}});
  while (!stack.empty()) {
    Item item = std::move(stack.back());
    stack.pop_back();
    auto& [n, depth, skip_text, keep_space, merged] = item;
    if (!n) {
      out.append(depth, ' ');
      out += '"';
      out += keep_space ? merged : CollapseWhiteSpace(merged);
      out += "\"\n";
      continue;
    }
    const GumboVector* kids = nullptr;
    if (n->type == GUMBO_NODE_DOCUMENT) {
      kids = &n->v.document.children;
    } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      const GumboElement& el = n->v.element;
      out.append(depth, ' ');
      out += '<';
      out += Name(el);
      for (unsigned i = 0; i < el.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(el.attributes.data[i]);
        if (slim && (!dom::IsReadAttribute(a->name) ||
                     (el.tag == GUMBO_TAG_SCRIPT &&
                      std::string_view(a->name) == "src"))) {
          continue;
        }
        out += ' ';
        out += a->name;
        out += "=\"";
        out += a->value;
        out += '"';
      }
      out += ">\n";
      kids = &el.children;
      skip_text = SkipsText(el);
      keep_space = keep_space || KeepsWhiteSpace(el);
      // An outermost foreign element, or a <nav>: the slim prescan cuts
      // its inside (one inside the other is inside the cut already).
      if (slim && el.tag_namespace != GUMBO_NAMESPACE_HTML && n->parent &&
          (n->parent->type == GUMBO_NODE_DOCUMENT ||
           n->parent->v.element.tag_namespace == GUMBO_NAMESPACE_HTML)) {
        kids = nullptr;
      }
      if (slim && el.tag_namespace == GUMBO_NAMESPACE_HTML &&
          el.tag == GUMBO_TAG_NAV) {
        kids = nullptr;
      }
    } else if (n->type != GUMBO_NODE_COMMENT && !skip_text) {
      out.append(depth, ' ');
      std::string text = n->v.text.text;
      out += '"';
      out += text;
      out += "\"\n";
    }
    if (!kids) continue;
    if (!slim) {
      for (unsigned i = kids->length; i-- > 0;) {
        stack.push_back({static_cast<const GumboNode*>(kids->data[i]),
                         depth + 1, skip_text, keep_space, {}});
      }
      continue;
    }
    // Slim: unread <link>s are left out, so the text around one is a
    // single text node in the prescanned page; merge it here too.
    std::vector<Item> items;
    std::string pending;
    bool has_pending = false;
    auto flush = [&] {
      if (has_pending) {
        items.push_back({nullptr, depth + 1, skip_text, keep_space,
                         std::move(pending)});
      }
      pending.clear();
      has_pending = false;
    };
    for (unsigned i = 0; i < kids->length; ++i) {
      const auto* kid = static_cast<const GumboNode*>(kids->data[i]);
      if (IsUnreadLink(kid)) continue;
      bool text = kid->type == GUMBO_NODE_TEXT ||
                  kid->type == GUMBO_NODE_WHITESPACE ||
                  kid->type == GUMBO_NODE_CDATA;
      if (text && !skip_text) {
        pending += kid->v.text.text;
        has_pending = true;
        continue;
      }
      flush();
      items.push_back({kid, depth + 1, skip_text, keep_space, {}});
    }
    flush();
    for (size_t i = items.size(); i-- > 0;) stack.push_back(std::move(items[i]));
  }
  gumbo_destroy_output(&options, output);
  return out;
}

}  // namespace artext::testing
