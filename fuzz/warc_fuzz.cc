// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// libFuzzer target; the property checked is fuzz/targets.h: CheckWarc. Any
// crash, leak, hang or sanitizer report is a bug. See docs/fuzzing.md.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!artext::fuzz::CheckWarc(bytes)) __builtin_trap();
  return 0;
}
