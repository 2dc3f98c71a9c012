// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// libFuzzer target: the tolerant JSON-LD reader (repair, splitting,
// entity decoding, the article walk) and the choosers on what it finds must
// not crash, hang or throw on any script body.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "metadata/choosers/authors.h"
#include "metadata/choosers/dates.h"
#include "metadata/choosers/headline.h"
#include "metadata/readers/jsonld.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  artext::metadata::PageFacts facts;
  facts.document_title = "Title | Site";
  artext::metadata::ReadJsonLdValues(artext::metadata::ParseJsonLdBlock(text),
                                     &facts);
  constexpr std::string_view kUrl = "https://e.com/2023/10/12/x";
  artext::metadata::ChooseHeadline(facts, "Site", kUrl, size % 2 == 0);
  artext::metadata::ChooseAuthors(facts, kUrl);
  artext::metadata::ChooseDates(facts, kUrl, "en",
                                size % 3 == 0 ? 1700000000 : 0);
  return 0;
}
