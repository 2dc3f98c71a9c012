// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// libFuzzer target for charset::Decode: the first input byte picks the
// override and transport labels, the rest is the page. Decode must never
// crash, and its output must always be valid UTF-8 without NUL.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "charset/decode.h"
#include "charset/utf8.h"

namespace {

constexpr std::string_view kLabels[] = {
    "",         "utf-8",   "euc-kr",      "shift_jis", "gbk",
    "gb18030",  "big5",    "euc-jp",      "iso-2022-jp", "utf-16le",
    "utf-16be", "koi8-u",  "x-user-defined", "windows-1251", "bogus",
    "iso-2022-kr"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view override_label = kLabels[data[0] & 0x0F];
  const std::string_view transport_label = kLabels[data[0] >> 4];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1),
                               size - 1);
  const artext::charset::Decoded decoded =
      artext::charset::Decode(bytes, override_label, transport_label);
  const artext::charset::Utf8Stats stats =
      artext::charset::ScanUtf8(decoded.utf8);
  if (stats.invalid_sequences != 0 || stats.nul_bytes != 0) std::abort();
  return 0;
}
