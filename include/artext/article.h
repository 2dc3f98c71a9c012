// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Article is the result of one extraction: metadata plus the body as a list of
// typed blocks. It is a plain value with no pointers into the input, so it may
// outlive the HTML it came from and be moved between threads.

#ifndef ARTEXT_ARTICLE_H_
#define ARTEXT_ARTICLE_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "artext/export.h"

namespace artext {

enum class BlockType {
  kParagraph,
  kHeading,
  kListItem,
  kQuote,
  kCode,
  kTableRow,
};

// The JSON name of a block type ("paragraph", "list_item", ...).
ARTEXT_EXPORT const char* BlockTypeName(BlockType type);

// What kind of page the input is (classify/page_type.h decides). Every page
// gets a body; the type says what that body is.
enum class PageType {
  kArticle,        // a story, post, essay, press release, obituary
  kListing,        // index, category, tag, search and collection pages
  kProduct,        // one product or offer, with its price
  kForum,          // a thread or a question with its answers
  kDocumentation,  // reference and manual pages
  kService,        // landing, company, contact and pricing pages
  kOther,          // error pages, galleries, pages with too little text
};

// The JSON name of a page type ("article", "listing", ...).
ARTEXT_EXPORT const char* PageTypeName(PageType type);

struct Link {
  std::string text;  // anchor text as it appears inside Block::text
  std::string href;  // absolute when the page's URL is known
};

struct Block {
  BlockType type = BlockType::kParagraph;
  std::string text;  // whitespace-collapsed, never empty
  int level = 0;     // 1..6 for headings, 0 otherwise
  // Inline links inside the block, in order, resolved against the page's
  // address (--url, <base href> or the canonical URL). Empty for most blocks.
  std::vector<Link> links;
  // kTableRow: the text of each cell, in order (`text` joins them with
  // " | "). Empty for other blocks.
  std::vector<std::string> cells;
};

struct Image {
  std::string url;
  std::string caption;  // may be empty
  std::string credit;   // may be empty
};

// One text block of the page as `--why` shows it: where its text went and
// the rule that sent it there (Options::why; README "Why was this dropped?").
struct TracedBlock {
  std::string text;     // the page's text, whitespace-collapsed
  // "body", "headline", "byline", "dateline", "standfirst", "caption"
  // (moved to `images`) or "dropped".
  std::string outcome;
  // "dropped: class token `related` (clean/prep, kUnlikely)": the verdict,
  // the rule with what was measured, then the pass and the rule's name.
  std::string reason;
  std::string rule;     // the rule's name alone ("kUnlikely"), for counting
  std::string element;  // the element decided on ("<div class=\"related\">")
};

// The decision record laid over the page's text, in document order.
struct Trace {
  std::vector<TracedBlock> blocks;
  std::string container;  // the top candidate ("<div id=\"story\">")
  double container_score = 0;
  std::string runner_up;  // the best candidate not chosen, "" when none
  double runner_up_score = 0;
  std::string cleaning;  // the cleaning level the grab kept ("strict")
};

struct Article {
  std::optional<std::string> url;  // canonical URL, else the --url given
  std::optional<std::string> headline;
  std::vector<std::string> authors;  // person names, display case
  std::optional<std::string> byline;  // the raw byline text, as found
  std::optional<std::string> date_published;  // ISO 8601 (date or date-time)
  std::optional<std::string> date_modified;
  std::optional<std::string> site_name;
  std::optional<std::string> language;  // BCP 47
  std::optional<std::string> description;
  std::optional<std::string> image;  // lead image URL
  std::vector<Image> images;
  std::vector<std::string> tags;
  std::vector<Block> body;
  std::string text;  // body blocks joined by one blank line
  int word_count = 0;  // words; for unspaced scripts, characters / 2
  std::string encoding;  // the encoding the input was decoded from
  PageType page_type = PageType::kOther;
  bool is_article = false;  // page_type == PageType::kArticle
  std::string direction = "ltr";  // "rtl" for Arabic, Hebrew, ...

  // field name -> where its value came from ("json-ld", "meta:og:title",
  // "dom:h1", ...). Filled always; printed with --explain.
  std::map<std::string, std::string> provenance;
  // One line per extraction attempt and decision, printed with --debug.
  std::vector<std::string> debug;
  // With Options::why only: the page's text blocks and their decisions.
  std::optional<Trace> trace;
};

}  // namespace artext

#endif  // ARTEXT_ARTICLE_H_
