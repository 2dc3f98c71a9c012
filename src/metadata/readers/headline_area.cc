// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/readers/headline_area.h"

#include <string>

#include "clean/patterns.h"
#include "dom/tag.h"
#include "dom/text.h"
#include "heuristics.h"
#include "lexicon/lexicon.h"
#include "metadata/parsers/date_parse.h"
#include "metadata/parsers/name_line.h"
#include "metadata/readers/visible.h"
#include "util/text.h"
#include "util/utf8_case.h"

namespace artext::metadata {
namespace {

// The first date of a line, if the line is a dateline for the publication:
// it holds a date a parser reads (a day, a month and a year: "2019" or
// "3.5 stars" alone are not dates) and does not call it an update.
bool IsPublicationDateline(std::string_view line) {
  if (!util::ContainsAsciiDigit(line)) return false;
  std::string_view head = line.substr(0, heuristics::kHeadlineAreaLineBytes);
  if (lexicon::kUpdatedWords.FoundIn(util::FoldForMatch(head.substr(0, 40)))) {
    return false;
  }
  DateContext any;
  return ParseDate(head, any).has_value();
}

// A paragraph followed by the article's first paragraph of prose: where a
// byline printed as a paragraph of names stands ("<p><strong>Jane
// Doe</strong></p><p>The council voted ...</p>"). A heading, a menu item or
// a caption ("Table of Contents", "Sponsored Links") is followed by none.
bool OpensTheText(const dom::Node* block) {
  const dom::Node* next = block->next_sibling;
  while (next && !next->is_element()) next = next->next_sibling;
  return next && next->tag == dom::Tag::kP &&
         dom::FlatText(next).size() >= heuristics::kMinNameLineProseChars;
}

// A line of names under the headline, a byline no class marks ("Jane
// Doe/John Roe" in a paragraph of its own). Ranks after every byline the
// readers found by class, label or by-word.
void AddNameLine(const std::string& text, const dom::Node* block, PageFacts* facts) {
  AuthorCandidate c = AuthorCandidate::Byline(text, "dom:name-line");
  c.lines = text;
  c.node = block;
  facts->authors.push_back(std::move(c));
}

}  // namespace

void ReadHeadlineArea(const dom::Node* heading, PageFacts* facts) {
  if (!heading) return;
  const dom::Node* root = heading;
  while (root->parent) root = root->parent;
  std::string line;
  size_t seen = 0;
  const dom::Node* line_block = nullptr;  // the block the line is read from
  bool name_line_found = false;
  bool dateline_found = false;
  // True once both are found: the walk ends.
  auto flush = [&]() -> bool {
    std::string text = util::CollapseWhitespace(line);
    line.clear();
    if (!name_line_found && line_block && IsNameLine(text) &&
        OpensTheText(line_block)) {
      name_line_found = true;
      AddNameLine(text, line_block, facts);
    }
    if (dateline_found) return name_line_found;
    if (text.empty() || !IsPublicationDateline(text)) return false;
    dateline_found = true;
    facts->headline_area_dates.push_back(
        {std::string(util::Trim(text).substr(0, heuristics::kHeadlineAreaLineBytes)),
         "dom:headline-area", nullptr});
    return name_line_found;
  };
  // Start after the heading's own text.
  const dom::Node* n = dom::NextInTree(heading, root, /*skip_children=*/true);
  while (n && seen < heuristics::kHeadlineAreaChars) {
    if (n->is_element()) {
      if (n->tag == dom::Tag::kScript || n->tag == dom::Tag::kStyle ||
          n->tag == dom::Tag::kTemplate || n->tag == dom::Tag::kNoscript ||
          n->tag == dom::Tag::kH1 ||
          IsForeignContainer(n, n->attr_count ? clean::ClassAndId(n)
                                              : std::string())) {
        n = dom::NextInTree(n, root, /*skip_children=*/true);
        continue;
      }
      if (dom::IsBlockTag(n->tag) || n->tag == dom::Tag::kBr ||
          n->tag == dom::Tag::kTime) {
        if (flush()) return;
        line_block = n->tag == dom::Tag::kP ? n : nullptr;
      }
    } else if (n->is_text()) {
      line += ' ';
      line += n->text;
      seen += n->text.size();
    }
    n = dom::NextInTree(n, root);
  }
  flush();
}

}  // namespace artext::metadata
