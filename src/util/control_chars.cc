// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/control_chars.h"

namespace artext::util {
namespace {

// Length of the control character at s[i], or 0 when there is none.
size_t ControlAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) return 1;
  // C1 in UTF-8: 0xC2 followed by 0x80..0x9F.
  if (c == 0xc2 && i + 1 < s.size()) {
    unsigned char d = static_cast<unsigned char>(s[i + 1]);
    if (d >= 0x80 && d <= 0x9f) return 2;
  }
  return 0;
}

}  // namespace

bool HasControlChars(std::string_view in) {
  for (size_t i = 0; i < in.size(); ++i) {
    if (ControlAt(in, i) > 0) return true;
  }
  return false;
}

std::string StripControlChars(std::string_view in) {
  // The common case, clean text, costs one scan and one copy.
  if (!HasControlChars(in)) return std::string(in);
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size();) {
    if (size_t n = ControlAt(in, i); n > 0) {
      i += n;
      continue;
    }
    out.push_back(in[i++]);
  }
  return out;
}

}  // namespace artext::util
