// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Final pass: builds the Article from what the passes before it returned.
// Removes blocks that repeat the headline or an image caption, joins the
// body into `text`, counts words and judges whether the page is an article
// at all.

#ifndef ARTEXT_CONTENT_ASSEMBLE_H_
#define ARTEXT_CONTENT_ASSEMBLE_H_

#include <string>
#include <vector>

#include "artext/article.h"
#include "artext/options.h"
#include "content/blocks.h"
#include "metadata/metadata.h"

namespace artext::content {

// Everything the earlier passes found, by value.
struct Parts {
  metadata::Metadata metadata;
  std::vector<Image> images;  // CollectFigures, addresses resolved
  std::vector<Block> body;    // ExtractBlocks, then TrimToJsonLdBody
  BlockCounts counts;         // from ExtractBlocks: evidence for the judgement
  std::string encoding;       // charset::Decoded::encoding
  std::string encoding_source;  // charset::Decoded::source
  // --debug lines of the grab and trim passes, printed after the judgement.
  std::vector<std::string> notes;
};

// The one place an Article is built.
Article Assemble(Parts parts, const Options& options);

}  // namespace artext::content

#endif  // ARTEXT_CONTENT_ASSEMBLE_H_
