// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/choosers/headline_polish.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "heuristics.h"
#include "util/char_class.h"
#include "util/text.h"
#include "util/utf8.h"
#include "util/utf8_case.h"

namespace artext::metadata {
namespace {

// Symbols a template sets beside a headline as decoration; a word of only
// these at either end is no part of it.
constexpr std::string_view kOrnaments[] = {
    "|", "\xE2\x80\xA2" /* • */, "\xC2\xB7" /* · */, "\xE2\x8B\x86" /* ⋆ */,
    "\xE2\x98\x85" /* ★ */, "\xE2\x98\x86" /* ☆ */, "\xE2\x9C\xA6" /* ✦ */,
    "\xE2\x96\xBA" /* ► */, "\xE2\x96\xB6" /* ▶ */, "\xE2\x97\x86" /* ◆ */,
    "\xE2\x99\xA6" /* ♦ */, "\xE2\x9D\xA4" /* ❤ */, "\xE2\x9C\x94" /* ✔ */,
    "\xE2\x9C\x93" /* ✓ */, "\xE2\x9E\xA4" /* ➤ */};

// Whether `word` is made of ornaments only.
bool IsOrnament(std::string_view word) {
  if (word.empty()) return false;
  while (!word.empty()) {
    bool found = false;
    for (std::string_view o : kOrnaments) {
      if (word.starts_with(o)) {
        word.remove_prefix(o.size());
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

// The letters of `text` are all upper case, or all lower case (three
// letters at least: "AI" is no evidence).
bool InOneCase(std::string_view text) {
  int upper = 0, lower = 0;
  size_t i = 0;
  while (i < text.size()) {
    const char32_t c = util::DecodeUtf8(text, &i, util::Utf8Check::kLenient);
    if (util::IsUpperCodePoint(c)) ++upper;
    if (util::IsLowerCodePoint(c)) ++lower;
  }
  return upper + lower >= 3 && (upper == 0 || lower == 0);
}

// A byte after which a title's words have ended: its end, a space, or
// ASCII punctuation.
bool EndsWords(std::string_view title, size_t at) {
  if (at >= title.size()) return true;
  const auto c = static_cast<unsigned char>(title[at]);
  return c < 0x80 && !util::IsAsciiLetter(c) && !util::IsDigitChar(c);
}

// The page's titles other than the headline: declared ones and <title>.
std::vector<std::string_view> OtherTitles(const PageFacts& facts) {
  std::vector<std::string_view> out;
  for (const Candidate& c : facts.titles) out.push_back(c.value);
  out.push_back(facts.document_title);
  return out;
}

// The headline in the case a title prints it: a title that opens or ends
// with the same words, ignoring case, in mixed case.
std::optional<std::string> CaseFromTitles(const PageFacts& facts,
                                          std::string_view headline) {
  if (!InOneCase(headline)) return std::nullopt;
  const std::string lower = util::ToLowerUtf8(headline);
  const size_t n = headline.size();
  for (std::string_view t : OtherTitles(facts)) {
    if (t.size() < n) continue;
    for (size_t at : {size_t{0}, t.size() - n}) {
      std::string_view part = t.substr(at, n);
      if ((at != 0 && !EndsWords(t, at - 1)) || !EndsWords(t, at + n) ||
          InOneCase(part) || util::ToLowerUtf8(part) != lower) {
        continue;
      }
      return std::string(part);
    }
  }
  return std::nullopt;
}

struct QuotePair {
  std::string_view open;
  std::string_view close;
};
constexpr QuotePair kQuotes[] = {
    {"\"", "\""},
    {"\xE2\x80\x9C", "\xE2\x80\x9D"},  // “ ”
    {"\xE2\x80\x9E", "\xE2\x80\x9C"},  // „ “
    {"\xC2\xAB", "\xC2\xBB"},          // « »
};

// The headline without quotation marks wrapping it whole, when another
// title gives its words without them.
std::optional<std::string> WithoutWrappingQuotes(const PageFacts& facts,
                                                 std::string_view headline) {
  for (const QuotePair& q : kQuotes) {
    if (headline.size() <= q.open.size() + q.close.size() ||
        !headline.starts_with(q.open) || !headline.ends_with(q.close)) {
      continue;
    }
    std::string_view inner = util::Trim(headline.substr(
        q.open.size(), headline.size() - q.open.size() - q.close.size()));
    // A quote inside: "“Stop,” she said, “now”" is no wrapping.
    if (inner.find(q.open) != std::string_view::npos ||
        inner.find(q.close) != std::string_view::npos || inner.empty()) {
      return std::nullopt;
    }
    for (std::string_view t : OtherTitles(facts)) {
      if (t.starts_with(inner) && EndsWords(t, inner.size())) {
        return std::string(inner);
      }
    }
    for (const std::string& h : facts.h1s) {
      if (h == inner) return std::string(inner);
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// A word that is no word: ASCII punctuation ("*", "|", "::", "-"), a dash,
// a guillemet, a middle dot or an ornament. A title goes on with an affix
// after one.
bool IsSeparatorWord(std::string_view word) {
  if (word.empty()) return false;
  for (std::string_view sep : {"\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xBB",
                               "\xC2\xB7"}) {
    if (word == sep) return true;
  }
  if (IsOrnament(word)) return true;
  for (char ch : word) {
    const auto b = static_cast<unsigned char>(ch);
    if (b >= 0x80 || util::IsAsciiLetter(b) || util::IsDigitChar(b)) return false;
  }
  return true;
}

// A declared headline cut short: another declared title opens with it and
// goes on with more words (not an affix after a separator word). Returns
// the longest such title up to its first separator word after the
// headline.
std::optional<std::string> Untruncated(const PageFacts& facts,
                                       std::string_view headline) {
  // Only a headline that shows it was cut: an ellipsis at its end, or a
  // bracket it opens and never closes ("... Solutions (Including"). A
  // longer title beside a whole one is another wording (an SEO title, a
  // tweet's "via @site").
  bool cut = false;
  for (std::string_view mark : {"...", "\xE2\x80\xA6" /* … */}) {
    if (headline.ends_with(mark)) {
      headline = util::Trim(headline.substr(0, headline.size() - mark.size()));
      cut = true;
    }
  }
  cut = cut || std::count(headline.begin(), headline.end(), '(') >
                   std::count(headline.begin(), headline.end(), ')');
  if (!cut) return std::nullopt;
  const size_t n = headline.size();
  if (n == 0) return std::nullopt;
  std::optional<std::string> longest;
  for (const Candidate& c : facts.titles) {
    std::string_view t = c.value;
    if (t.size() <= n + 1 || !t.starts_with(headline)) continue;
    // The words that go on, up to the first separator word; the rest of
    // the last word first, where the cut fell inside it.
    size_t end = t[n] == ' ' ? n : std::min(t.find(' ', n), t.size());
    while (end < t.size()) {
      const size_t from = end + 1;
      size_t to = t.find(' ', from);
      if (to == std::string_view::npos) to = t.size();
      if (IsSeparatorWord(t.substr(from, to - from))) break;
      end = to;
    }
    if (end == n) continue;
    std::string_view whole = t.substr(0, end);
    if (!longest || whole.size() > longest->size()) longest = std::string(whole);
  }
  return longest;
}

bool IsDeclared(std::string_view source) {
  return !source.starts_with("dom:");
}

}  // namespace

std::string WithoutOrnaments(std::string_view text) {
  // A no-break space sets an ornament apart as often as a space does.
  std::string spaced(text);
  for (size_t at = spaced.find("\xC2\xA0"); at != std::string::npos;
       at = spaced.find("\xC2\xA0", at)) {
    spaced.replace(at, 2, " ");
  }
  std::string_view t = util::Trim(spaced);
  const size_t first_space = t.find(' ');
  if (first_space != std::string_view::npos &&
      IsOrnament(t.substr(0, first_space))) {
    t = util::Trim(t.substr(first_space + 1));
  }
  const size_t last_space = t.rfind(' ');
  if (last_space != std::string_view::npos &&
      IsOrnament(t.substr(last_space + 1))) {
    t = util::Trim(t.substr(0, last_space));
  }
  // Nothing dropped: the text as it was, no-break spaces and all.
  if (t.size() == util::Trim(spaced).size()) return std::string(util::Trim(text));
  return std::string(t);
}

std::string WithoutPipeAffixes(std::string_view text) {
  const size_t at = text.find(" | ");
  if (at == std::string_view::npos) return std::string(text);
  std::string_view before = util::Trim(text.substr(0, at));
  if (util::CountWords(before) < heuristics::kMinWordsBeforePipeAffix) {
    return std::string(text);
  }
  return std::string(before);
}

Candidate PolishHeadline(const PageFacts& facts, Candidate headline) {
  headline.value = WithoutPipeAffixes(WithoutOrnaments(headline.value));
  if (IsDeclared(headline.source)) {
    if (std::optional<std::string> q = WithoutWrappingQuotes(facts, headline.value)) {
      headline.value = std::move(*q);
    }
    if (std::optional<std::string> u = Untruncated(facts, headline.value)) {
      headline.value = std::move(*u);
    }
  }
  if (std::optional<std::string> c = CaseFromTitles(facts, headline.value)) {
    headline.value = std::move(*c);
  }
  return headline;
}

}  // namespace artext::metadata
