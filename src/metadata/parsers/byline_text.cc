// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/parsers/byline_text.h"

#include "util/char_class.h"
#include "util/utf8.h"
#include "util/utf8_case.h"

namespace artext::metadata::byline {

using util::FoldForMatch;

namespace {

namespace block = util::block;

}  // namespace

bool IsCjkChar(char32_t c) {
  return util::IsHangul(c) ||
         (util::IsKanaOrHan(c) && c != util::kKatakanaMiddleDot) ||
         block::kCjkCompatibilityIdeographs.Contains(c);
}

bool IsLetter(char32_t c) {
  return util::IsAsciiLetter(c) || util::IsLatin1Letter(c) ||
         block::kLatinExtendedAB.Contains(c) ||
         block::kIpaExtensions.Contains(c) ||
         block::kCombiningMarks.Contains(c) || block::kGreek.Contains(c) ||
         block::kCyrillic.Contains(c) ||
         block::kCyrillicSupplement.Contains(c) ||
         block::kArmenian.Contains(c) || block::kHebrew.Contains(c) ||
         block::kArabic.Contains(c) || block::kDevanagari.Contains(c) ||
         block::kThai.Contains(c) ||
         block::kLatinExtendedAdditional.Contains(c) || IsCjkChar(c);
}

bool IsJoiner(char32_t c) {
  return c == '-' || c == '\'' || c == 0x2019 || c == 0x2010;
}

std::u32string Decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) out.push_back(util::DecodeUtf8(s, &pos));
  return out;
}

std::string Encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) util::AppendUtf8(c, &out);
  return out;
}

std::string Key(std::string_view word) {
  const std::u32string cps = Decode(word);
  size_t begin = 0;
  size_t end = cps.size();
  const auto alnum = [](char32_t c) {
    return IsLetter(c) || util::IsDigitChar(c);
  };
  while (begin < end && !alnum(cps[begin])) ++begin;
  while (end > begin && !alnum(cps[end - 1])) --end;
  return FoldForMatch(
      Encode(std::u32string_view(cps).substr(begin, end - begin)));
}

char32_t FirstLetter(std::string_view word) {
  for (size_t pos = 0; pos < word.size();) {
    const char32_t c = util::DecodeUtf8(word, &pos);
    if (IsLetter(c)) return c;
  }
  return 0;
}

bool ContainsDigit(std::string_view word) {
  for (size_t pos = 0; pos < word.size();) {
    if (util::IsDigitChar(util::DecodeUtf8(word, &pos))) return true;
  }
  return false;
}

std::string Join(const Words& words, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end && i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

Words SplitSpaces(std::string_view s) {
  Words words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) words.emplace_back(s.substr(start, i - start));
  }
  return words;
}

}  // namespace artext::metadata::byline
