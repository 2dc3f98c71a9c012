// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// How it works: the text around the headline is cut into lines (a block
// element or <br> ends a line), the lines after the <h1> in document order
// and the lines just before it (a kicker above the headline: "Dec 12, 2025",
// "Last updated: Dec 12, 2025"), each within a budget of characters. Each
// line's first date is found with its position, and the words before it
// (on the line, or on a short dateless line just before it, as in
// "<div>Last updated:</div><div>Dec 12, 2025</div>") tell an update from a
// publication. On the lines under the headline, a paragraph of only full
// names followed by the first paragraph of prose is a byline no class marks.

#include "metadata/readers/headline_area.h"

#include <string>
#include <vector>

#include "clean/patterns.h"
#include "dom/tag.h"
#include "dom/text.h"
#include "heuristics.h"
#include "lexicon/lexicon.h"
#include "metadata/parsers/date_parse.h"
#include "metadata/parsers/name_line.h"
#include "metadata/readers/visible.h"
#include "util/char_class.h"
#include "util/text.h"
#include "util/utf8.h"
#include "util/utf8_case.h"

namespace artext::metadata {
namespace {

// Elements whose text is never a dateline of the article: code, and the
// containers of other stories (IsForeignContainer).
bool IsSkipped(const dom::Node* n) {
  return n->tag == dom::Tag::kScript || n->tag == dom::Tag::kStyle ||
         n->tag == dom::Tag::kTemplate || n->tag == dom::Tag::kNoscript ||
         n->tag == dom::Tag::kH1 ||
         IsForeignContainer(n, n->attr_count ? clean::ClassAndId(n)
                                             : std::string());
}

// Appends the lines of the text from `start` on, in document order within
// `root`, to *lines until `budget` characters of text are read. Returns the
// characters read. With `paragraphs`, also appends for each line the <p> it
// was read from (null for a line of any other element).
size_t CollectLines(const dom::Node* start, const dom::Node* root,
                    size_t budget, std::vector<std::string>* lines,
                    std::vector<const dom::Node*>* paragraphs = nullptr) {
  std::string line;
  const dom::Node* paragraph = nullptr;
  size_t seen = 0;
  auto flush = [&]() {
    std::string text = util::CollapseWhitespace(line);
    line.clear();
    if (text.empty()) return;
    lines->push_back(std::move(text));
    if (paragraphs) paragraphs->push_back(paragraph);
  };
  const dom::Node* n = start;
  while (n && seen < budget) {
    if (n->is_element()) {
      if (IsSkipped(n)) {
        n = dom::NextInTree(n, root, /*skip_children=*/true);
        continue;
      }
      if (dom::IsBlockTag(n->tag) || n->tag == dom::Tag::kBr) {
        flush();
        paragraph = n->tag == dom::Tag::kP ? n : nullptr;
      }
    } else if (n->is_text()) {
      line += ' ';
      line += n->text;
      seen += n->text.size();
    }
    n = dom::NextInTree(n, root);
  }
  flush();
  return seen;
}

// What ends the walk back from the headline: the site's menus and another
// section's heading (the headline of a teaser above the article).
bool EndsWalkBack(const dom::Node* n) {
  if (n->tag == dom::Tag::kNav || n->tag == dom::Tag::kForm ||
      dom::HeadingLevel(n->tag) != 0) {
    return true;
  }
  for (const dom::Node* c = n->first_child; c; c = dom::NextInTree(c, n)) {
    if (c->tag == dom::Tag::kNav || dom::HeadingLevel(c->tag) != 0) return true;
  }
  return false;
}

// The lines printed just above `heading`, in document order: the text of
// the elements before it, nearest first, climbing through its ancestors,
// until heuristics::kHeadlineAreaCharsBefore characters are read. The walk
// stays inside the article (<article>, <main>) and never reads the page's
// top-level blocks, where a masthead prints the day's date.
std::vector<std::string> LinesBefore(const dom::Node* heading) {
  std::vector<std::vector<std::string>> groups;  // nearest first
  size_t seen = 0;
  for (const dom::Node* a = heading;
       a->parent && a->parent->tag != dom::Tag::kHtml &&
       a->parent->tag != dom::Tag::kBody &&
       a->tag != dom::Tag::kArticle && a->tag != dom::Tag::kMain &&
       seen < heuristics::kHeadlineAreaCharsBefore;
       a = a->parent) {
    std::vector<const dom::Node*> before;
    for (const dom::Node* s = a->parent->first_child; s && s != a;
         s = s->next_sibling) {
      before.push_back(s);
    }
    bool ended = false;
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      const dom::Node* s = *it;
      if (seen >= heuristics::kHeadlineAreaCharsBefore) break;
      if (s->is_element() && IsSkipped(s)) continue;
      if (s->is_element() && EndsWalkBack(s)) {
        ended = true;
        break;
      }
      std::vector<std::string> lines;
      seen += CollectLines(s, s, heuristics::kHeadlineAreaCharsBefore, &lines);
      groups.push_back(std::move(lines));
    }
    if (ended) break;
  }
  std::vector<std::string> out;
  for (auto g = groups.rbegin(); g != groups.rend(); ++g) {
    out.insert(out.end(), g->begin(), g->end());
  }
  return out;
}

// The text after a date goes on to a second date ("3/03/26 - 3/23/26",
// "12 May 2023 – 14 May 2023"): the two are a range, an event's or an
// offer's, never a dateline.
bool OpensRange(std::string_view rest) {
  rest = util::Trim(rest);
  bool dash = false;
  for (std::string_view d : {"-", "\u2013", "\u2014"}) {
    if (rest.starts_with(d)) {
      rest.remove_prefix(d.size());
      dash = true;
      break;
    }
  }
  if (!dash) return false;
  rest = util::Trim(rest);
  DateContext any;
  std::optional<FoundDate> next = FindDate(rest, any);
  return next && next->begin == 0;
}

// Whether `folded` (FoldForMatch) holds a word of kExpiryWords: whole
// words, split at ASCII spaces and punctuation; the CJK ones (lead byte
// 0xE3 and up, written against the date) anywhere.
bool HasExpiryWord(std::string_view folded) {
  for (std::string_view w : lexicon::kExpiryWords.words()) {
    if (static_cast<unsigned char>(w[0]) >= 0xE3) {
      if (folded.find(w) != std::string_view::npos) return true;
      continue;
    }
    // A word's bytes: ASCII letters and digits, and every byte of a
    // non-ASCII letter.
    auto in_word = [](char c) {
      const auto b = static_cast<unsigned char>(c);
      return b >= 0x80 || util::IsAsciiLetter(b) || util::IsDigitChar(b);
    };
    for (size_t at = folded.find(w); at != std::string_view::npos;
         at = folded.find(w, at + 1)) {
      const size_t end = at + w.size();
      if ((at == 0 || !in_word(folded[at - 1])) &&
          (end == folded.size() || !in_word(folded[end]))) {
        return true;
      }
    }
  }
  return false;
}

// The few bytes after a date that may close it as an offer's end ("31.
// März まで", "3월 31일까지", "31 Mart'a kadar").
constexpr size_t kExpiryAfterBytes = 16;

// A line's first date, and whether the words before it call it an update.
struct Dateline {
  std::string text;
  bool updated = false;
};

// The datelines among `lines`. A line of at most kMaxDateLabelChars
// without a date ("Last updated:", "Veröffentlicht am") labels the date of
// the line after it.
std::vector<Dateline> FindDatelines(const std::vector<std::string>& lines) {
  std::vector<Dateline> out;
  std::string label;
  for (const std::string& full : lines) {
    std::string_view line =
        util::TruncateUtf8(full, heuristics::kHeadlineAreaLineBytes);
    DateContext any;
    std::optional<FoundDate> found;
    if (util::ContainsAsciiDigit(line)) found = FindDate(line, any);
    if (!found) {
      label = full.size() <= heuristics::kMaxDateLabelChars ? full : "";
      continue;
    }
    // Of a paragraph, only a date that opens it ("BERLIN, 3 May 2022 -"):
    // later, a date is something the text speaks of.
    if (full.size() > heuristics::kHeadlineAreaLineBytes &&
        found->begin > heuristics::kMaxDateLabelChars) {
      label.clear();
      continue;
    }
    if (OpensRange(line.substr(found->end))) {
      label.clear();
      continue;
    }
    const size_t from = found->begin > heuristics::kMaxDateLabelChars
                            ? found->begin - heuristics::kMaxDateLabelChars
                            : 0;
    std::string before =
        label + " " + std::string(line.substr(from, found->begin - from));
    label.clear();
    // "Sale ends 03/31/2026", "gültig bis 31.03.": an offer's end.
    const std::string after = util::FoldForMatch(
        util::TruncateUtf8(line.substr(found->end), kExpiryAfterBytes));
    if (HasExpiryWord(util::FoldForMatch(before)) || HasExpiryWord(after)) {
      continue;
    }
    Dateline d;
    d.text = std::string(util::Trim(line));
    d.updated = lexicon::kUpdatedWords.FoundIn(util::FoldForMatch(before));
    out.push_back(std::move(d));
  }
  return out;
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

// The first line under the headline that is a paragraph of names opening
// the text ("Jane Doe/John Roe"), as a byline candidate that ranks after
// every byline the readers found by class, label or by-word.
void AddNameLine(const std::vector<std::string>& lines,
                 const std::vector<const dom::Node*>& paragraphs,
                 PageFacts* facts) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!paragraphs[i] || !IsNameLine(lines[i]) ||
        !OpensTheText(paragraphs[i])) {
      continue;
    }
    AuthorCandidate c = AuthorCandidate::Byline(lines[i], "dom:name-line");
    c.lines = lines[i];
    c.node = paragraphs[i];
    facts->authors.push_back(std::move(c));
    return;
  }
}

}  // namespace

const dom::Node* FindHeadlineElement(const dom::Node* body,
                                     std::string_view headline) {
  if (!body || headline.empty()) return nullptr;
  const dom::Node* n = body;
  while (n) {
    if (n->is_element() &&
        (n->tag == dom::Tag::kScript || n->tag == dom::Tag::kStyle ||
         n->tag == dom::Tag::kTemplate || n->tag == dom::Tag::kNoscript)) {
      n = dom::NextInTree(n, body, /*skip_children=*/true);
      continue;
    }
    if (n->is_text() && n->parent && n->text.size() >= headline.size() &&
        util::CollapseWhitespace(n->text) == headline) {
      return n->parent;
    }
    n = dom::NextInTree(n, body);
  }
  return nullptr;
}

void ReadHeadlineArea(const dom::Node* heading, PageFacts* facts) {
  if (!heading) return;
  const dom::Node* root = heading;
  while (root->parent) root = root->parent;
  std::vector<std::string> after;
  std::vector<const dom::Node*> paragraphs;
  CollectLines(dom::NextInTree(heading, root, /*skip_children=*/true), root,
               heuristics::kHeadlineAreaChars, &after, &paragraphs);
  AddNameLine(after, paragraphs, facts);
  const std::vector<Dateline> below = FindDatelines(after);
  const std::vector<Dateline> above = FindDatelines(LinesBefore(heading));
  // The first dateline under the headline, else the nearest above it; the
  // publication's first, then the update's.
  for (bool updated : {false, true}) {
    const Dateline* pick = nullptr;
    for (const Dateline& d : below) {
      if (d.updated == updated) {
        pick = &d;
        break;
      }
    }
    for (auto it = above.rbegin(); !pick && it != above.rend(); ++it) {
      if (it->updated == updated) pick = &*it;
    }
    if (pick) {
      facts->headline_area_dates.push_back(
          {pick->text,
           updated ? "dom:headline-area-updated" : "dom:headline-area",
           nullptr});
    }
  }
}

}  // namespace artext::metadata
