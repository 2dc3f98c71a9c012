// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// JSON-LD reader: <script type="application/ld+json"> blocks, read the way
// pages actually write them. Real blocks break JSON in a handful of ways,
// all tolerated here: CDATA and comment wrappers, trailing commas, raw line
// breaks inside strings, several objects in one block, HTML entities
// escaping the quotes, and values that are HTML-escaped text.
//
// The article is the first object typed NewsArticle, Article,
// ReportageNewsArticle, BlogPosting (or another Article subtype), found at
// the top level, in arrays, in "@graph" or nested in another object; a
// WebPage is used only when no article is found, and lends its dates to an
// article that has none (Yoast-style graphs put them there).

#ifndef ARTEXT_METADATA_READERS_JSONLD_H_
#define ARTEXT_METADATA_READERS_JSONLD_H_

#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "dom/document.h"
#include "metadata/page_facts.h"

namespace artext::metadata {

// One <script> block whose type names JSON-LD, parsed once for the whole
// pipeline: metadata reads its objects, content its articleBody.
struct JsonLdBlock {
  std::vector<nlohmann::json> values;  // objects and arrays only
  // The text was valid JSON as it stood. False when the tolerant path
  // (unwrap, repair, split, entity decoding) was needed, or failed.
  bool strict = false;
  // type="application/ld+json", the type metadata reads. A block whose type
  // merely contains "ld+json" ("text/ld+json") is read for its articleBody
  // only, and only when strict.
  bool standard_type = false;
};

// Every JSON-LD script block of `doc`, in document order. A block that is
// valid JSON is parsed once, strictly; only a block that is not goes
// through ParseJsonLdBlock (and only if of the standard type).
std::vector<JsonLdBlock> ParseJsonLdScripts(const dom::Document& doc);

// The JSON values in one script block, tolerating the faults listed above.
// Values that cannot be repaired are skipped; never throws.
std::vector<nlohmann::json> ParseJsonLdBlock(std::string_view text);

// Appends the JSON-LD article's headline, authors, dates, description,
// image, keywords, publisher name, URL and language to *facts, from the
// blocks of the standard type.
void ReadJsonLd(const std::vector<JsonLdBlock>& blocks, PageFacts* facts);

// The same, from already parsed blocks (for tests).
void ReadJsonLdValues(const std::vector<nlohmann::json>& values,
                      PageFacts* facts);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_READERS_JSONLD_H_
