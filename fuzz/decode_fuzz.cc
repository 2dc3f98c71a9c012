// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Charset decoding: the output must always be valid UTF-8.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "charset/decode.h"

namespace {

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    size_t extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2
                 : (c & 0xF8) == 0xF0 ? 3 : 4;
    if (extra == 4 || i + extra >= n) return false;
    for (size_t k = 1; k <= extra; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The first byte picks an override label, so labels are fuzzed too.
  static const char* kLabels[] = {"", "euc-kr", "shift_jis", "gb18030", "utf-16le",
                                  "windows-1251", "bogus", "utf-8"};
  std::string_view label = size ? kLabels[data[0] % 8] : "";
  artext::charset::Decoded d = artext::charset::Decode(bytes, label, "");
  if (!ValidUtf8(d.utf8)) std::abort();
  return 0;
}
