// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/utf8.h"

namespace artext::util {
namespace {

bool IsScalarValue(char32_t cp) {
  return cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
}

}  // namespace

char32_t DecodeUtf8(std::string_view s, size_t* pos, Utf8Check check) {
  const size_t i = *pos;
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    *pos = i + 1;
    return lead;
  }
  size_t extra;
  char32_t cp;
  char32_t min_cp;  // smallest value that needs this many bytes
  if ((lead & 0xE0) == 0xC0) {
    extra = 1, cp = lead & 0x1F, min_cp = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    extra = 2, cp = lead & 0x0F, min_cp = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    extra = 3, cp = lead & 0x07, min_cp = 0x10000;
  } else {
    *pos = i + 1;
    return kReplacementChar;
  }
  if (extra > s.size() - 1 - i) {  // truncated
    *pos = i + 1;
    return kReplacementChar;
  }
  for (size_t k = 1; k <= extra; ++k) {
    const unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) {
      *pos = i + 1;
      return kReplacementChar;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (check == Utf8Check::kStrict && (cp < min_cp || !IsScalarValue(cp))) {
    *pos = i + 1;
    return kReplacementChar;
  }
  *pos = i + 1 + extra;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (!IsScalarValue(cp)) cp = kReplacementChar;
  char buffer[4];
  size_t length;
  if (cp < 0x80) {
    buffer[0] = static_cast<char>(cp);
    length = 1;
  } else if (cp < 0x800) {
    buffer[0] = static_cast<char>(0xC0 | (cp >> 6));
    buffer[1] = static_cast<char>(0x80 | (cp & 0x3F));
    length = 2;
  } else if (cp < 0x10000) {
    buffer[0] = static_cast<char>(0xE0 | (cp >> 12));
    buffer[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buffer[2] = static_cast<char>(0x80 | (cp & 0x3F));
    length = 3;
  } else {
    buffer[0] = static_cast<char>(0xF0 | (cp >> 18));
    buffer[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buffer[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buffer[3] = static_cast<char>(0x80 | (cp & 0x3F));
    length = 4;
  }
  out->append(buffer, length);
}

std::string_view TruncateUtf8(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t end = max_bytes;
  // Back off over continuation bytes (at most 3) to a sequence start.
  while (end > 0 && max_bytes - end < 4 &&
         (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) {
    --end;
  }
  return s.substr(0, end);
}

}  // namespace artext::util
