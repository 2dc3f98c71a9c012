// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// JSON-LD articleBody as evidence. Many CMSs print the story's text a second
// time in <script type="application/ld+json">. It is not trusted on its own
// (some sites truncate it, or put a teaser there), but where it agrees with
// the DOM extraction it tells where the story starts and ends: blocks the
// DOM pass kept before its first sentence or after its last one are page
// furniture ("X contributed to this report", newsletter lines, link lists).

#ifndef ARTEXT_CONTENT_JSONLD_BODY_H_
#define ARTEXT_CONTENT_JSONLD_BODY_H_

#include <string>
#include <string_view>
#include <vector>

#include "artext/article.h"
#include "decisions/record.h"
#include "metadata/readers/jsonld.h"

namespace artext::content {

// The longest "articleBody" string in the page's JSON-LD blocks (at any
// depth, @graph included), or empty. Only blocks that were valid JSON as
// they stood count (JsonLdBlock::strict), whatever their type names.
//
// Inconsistent, kept for now because outputs must not change: metadata
// reads a repaired block (a trailing comma, a raw line break), so such a
// page gets its JSON-LD headline but no body trim.
std::string FindJsonLdArticleBody(
    const std::vector<metadata::JsonLdBlock>& blocks);

// Letters and digits only, lower-cased (ASCII): the form in which the
// JSON-LD text and the DOM text are compared, so that entities, quotes,
// white space and markup differences do not matter.
std::string Fingerprint(std::string_view text);

struct Trimmed {
  std::vector<Block> blocks;
  int dropped = 0;  // blocks removed (for --debug)
};

// `blocks` without those before the one holding the start of
// `article_body` and after the one holding its end, when both ends are
// found in the blocks (the JSON-LD text is complete and agrees with the
// DOM). Unchanged otherwise.
// `record` (may be null) gets each block trimmed.
Trimmed TrimToJsonLdBody(std::string_view article_body,
                         std::vector<Block> blocks,
                         decisions::Record* record = nullptr);

}  // namespace artext::content

#endif  // ARTEXT_CONTENT_JSONLD_BODY_H_
