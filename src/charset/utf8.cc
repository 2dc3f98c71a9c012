// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/utf8.h"

#include <cstdint>
#include <cstring>

#include "util/utf8.h"

namespace artext::charset {
namespace {

using util::kReplacementUtf8;

constexpr uint64_t kHighBits = 0x8080808080808080ull;
constexpr uint64_t kLowBits = 0x0101010101010101ull;

// True if any of the 8 bytes in `word` is >= 0x80 or == 0x00: the only bytes
// that leave the plain-ASCII fast path.
inline bool NeedsSlowPath(uint64_t word) {
  const uint64_t has_zero = (word - kLowBits) & ~word & kHighBits;
  return ((word & kHighBits) | has_zero) != 0;
}

// Length of the sequence starting at p[0] (p < end, p[0] >= 0x80): the
// length of a well-formed sequence, with *valid = true, or the length of the
// maximal ill-formed subpart (at least 1), with *valid = false.
inline size_t MultibyteLength(const unsigned char* p, const unsigned char* end,
                              bool* valid) {
  const unsigned char lead = p[0];
  size_t needed;
  unsigned char low = 0x80;   // allowed range of the second byte; later
  unsigned char high = 0xBF;  // continuation bytes are always 80..BF
  if (lead >= 0xC2 && lead <= 0xDF) {
    needed = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    needed = 2;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    needed = 3;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    *valid = false;  // stray continuation byte, C0, C1 or F5..FF
    return 1;
  }
  size_t i = 1;
  for (; i <= needed; ++i) {
    if (p + i >= end || p[i] < low || p[i] > high) {
      *valid = false;
      return i;
    }
    low = 0x80;
    high = 0xBF;
  }
  *valid = true;
  return i;
}

// Past the whole 8-byte words of ASCII without NUL from `p`: most of a
// page, checked a word at a time so that only the rest goes byte by byte.
const unsigned char* SkipPlainWords(const unsigned char* p,
                                    const unsigned char* end) {
  while (end - p >= 8) {
    uint64_t word;
    std::memcpy(&word, p, sizeof(word));
    if (NeedsSlowPath(word)) break;
    p += 8;
  }
  return p;
}

}  // namespace

Utf8Stats ScanUtf8(std::string_view bytes) {
  Utf8Stats stats;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    p = SkipPlainWords(p, end);
    if (p == end) break;
    if (*p < 0x80) {
      if (*p == 0) ++stats.nul_bytes;
      ++p;
      continue;
    }
    bool valid;
    p += MultibyteLength(p, end, &valid);
    if (valid) {
      ++stats.multibyte_chars;
    } else {
      ++stats.invalid_sequences;
    }
  }
  return stats;
}

size_t AppendValidUtf8(std::string_view bytes, std::string* out) {
  return AppendValidUtf8(bytes, ScanUtf8(bytes), out);
}

size_t AppendValidUtf8(std::string_view bytes, const Utf8Stats& stats,
                       std::string* out) {
  // Fast path: nothing to repair, one copy.
  if (stats.invalid_sequences == 0 && stats.nul_bytes == 0) {
    out->append(bytes);
    return 0;
  }
  // Every replacement turns at least one byte into three.
  out->reserve(out->size() + bytes.size() +
               2 * (stats.invalid_sequences + stats.nul_bytes));
  const auto* begin = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* p = begin;
  const auto* end = p + bytes.size();
  const auto* run = p;  // start of the well-formed bytes not yet copied
  auto flush = [&](const unsigned char* to) {
    out->append(bytes.data() + (run - begin), to - run);
  };
  while (p < end) {
    p = SkipPlainWords(p, end);
    if (p == end) break;
    if (*p < 0x80) {
      if (*p == 0) {
        flush(p);
        out->append(kReplacementUtf8);
        run = p + 1;
      }
      ++p;
      continue;
    }
    bool valid;
    const size_t length = MultibyteLength(p, end, &valid);
    if (!valid) {
      flush(p);
      out->append(kReplacementUtf8);
      run = p + length;
    }
    p += length;
  }
  flush(end);
  return stats.invalid_sequences;
}

}  // namespace artext::charset
