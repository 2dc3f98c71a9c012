// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The attributes artext reads, for the prescan, which drops all others from
// start tags before gumbo sees them (see prescan.h).
//
// Once scripts and styles are cut, three quarters of a news page's bytes
// are inside start tags, and gumbo copies every attribute character one at
// a time; most of them (data-*, srcset, event handlers, aria-*, title,
// target...) no pass ever reads. A pass that starts reading another
// attribute must add it to kReadAttributes: dom::Node::Attr asserts it in
// builds with assertions on (the sanitizer build `CI=true bash .ci/run`
// runs the whole suite in).

#ifndef ARTEXT_DOM_READ_ATTRIBUTES_H_
#define ARTEXT_DOM_READ_ATTRIBUTES_H_

#include <array>
#include <string_view>

#include "util/text.h"

namespace artext::dom {

// Where lazy-loading scripts keep a picture's real address while `src`
// holds a placeholder, in the order content/figures.cc prefers them.
inline constexpr std::array<std::string_view, 3> kLazyImageAttributes = {
    "data-src", "data-original", "data-lazy-src"};

// Lower-case. The last group is read by gumbo's tree builder itself:
// <input type=hidden> in a table, <font color|face|size> leaving SVG, and
// <annotation-xml encoding>.
inline constexpr std::array<std::string_view, 29> kReadAttributes = {
    "class", "id", "href", "src", "alt", "style", "hidden", "role",
    "aria-hidden", "lang", "xml:lang", "rel", "name", "property", "content",
    "http-equiv", "charset", "itemprop", "itemscope", "itemtype", "datetime",
    "data-src", "data-original", "data-lazy-src",
    "type", "color", "face", "size", "encoding"};

// `lower`: a lower-case attribute name. The prescan asks this for every
// attribute of every start tag, hence the switch rather than a search.
inline bool IsReadAttributeLower(std::string_view lower) {
  if (lower.empty()) return false;
  switch (lower[0]) {
    case 'a': return lower == "alt" || lower == "aria-hidden";
    case 'c': return lower == "class" || lower == "content" ||
                     lower == "charset" || lower == "color";
    case 'd': return lower == "datetime" || lower == "data-src" ||
                     lower == "data-original" || lower == "data-lazy-src";
    case 'e': return lower == "encoding";
    case 'f': return lower == "face";
    case 'h': return lower == "href" || lower == "hidden" ||
                     lower == "http-equiv";
    case 'i': return lower == "id" || lower == "itemprop" ||
                     lower == "itemscope" || lower == "itemtype";
    case 'l': return lower == "lang";
    case 'n': return lower == "name";
    case 'p': return lower == "property";
    case 'r': return lower == "role" || lower == "rel";
    case 's': return lower == "src" || lower == "style" || lower == "size";
    case 't': return lower == "type";
    case 'x': return lower == "xml:lang";
    default: return false;
  }
}

// `name` as written (any case).
inline bool IsReadAttribute(std::string_view name) {
  char buf[16];
  if (name.size() > sizeof(buf)) return false;  // longer than any read one
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
  }
  return IsReadAttributeLower(std::string_view(buf, name.size()));
}

}  // namespace artext::dom

#endif  // ARTEXT_DOM_READ_ATTRIBUTES_H_
