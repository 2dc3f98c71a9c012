// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/line_shape.h"

#include <cctype>

#include "heuristics.h"
#include "lexicon/lexicon.h"
#include "util/text.h"

namespace artext::content {
namespace {

// Words a byline line may hold besides capitalised names: the words the
// metadata byline parser splits names on ("and", "und", "y"), name
// particles ("van", "de") and the prepositions joining a name to a place
// or employer ("in", "for"), the same lists, compared ignoring ASCII case.
bool IsGlue(std::string_view w) {
  if (w == "&") return true;
  std::string lower = util::AsciiLower(w);
  return lexicon::kNameSeparators.Contains(lower) ||
         lexicon::kShortNameSeparators.Contains(lower) ||
         lexicon::kNameParticles.Contains(lower) ||
         lexicon::kJoiningPrepositions.Contains(lower);
}

// Next space-separated word of `s` from `*pos`, without edge commas.
std::string_view NextWord(std::string_view s, size_t* pos) {
  while (*pos < s.size() && s[*pos] == ' ') ++*pos;
  size_t start = *pos;
  while (*pos < s.size() && s[*pos] != ' ') ++*pos;
  std::string_view w = s.substr(start, *pos - start);
  while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.remove_suffix(1);
  return w;
}

// "05/10/2024 - Category: City", "2019-11-19 11:21": a line that opens
// with a numeric date (three digit groups split by / . or -).
bool StartsWithNumericDate(std::string_view t) {
  size_t i = 0;
  for (int group = 0; group < 3; ++group) {
    size_t start = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    size_t len = i - start;
    if (len == 0 || len > 4) return false;
    if (group < 2) {
      if (i >= t.size() || (t[i] != '/' && t[i] != '.' && t[i] != '-')) {
        return false;
      }
      ++i;
    }
  }
  return true;
}

// "segunda-feira, 22 de janeiro de 2018 às 0:13", "Nov 19, 2019 11:21 pm":
// a year (1900-2099) and a clock time (h:mm) in a line that does not end
// like a sentence.
bool HasYearAndClockTime(std::string_view t) {
  if (t.empty() || t.back() == '.' || t.back() == '!' || t.back() == '?') {
    return false;
  }
  bool year = false, clock = false;
  for (size_t i = 0; i < t.size(); ++i) {
    auto digit = [&](size_t k) { return k < t.size() && t[k] >= '0' && t[k] <= '9'; };
    bool starts = i == 0 || !digit(i - 1);
    if (!starts || !digit(i)) continue;
    if (digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4) &&
        (t.compare(i, 2, "19") == 0 || t.compare(i, 2, "20") == 0)) {
      year = true;
    }
    size_t j = digit(i + 1) ? i + 2 : i + 1;
    if (j < t.size() && t[j] == ':' && digit(j + 1) && digit(j + 2) && !digit(j + 3)) {
      clock = true;
    }
  }
  return year && clock;
}

}  // namespace

bool IsBylineLine(std::string_view text) {
  std::string_view t = util::Trim(text);
  if (util::CountChars(t) > heuristics::kMaxBylineLineChars) return false;
  if (!util::StartsWithIgnoreCase(t, "by ")) return false;
  size_t pos = 3;
  int names = 0;
  while (pos < t.size()) {
    std::string_view w = NextWord(t, &pos);
    if (w.empty()) continue;
    // An e-mail address, a bracketed note or a "|" ends the names.
    if (w.front() == '[' || w.front() == '(' || w.front() == '|' ||
        w.find('@') != std::string_view::npos) {
      break;
    }
    if (IsGlue(w)) continue;
    unsigned char c = static_cast<unsigned char>(w.front());
    // Non-ASCII initials (accented capitals) pass; lower-case ASCII fails.
    if (c < 0x80 && !std::isupper(c)) return false;
    if (w.back() == '.' && pos >= t.size() && w.size() > 2) return false;
    ++names;
  }
  return names >= 1 && names <= heuristics::kMaxBylineNames;
}

bool IsCounterLine(std::string_view text) {
  std::string_view t = util::Trim(text);
  if (t.size() > heuristics::kMaxCounterLineBytes) return false;
  // Optional leading word ("Image", "Photo", "Slide"), then N of M or N/M.
  size_t i = 0;
  while (i < t.size() && std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
  while (i < t.size() && t[i] == ' ') ++i;
  size_t digits = 0;
  while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) ++i, ++digits;
  if (digits == 0) return false;
  std::string_view rest = t.substr(i);
  if (util::StartsWithIgnoreCase(rest, " of ")) {
    rest.remove_prefix(4);
  } else if (util::StartsWithIgnoreCase(rest, " / ")) {
    rest.remove_prefix(3);
  } else if (!rest.empty() && rest.front() == '/') {
    rest.remove_prefix(1);
  } else {
    return false;
  }
  if (rest.empty()) return false;
  for (char c : rest) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool IsCallToActionLine(std::string_view text) {
  std::string_view t = util::Trim(text);
  if (util::CountChars(t) > heuristics::kMaxCallToActionChars) return false;
  for (std::string_view p : lexicon::kCallToActionPhrases.words()) {
    if (util::ContainsIgnoreCase(t, p)) return true;
  }
  // A heading that calls to a newsletter: short, opens with the call and
  // names the newsletter. A story's sentence about a newsletter runs longer.
  if (util::CountChars(t) <= heuristics::kMaxNewsletterHeadingChars &&
      util::ContainsIgnoreCase(t, "newsletter")) {
    for (std::string_view w : lexicon::kNewsletterCallOpeners.words()) {
      if (util::StartsWithIgnoreCase(t, w)) return true;
    }
  }
  return false;
}

bool IsUrlLine(std::string_view text) {
  std::string_view t = util::Trim(text);
  if (!util::StartsWithIgnoreCase(t, "http://") &&
      !util::StartsWithIgnoreCase(t, "https://") &&
      !util::StartsWithIgnoreCase(t, "www.")) {
    return false;
  }
  return t.find(' ') == std::string_view::npos;
}

bool IsTimestampLine(std::string_view text) {
  std::string_view t = util::Trim(text);
  if (util::CountChars(t) > heuristics::kMaxTimestampLineChars) return false;
  bool stamp_word = false;
  for (std::string_view w : lexicon::kStampLeadWords.words()) {
    if (util::StartsWithIgnoreCase(t, w)) stamp_word = true;
  }
  if (!stamp_word) {
    return StartsWithNumericDate(t) || HasYearAndClockTime(t);
  }
  // A stamp holds digits (a day, a year or a time), and no sentence break
  // (". " before a word; "Oct. 2023" is an abbreviated month).
  bool digit = false;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c >= '0' && c <= '9') digit = true;
    if (c == '.' && i + 2 < t.size() && t[i + 1] == ' ' &&
        std::isalpha(static_cast<unsigned char>(t[i + 2]))) {
      return false;
    }
  }
  return digit;
}

}  // namespace artext::content
