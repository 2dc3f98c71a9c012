// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// libFuzzer target: ParseAuthors must not crash or hang, and every name it
// returns must be non-empty.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "metadata/byline_parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const std::string& name : artext::metadata::ParseAuthors(text)) {
    if (name.empty()) __builtin_trap();
  }
  artext::metadata::LooksLikePersonName(text);
  return 0;
}
