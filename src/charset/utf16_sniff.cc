// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/utf16_sniff.h"

#include <algorithm>
#include <cstddef>

#include "heuristics.h"

namespace artext::charset {

std::string SniffUtf16(std::string_view bytes) {
  using heuristics::kUtf16MinNulShare;
  using heuristics::kUtf16NulAsymmetry;
  using heuristics::kUtf16SniffBytes;
  const size_t n = std::min(bytes.size(), kUtf16SniffBytes) & ~size_t{1};
  const size_t pairs = n / 2;
  if (pairs < 2) return std::string();
  size_t even_nuls = 0;  // high bytes of UTF-16BE ASCII
  size_t odd_nuls = 0;   // high bytes of UTF-16LE ASCII
  for (size_t i = 0; i < n; i += 2) {
    even_nuls += bytes[i] == '\0';
    odd_nuls += bytes[i + 1] == '\0';
  }
  auto pattern = [&](size_t high, size_t low) {
    return static_cast<double>(high) >= kUtf16MinNulShare * pairs &&
           high >= kUtf16NulAsymmetry * low;
  };
  if (pattern(odd_nuls, even_nuls)) return "utf-16le";
  if (pattern(even_nuls, odd_nuls)) return "utf-16be";
  return std::string();
}

}  // namespace artext::charset
