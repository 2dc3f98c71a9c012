// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Meta-tag reader: <meta> (property, name, itemprop or http-equiv with
// content), <link rel=canonical> and <html lang>. Covers OpenGraph and
// article:*, twitter:*, Dublin Core (dc.*, dcterms.*), Parse.ly (parsely-*
// and the parsely-page JSON), sailthru.*, and the plain author, date and
// description names. For each field the keys are tried in a fixed
// precedence order (below), not in page order.

#ifndef ARTEXT_METADATA_READERS_META_TAGS_H_
#define ARTEXT_METADATA_READERS_META_TAGS_H_

#include <string>
#include <utility>
#include <vector>

#include "dom/document.h"
#include "metadata/page_facts.h"

namespace artext::metadata {

// (lower-cased key, whitespace-collapsed content) for every <meta> with both:
// the property= ones first, then the others, each in page order.
struct MetaPair {
  std::string key;
  std::string value;
  bool property = false;  // from property= (RDFa), not name= or itemprop=
  // The value came from a "value" attribute, the tag having no "content".
  // Read for dates, and for authors only below every printed byline: a
  // title or author given that way is, in the pages that do it, a share
  // text or profile worded apart from the printed one (reading titles so
  // moved postlight's headlines from .858 to .811).
  bool from_value_attr = false;
};
using MetaPairs = std::vector<MetaPair>;
MetaPairs CollectMetaPairs(const dom::Document& doc);

// Appends the meta-tag candidates of every field to *facts.
void ReadMetaTags(const dom::Document& doc, PageFacts* facts);
void ReadMetaPairs(const MetaPairs& pairs, PageFacts* facts);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_READERS_META_TAGS_H_
