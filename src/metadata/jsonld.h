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

#ifndef ARTEXT_METADATA_JSONLD_H_
#define ARTEXT_METADATA_JSONLD_H_

#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "dom/document.h"
#include "metadata/page_facts.h"

namespace artext::metadata {

// The JSON values in one script block, tolerating the faults listed above.
// Values that cannot be repaired are skipped; never throws.
std::vector<nlohmann::json> ParseJsonLdBlock(std::string_view text);

// Appends the JSON-LD article's headline, authors, dates, description,
// image, keywords, publisher name, URL and language to *facts.
void ReadJsonLd(const dom::Document& doc, PageFacts* facts);

// The same, from already parsed blocks (for tests).
void ReadJsonLdValues(const std::vector<nlohmann::json>& values,
                      PageFacts* facts);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_JSONLD_H_
