// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/readers/byline_lines.h"

#include <vector>

#include "dom/text.h"
#include "dom/walk.h"
#include "heuristics.h"
#include "lexicon/lexicon.h"
#include "metadata/parsers/byline_text.h"
#include "util/char_class.h"
#include "util/text.h"
#include "util/utf8.h"
#include "util/utf8_case.h"

namespace artext::metadata {

std::string BylineText(const dom::Node* root) {
  std::string out;
  bool pending_space = false;
  // An element started or ended since the last text: the next text, if it
  // follows with no white space, is another box's.
  bool edge = false;
  const auto line_break = [&] {
    if (!out.empty() && out.back() != '\n') out.push_back('\n');
    pending_space = false;
    edge = false;
  };
  dom::Walk(
      root,
      [&](const dom::Node* n) {
        if (n->removed) return false;
        if (n->is_text()) {
          size_t pos = 0;
          const bool glued = edge && !pending_space && !out.empty() &&
                             out.back() != '\n' && !n->text.empty() &&
                             !util::IsCollapsibleSpace(util::DecodeUtf8(n->text, &pos));
          if (glued) out.push_back('\n');
          util::AppendCollapsed(n->text, &pending_space, &out);
          edge = false;
          return false;
        }
        if (n != root && dom::IsNonContentElement(n)) return false;
        if (n->tag == dom::Tag::kBr) {
          line_break();
          return false;
        }
        if (dom::IsBlockTag(n->tag)) line_break();
        edge = n != root;
        return true;
      },
      [&](const dom::Node* n) {
        if (dom::IsBlockTag(n->tag)) line_break();
        edge = n != root;
      });
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string LeadingText(const dom::Node* n, int max_nodes, size_t enough_bytes) {
  std::string text;
  bool pending_space = false;
  int seen = 0;
  for (const dom::Node* c = n->first_child;
       c && seen < max_nodes && text.size() < enough_bytes;
       c = dom::NextInTree(c, n), ++seen) {
    if (c->is_text()) {
      util::AppendCollapsed(c->text, &pending_space, &text);
    } else {
      pending_space = pending_space || !text.empty();
    }
  }
  return text;
}

namespace {


bool IsLabelBreak(char32_t c) {
  return c == ':' || c == '/' || c == 0xFF1A || c == 0xFF0F || c == '|' ||
         util::IsCollapsibleSpace(c);
}

// Splits the start of `text` into words ended by a space, ':', '/' or
// their full-width forms; `colon_after[i]` says whether a ':' or '/' ended
// word i.
struct LeadWords {
  std::vector<std::string> keys;
  std::vector<bool> colon_after;
  std::vector<bool> capital;  // starts with a capital or a caseless letter
};

LeadWords SplitLead(std::string_view text, size_t max_words) {
  LeadWords out;
  std::string word;
  bool colon = false;
  const auto flush = [&] {
    if (word.empty()) {
      if (colon && !out.colon_after.empty()) out.colon_after.back() = true;
      colon = false;
      return;
    }
    const char32_t first = byline::FirstLetter(word);
    out.capital.push_back(util::IsUpperCodePoint(first) ||
                          (first != 0 && !util::IsLowerCodePoint(first)));
    out.keys.push_back(byline::Key(word));
    out.colon_after.push_back(colon);
    word.clear();
    colon = false;
  };
  for (size_t pos = 0; pos < text.size() && out.keys.size() < max_words;) {
    const size_t at = pos;
    const char32_t c = util::DecodeUtf8(text, &pos);
    if (!IsLabelBreak(c)) {
      if (!word.empty() && colon) flush();
      word.append(text, at, pos - at);
      continue;
    }
    if (!util::IsCollapsibleSpace(c)) {
      if (word.empty() && !out.colon_after.empty()) out.colon_after.back() = true;
      else colon = true;
    }
    if (util::IsCollapsibleSpace(c) || !word.empty()) flush();
  }
  flush();
  return out;
}

}  // namespace

const dom::Node* LabelledByline(const dom::Node* n) {
  const std::string lead =
      LeadingText(n, heuristics::kMaxLabelNodes, heuristics::kMaxLabelBytes);
  if (lead.empty()) return nullptr;
  const LeadWords w = SplitLead(lead, heuristics::kMaxLabelWords);
  size_t i = 0;
  bool labelled = false;
  while (i < w.keys.size()) {
    const std::string& key = w.keys[i];
    const bool last = i + 1 == w.keys.size();
    if (lexicon::kBylineLabels.Contains(key) && (w.colon_after[i] || last)) {
      ++i;
      labelled = true;
    } else if (lexicon::kBylineLabelVerbs.Contains(key) && !last &&
               lexicon::kBylineLabelBy.Contains(w.keys[i + 1])) {
      i += 2;
      labelled = true;
    } else if (i == 0 && (last || w.colon_after[i]) &&
               lexicon::kBylineLabelBy.Contains(key)) {
      // A by-word alone in its element (`<span>By</span><a>Jane Doe</a>`):
      // a label whose name is the next element's; or set off by a colon
      // ("Von: Bill McCarthy", "By: Jane Doe").
      ++i;
      labelled = true;
    } else {
      break;
    }
  }
  if (!labelled) return nullptr;
  if (i < w.keys.size()) return w.capital[i] ? n : nullptr;
  // Only the label (its text may go on past the lead: check it is short).
  if (dom::FlatText(n).size() > heuristics::kMaxLabelBytes) return nullptr;
  const dom::Node* next = n->next_sibling;
  while (next && !next->is_element()) {
    // A name in a bare text node after the label belongs to the parent,
    // which LabelledByline reads as a whole.
    if (next->is_text() && !util::Trim(next->text).empty()) return nullptr;
    next = next->next_sibling;
  }
  return next;
}

bool InLinkedTeaser(const dom::Node* byline, size_t byline_chars) {
  const dom::Node* a = byline;
  for (int depth = 0; a && a->tag != dom::Tag::kA; ++depth) {
    if (depth == heuristics::kMaxTeaserLinkDepth) return false;
    a = a->parent;
  }
  if (!a) return false;
  std::string_view href = a->Attr("href");
  if (href.empty() || href.starts_with("#")) return false;
  return dom::FlatText(a).size() >= byline_chars + heuristics::kMinTeaserLinkChars;
}

}  // namespace artext::metadata
