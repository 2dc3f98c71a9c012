// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Final pass: builds the Article from what the passes before it returned.
// Removes blocks that repeat the headline or an image caption, joins the
// body into `text`, counts words and records the page type. The body is
// kept whatever the type: a product or forum page has main text too, and
// a user who wants only articles filters on is_article.

#ifndef ARTEXT_CONTENT_ASSEMBLE_H_
#define ARTEXT_CONTENT_ASSEMBLE_H_

#include <string>
#include <vector>

#include "artext/article.h"
#include "artext/options.h"
#include "classify/page_type.h"
#include "content/blocks.h"
#include "decisions/record.h"
#include "metadata/metadata.h"

namespace artext::content {

// Everything the earlier passes found, by value.
struct Parts {
  metadata::Metadata metadata;
  std::vector<Image> images;  // CollectFigures, addresses resolved
  std::vector<Block> body;    // ExtractBlocks, then TrimToJsonLdBody
  classify::PageTypeResult page_type;  // ClassifyPageType
  std::string encoding;       // charset::Decoded::encoding
  std::string encoding_source;  // charset::Decoded::source
  // --debug lines of the grab and trim passes, printed after the judgement.
  std::vector<std::string> notes;
  // With --debug or --why: the passes' decisions; Assemble adds its own
  // (blocks repeating the headline or a caption). May be null.
  decisions::Record* record = nullptr;
};

// The one place an Article is built.
Article Assemble(Parts parts, const Options& options);

}  // namespace artext::content

#endif  // ARTEXT_CONTENT_ASSEMBLE_H_
