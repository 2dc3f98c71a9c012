// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/mojibake.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace artext::charset {
namespace {

// windows-1252's characters for the bytes 0x80..0x9F (0 where undefined:
// those bytes decode to the C1 control of the same value).
constexpr std::array<char32_t, 32> kWindows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The code point of the UTF-8 character at s[i] (2 or 3 bytes; the ones a
// byte 0x80..0xBF can become) and its length; length 0 otherwise.
char32_t ReadChar(const std::string& s, size_t i, size_t* len) {
  *len = 0;
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (i + 1 < s.size() && b(0) >= 0xC2 && b(0) <= 0xDF) {
    *len = 2;
    return (char32_t{b(0)} & 0x1F) << 6 | (b(1) & 0x3F);
  }
  if (i + 2 < s.size() && b(0) >= 0xE0 && b(0) <= 0xEF) {
    *len = 3;
    return (char32_t{b(0)} & 0x0F) << 12 | (char32_t{b(1)} & 0x3F) << 6 |
           (b(2) & 0x3F);
  }
  return 0;
}

// The byte a character of mojibake stands for: U+0080..U+00BF for itself
// (Latin-1), a windows-1252 character for its byte 0x80..0x9F; -1 when the
// character stands for no continuation byte.
int ContinuationByte(char32_t c) {
  if (c >= 0x80 && c <= 0xBF) return static_cast<int>(c);
  for (size_t k = 0; k < kWindows1252High.size(); ++k) {
    if (kWindows1252High[k] == c) return static_cast<int>(0x80 + k);
  }
  return -1;
}

// True when lead byte `lead` and continuation `second` begin a well-formed
// sequence (no overlong form, surrogate or code point above U+10FFFF).
bool WellFormedStart(unsigned lead, unsigned second) {
  if (lead == 0xE0) return second >= 0xA0;
  if (lead == 0xED) return second <= 0x9F;
  if (lead == 0xF0) return second >= 0x90;
  if (lead == 0xF4) return second <= 0x8F;
  return true;
}

// The original bytes of the mojibake character starting at s[i], and the
// length of its mojibake; 0 when there is none at i.
size_t Repaired(const std::string& s, size_t i, std::array<char, 4>* bytes,
                size_t* count) {
  // The lead: U+00C2..U+00F4, written C3 82..C3 B4.
  if (i + 1 >= s.size() || static_cast<unsigned char>(s[i]) != 0xC3) return 0;
  const unsigned second = static_cast<unsigned char>(s[i + 1]);
  if (second < 0x82 || second > 0xB4) return 0;
  const unsigned lead = second + 0x40;
  const size_t need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
  (*bytes)[0] = static_cast<char>(lead);
  size_t at = i + 2;
  bool from_high_range = false;
  for (size_t k = 1; k <= need; ++k) {
    size_t len = 0;
    const char32_t c = ReadChar(s, at, &len);
    const int byte = len > 0 ? ContinuationByte(c) : -1;
    if (byte < 0) return 0;
    if (k == 1 && !WellFormedStart(lead, static_cast<unsigned>(byte))) return 0;
    from_high_range = from_high_range || byte <= 0x9F;
    (*bytes)[k] = static_cast<char>(byte);
    at += len;
  }
  if (!from_high_range) return 0;
  *count = need + 1;
  return at - i;
}

}  // namespace

size_t RepairMojibake(std::string* utf8) {
  const std::string& s = *utf8;
  // Every repair starts at a C3 byte: pages without mojibake cost a memchr.
  size_t i = s.find('\xC3');
  if (i == std::string::npos) return 0;
  std::string out;
  size_t copied = 0;  // s[0, copied) is in `out`
  size_t repaired = 0;
  std::array<char, 4> bytes{};
  for (; i != std::string::npos; i = s.find('\xC3', i)) {
    size_t count = 0;
    const size_t len = Repaired(s, i, &bytes, &count);
    if (len == 0) {
      ++i;
      continue;
    }
    if (repaired == 0) out.reserve(s.size());
    out.append(s, copied, i - copied);
    out.append(bytes.data(), count);
    i += len;
    copied = i;
    ++repaired;
  }
  if (repaired == 0) return 0;
  out.append(s, copied, std::string::npos);
  utf8->swap(out);
  return repaired;
}

}  // namespace artext::charset
