// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The main region of a page that is not an article: a listing's grid of
// item cards, a forum's sequence of posts, a product's description and
// details, a documentation page's main column. Readability's scoring picks
// the one best run of prose, which on such pages is a single card, a quoted
// post or a promotion box; their main text is everything the page shows
// between its navigation, header, footer and sidebars (which the prepare
// pass already removed).

#ifndef ARTEXT_CONTENT_MAIN_REGION_H_
#define ARTEXT_CONTENT_MAIN_REGION_H_

#include <vector>

#include "artext/article.h"
#include "decisions/record.h"
#include "dom/document.h"
#include "dom/stats.h"

namespace artext::content {

// The element that holds the page's main text: from <body>, descend into
// the child holding most of its parent's text while that child holds
// kMainRegionChildShare of it; stop where the text divides among several
// children (the cards of a grid, the posts of a thread, the sections of a
// landing page) or where a paragraph of prose lies beside that child (the
// intro above a grid of cards). `stats` are of the cleaned tree (removed nodes count
// zero). Null when the page has no <body> or no text.
const dom::Node* FindMainRegion(const dom::Document& doc,
                                const std::vector<dom::NodeStats>& stats);

// The blocks of the main region (ExtractPageBlocks), empty when the page
// has none. `record` (may be null) gets the region and the block
// decisions.
std::vector<Block> ReadMainRegion(const dom::Document& doc,
                                  const std::vector<dom::NodeStats>& stats,
                                  decisions::Record* record = nullptr);

}  // namespace artext::content

#endif  // ARTEXT_CONTENT_MAIN_REGION_H_
