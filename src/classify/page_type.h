// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Page type: is the page an article, or a listing, product, forum thread,
// documentation or service page? A pure function of what the other passes
// found (the metadata's byline and date, the body's size and shape) and of
// the page's own signals (classify/page_signals.h). Declared types are
// hints, never the whole answer: many sites mark every page "WebPage" or
// "Article". Each decision names the signals that made it, for --explain.

#ifndef ARTEXT_CLASSIFY_PAGE_TYPE_H_
#define ARTEXT_CLASSIFY_PAGE_TYPE_H_

#include <string>
#include <vector>

#include "artext/article.h"
#include "artext/options.h"
#include "classify/page_signals.h"
#include "content/blocks.h"
#include "metadata/metadata.h"

namespace artext::classify {

// The article evidence the earlier passes found.
struct ArticleEvidence {
  int words = 0;               // in the body blocks
  size_t body_chars = 0;       // in the body blocks
  size_t prose_chars = 0;      // in body paragraphs of prose length
  size_t short_chars = 0;      // in body blocks shorter than a sentence
  size_t body_link_chars = 0;  // link text in the body blocks
  int body_headings = 0;       // heading blocks in the body
  int kept_blocks = 0;         // content::BlockCounts::kept
  int link_lines = 0;          // content::BlockCounts::link_lines (teasers)
  bool has_authors = false;    // a byline or declared author
  bool has_date = false;       // a published date
  // The byline and the date were read from the page's visible text (not
  // only from meta tags or JSON-LD, which a CMS writes on every page).
  bool visible_byline = false;
  bool visible_date = false;
  bool error_headline = false; // content::IsErrorHeadline
  int headline_words = 0;      // util::CountWords of the headline; 0: none
  std::string url;             // the page's address, "" when unknown
};

// The evidence, read from the metadata result, the body blocks (before
// assembly drops headline repeats) and their counts.
ArticleEvidence GatherEvidence(const metadata::Metadata& meta,
                               const std::vector<Block>& body,
                               const content::BlockCounts& counts,
                               const Options& options);

struct PageTypeResult {
  PageType type = PageType::kOther;
  // The signals that decided, most important first ("json-ld:Product",
  // "12 teaser links", "byline and date"); joined for --explain.
  std::vector<std::string> reasons;
  // With Options::debug: the counts read, one line.
  std::string signals_line;
};

PageTypeResult ClassifyPageType(const PageSignals& signals,
                                const ArticleEvidence& evidence,
                                const Options& options);

}  // namespace artext::classify

#endif  // ARTEXT_CLASSIFY_PAGE_TYPE_H_
