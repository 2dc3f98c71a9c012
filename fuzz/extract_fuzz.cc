// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Whole extraction: bytes in, JSON out. Any crash, leak, hang or sanitizer
// report is a bug. See docs/fuzzing.md.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "artext/extract.h"
#include "artext/output.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  artext::Options options;
  options.url = "https://example.com/news/2023/10/12/story";
  artext::Article article;
  if (artext::Extract(bytes, options, &article).ok()) {
    (void)artext::ToJson(article, {});
    (void)artext::ToMarkdown(article);
  }
  return 0;
}
