// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Metadata stage: headline, authors, dates, site name, language, description,
// images and tags, read from the untouched tree (before any cleaning), so
// that bylines, datelines and captions the cleaner drops are still seen.

#ifndef ARTEXT_METADATA_METADATA_H_
#define ARTEXT_METADATA_METADATA_H_

#include "artext/article.h"
#include "artext/options.h"
#include "dom/document.h"
#include "metadata/jsonld.h"

namespace artext::metadata {

// Fills the metadata fields of *article (everything but body, text,
// word_count, encoding and is_article) and their provenance.
void ExtractMetadata(const dom::Document& doc,
                     const std::vector<JsonLdBlock>& jsonld,
                     const Options& options, Article* article);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_METADATA_H_
