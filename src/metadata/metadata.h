// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Metadata stage: headline, authors, dates, site name, language, description,
// images and tags, read from the untouched tree (before any cleaning), so
// that bylines, datelines and captions the cleaner drops are still seen.
//
// The folder is laid out by role, in the order the stage runs them:
//   readers/   page -> PageFacts: every candidate value with its source
//              (JSON-LD, meta tags, microdata, the visible page);
//   parsers/   text -> values: bylines into names, date text into ISO
//              dates, entities into characters;
//   choosers/  PageFacts -> one value per field, by documented precedence
//              (docs/metadata.md).
// metadata.cc runs them; page_facts.h is the type they share.

#ifndef ARTEXT_METADATA_METADATA_H_
#define ARTEXT_METADATA_METADATA_H_

#include <optional>
#include <string>
#include <vector>

#include "artext/article.h"
#include "artext/options.h"
#include "dom/document.h"
#include "metadata/choosers/authors.h"
#include "metadata/choosers/dates.h"
#include "metadata/readers/jsonld.h"
#include "metadata/page_facts.h"

namespace artext::metadata {

// The visible elements whose text metadata took: what content could drop
// instead of recognising it again. Null when the value came from elsewhere
// (JSON-LD, meta tags) or from no single element. They point into the
// untouched tree, so the dom::Document must outlive them.
struct ConsumedNodes {
  const dom::Node* headline = nullptr;  // the <h1> of a "dom:h1" headline
  const dom::Node* byline = nullptr;    // the byline element of the authors
  // The <time> or dateline element date_published was read from, when
  // exactly one visible candidate has the winning source.
  const dom::Node* dateline = nullptr;
};

// What the metadata stage found: each field the value chosen (its source
// is the provenance), absent when no source gave one.
struct Metadata {
  std::optional<Candidate> url;  // canonical, else Options::url
  std::optional<Candidate> site_name;
  std::optional<Candidate> headline;
  ChosenAuthors authors;
  std::optional<Candidate> language;
  ChosenDates dates;
  std::optional<Candidate> description;
  std::optional<Candidate> image;
  std::vector<std::string> tags;
  std::string tags_source;  // of the first tag list, "" when no tags
  ConsumedNodes consumed;
  // With Options::debug: every candidate the readers found, one line each.
  std::vector<std::string> debug;
};

// Reads the untouched tree and the page's JSON-LD (ParseJsonLdScripts).
Metadata ExtractMetadata(const dom::Document& doc,
                         const std::vector<JsonLdBlock>& jsonld,
                         const Options& options);

// A shop's product page has no article byline or publication date: the
// names and dates it carries are its reviews', sellers' and offers' (on the
// wcxb corpus every product page is annotated with neither). Clears the
// authors and dates of `meta` when `type` is a product page (with a
// debug note when `debug`). On a listing, service or documentation page, a
// publication date read from a printed element among others on other days
// (ChosenDates::published_among_teasers) is a teaser's, version's or
// widget's, and is cleared; so is a date the page declares (JSON-LD,
// <meta>) but prints nowhere (ChosenDates::published_unprinted): a
// catalogue's, a build's or a template's record date; and so is a printed
// update taken for want of any other date (ChosenDates::published_is_update).
// A declared date the page also prints stays.
void ForgetArticleCredits(PageType type, bool debug, Metadata* meta);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_METADATA_H_
