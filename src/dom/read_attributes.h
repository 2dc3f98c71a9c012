// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Which of a page's many attribute families artext reads, for the prescan,
// which drops the others before gumbo sees them (see prescan.h).
//
// `data-*` attributes are 10% of the bytes of the ScrapingHub pages once
// scripts and styles are cut, and `on*` event handlers another 0.6%; gumbo
// copies each of their characters one at a time. artext reads only the
// lazy-loading image attributes below. A pass that starts reading another
// `data-*` attribute must add it here, or it will never see it.

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

// True for an attribute no pass reads: `data-*` other than the ones above,
// and `on*` event handlers. `name` as written (any case).
inline bool IsUnreadAttribute(std::string_view name) {
  if (name.size() > 2 && (name[0] | 0x20) == 'o' && (name[1] | 0x20) == 'n') {
    return true;
  }
  if (name.size() < 5 || !util::EqualsIgnoreCase(name.substr(0, 5), "data-")) {
    return false;
  }
  for (std::string_view kept : kLazyImageAttributes) {
    if (util::EqualsIgnoreCase(name, kept)) return false;
  }
  return true;
}

}  // namespace artext::dom

#endif  // ARTEXT_DOM_READ_ATTRIBUTES_H_
