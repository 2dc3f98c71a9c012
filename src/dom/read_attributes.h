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
#include <bit>
#include <cstdint>
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
// "value" is read on <meta> only: some pages, and pages saved by tools
// that rewrite attributes, give a meta tag's value there, not in "content".
inline constexpr std::array<std::string_view, 31> kReadAttributes = {
    "class", "id", "href", "src", "alt", "style", "hidden", "role",
    "aria-hidden", "aria-controls", "lang", "xml:lang", "rel", "name",
    "property", "content",
    "value", "http-equiv", "charset", "itemprop", "itemscope", "itemtype", "datetime",
    "data-src", "data-original", "data-lazy-src",
    "type", "color", "face", "size", "encoding"};

namespace internal {

// kReadAttributes by first byte: bit i of the entry for c is set when the
// i-th name starts with c. The prescan asks IsReadAttributeLower of every
// attribute of every start tag, so it looks at the few names sharing the
// first letter only.
inline constexpr auto kReadAttributesByFirst = [] {
  static_assert(kReadAttributes.size() <= 64, "one bit per name");
  std::array<uint64_t, 256> by_first{};
  for (size_t i = 0; i < kReadAttributes.size(); ++i) {
    by_first[static_cast<unsigned char>(kReadAttributes[i][0])] |=
        uint64_t{1} << i;
  }
  return by_first;
}();

constexpr bool ListsRead(std::string_view name) {
  for (std::string_view read : kReadAttributes) {
    if (read == name) return true;
  }
  return false;
}
static_assert(ListsRead(kLazyImageAttributes[0]) &&
                  ListsRead(kLazyImageAttributes[1]) &&
                  ListsRead(kLazyImageAttributes[2]),
              "the lazy-image attributes are read");

}  // namespace internal

// `lower`: a lower-case attribute name.
inline bool IsReadAttributeLower(std::string_view lower) {
  if (lower.empty()) return false;
  for (uint64_t m = internal::kReadAttributesByFirst[
           static_cast<unsigned char>(lower[0])];
       m; m &= m - 1) {
    if (kReadAttributes[std::countr_zero(m)] == lower) return true;
  }
  return false;
}

// `name` as written (any case).
inline bool IsReadAttribute(std::string_view name) {
  return IsReadAttributeLower(util::AsciiLower(name));
}

}  // namespace artext::dom

#endif  // ARTEXT_DOM_READ_ATTRIBUTES_H_
