// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Hexadecimal digits, as HTTP chunk sizes, JSON "\uXXXX" escapes and HTML
// "&#x...;" references write them.

#ifndef ARTEXT_UTIL_HEX_H_
#define ARTEXT_UTIL_HEX_H_

#include <cstdint>
#include <string_view>

namespace artext::util {

// The value of one hex digit (either case), or -1.
constexpr int HexDigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The four hex digits at s[at..at+4) (a JSON "\u" escape's), or -1.
constexpr int32_t Hex4(std::string_view s, size_t at) {
  if (at > s.size() || s.size() - at < 4) return -1;
  int32_t v = 0;
  for (size_t i = at; i < at + 4; ++i) {
    int d = HexDigitValue(s[i]);
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

}  // namespace artext::util

#endif  // ARTEXT_UTIL_HEX_H_
