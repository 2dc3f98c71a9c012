// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// libFuzzer target: ParseDate, DateFromUrl and DateFromUnix must not crash,
// hang or read out of bounds on any input, and their output must be ISO.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "metadata/date_parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  artext::metadata::DateContext ctx;
  ctx.prefer_day_first = size % 2 == 0;
  ctx.language = size % 3 == 0 ? "ko" : "de";
  if (auto date = artext::metadata::ParseDate(text, ctx)) {
    if (date->size() < 10 || (*date)[4] != '-' || (*date)[7] != '-') {
      __builtin_trap();
    }
  }
  artext::metadata::DateFromUrl(text);
  int64_t ts = 0;
  std::memcpy(&ts, data, size < sizeof(ts) ? size : sizeof(ts));
  artext::metadata::DateFromUnix(ts);
  return 0;
}
