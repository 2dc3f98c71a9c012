// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Turning the chosen containers into typed blocks (paragraph, heading, list
// item, quote, code, table row), in document order, and dropping what is
// still boilerplate inside them: link lists, "Advertisement" labels, "Read
// more" lines, negatively named sub-containers, empty filler.

#ifndef ARTEXT_CONTENT_BLOCKS_H_
#define ARTEXT_CONTENT_BLOCKS_H_

#include <string>
#include <vector>

#include "artext/article.h"
#include "decisions/record.h"
#include "dom/node.h"
#include "dom/stats.h"

namespace artext::content {

// What block extraction kept and dropped: evidence for the article
// judgement (a page whose "paragraphs" are mostly link lines is an index).
struct BlockCounts {
  int kept = 0;
  int link_lines = 0;   // dropped as mostly links, headline-long (teasers)
  int boilerplate = 0;  // dropped as UI labels, bylines, stamps, captions
};

// `stats` is indexed by Node::order (see dom::ComputeStats). `counts` may
// be null; so may `record`, which gets each block kept or dropped (keyed by
// its first text node) and each sub-container dropped.
std::vector<Block> ExtractBlocks(const std::vector<const dom::Node*>& containers,
                                 const std::vector<dom::NodeStats>& stats,
                                 BlockCounts* counts = nullptr,
                                 decisions::Record* record = nullptr);

// The blocks of a page's main region (content/main_region.h) on a page
// that is not an article: the same reading, except that item cards are
// content (a listing's teaser <article>s, a forum's posts) and so are
// links (item titles, names and prices, and the link-dense grids holding
// them). Measured on WCXB's non-article pages, whose main text is their
// items: keeping only headline-long links gave body F1 .689, keeping all
// .738.
std::vector<Block> ExtractPageBlocks(
    const std::vector<const dom::Node*>& containers,
    const std::vector<dom::NodeStats>& stats, BlockCounts* counts = nullptr,
    decisions::Record* record = nullptr);

// Characters of text in `blocks`.
size_t TextChars(const std::vector<Block>& blocks);

// True for a short block that is a UI label or call to action rather than
// text ("Advertisement", "Read more", "Share this article").
bool IsBoilerplateLine(std::string_view text);

}  // namespace artext::content

#endif  // ARTEXT_CONTENT_BLOCKS_H_
