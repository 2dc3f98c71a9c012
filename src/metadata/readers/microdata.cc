// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/readers/microdata.h"

#include <string>

#include "dom/text.h"
#include "util/text.h"
#include "util/tokens.h"

namespace artext::metadata {
namespace {

// Longer author texts are bios or whole author boxes, not names.
constexpr size_t kMaxAuthorChars = 200;

// itemprop holds a space-separated list of names.
bool HasItemprop(const dom::Node* n, std::string_view prop) {
  for (std::string_view name : util::Tokens(n->Attr("itemprop"))) {
    if (util::EqualsIgnoreCase(name, prop)) return true;
  }
  return false;
}

// An item that is someone else's words: a comment, a review, an answer.
bool IsForeignItem(const dom::Node* n) {
  if (!n->HasAttr("itemscope")) return false;
  std::string_view type = n->Attr("itemtype");
  return util::ContainsIgnoreCase(type, "Comment") ||
         util::ContainsIgnoreCase(type, "Review") ||
         util::ContainsIgnoreCase(type, "Answer");
}

// The value of a property element, as microdata defines it for the
// elements news pages use.
std::string ItemValue(const dom::Node* n) {
  for (std::string_view attr : {"content", "datetime"}) {
    if (n->HasAttr(attr)) return util::CollapseWhitespace(n->Attr(attr));
  }
  return dom::FlatText(n);
}

std::string AuthorName(const dom::Node* n) {
  if (n->HasAttr("itemscope")) {
    for (const dom::Node* c = n->first_child; c; c = dom::NextInTree(c, n)) {
      if (c->is_element() && HasItemprop(c, "name")) return ItemValue(c);
    }
  }
  return ItemValue(n);
}

}  // namespace

void ReadMicrodata(const dom::Document& doc, PageFacts* facts) {
  bool headline_seen = false;
  AuthorCandidate authors = AuthorCandidate::Names({}, "microdata", false);
  std::string creator;
  for (const dom::Node* n = doc.root(); n;
       n = dom::NextInTree(n, doc.root(), n->is_element() && IsForeignItem(n))) {
    if (!n->is_element() || n->tag == dom::Tag::kMeta ||
        !n->HasAttr("itemprop") || IsForeignItem(n)) {
      continue;
    }
    if (!headline_seen && HasItemprop(n, "headline")) {
      std::string v = ItemValue(n);
      if (!v.empty()) facts->titles.push_back({v, "microdata"});
      headline_seen = true;
    } else if (HasItemprop(n, "author") || HasItemprop(n, "creator")) {
      std::string v = AuthorName(n);
      if (!v.empty() && v.size() <= kMaxAuthorChars) {
        bool dup = false;
        for (const std::string& s : authors.names) dup = dup || s == v;
        if (!dup) authors.names.push_back(std::move(v));
      }
    } else if (HasItemprop(n, "datePublished")) {
      std::string v = ItemValue(n);
      if (!v.empty()) facts->published.push_back({v, "microdata"});
    } else if (HasItemprop(n, "dateModified")) {
      std::string v = ItemValue(n);
      if (!v.empty()) facts->modified.push_back({v, "microdata"});
    }
  }
  if (!authors.names.empty()) {
    for (size_t i = 0; i < authors.names.size(); ++i) {
      authors.raw += (i ? ", " : "") + authors.names[i];
    }
    facts->authors.push_back(std::move(authors));
  }
}

}  // namespace artext::metadata
