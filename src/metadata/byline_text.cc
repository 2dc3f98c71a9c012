// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/byline_text.h"

#include "metadata/utf8_case.h"
#include "util/utf8.h"

namespace artext::metadata::byline {

namespace {

bool InRange(char32_t c, char32_t lo, char32_t hi) {
  return c >= lo && c <= hi;
}

}  // namespace

bool IsSpaceChar(char32_t c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0xA0 ||
         c == 0x1680 || InRange(c, 0x2000, 0x200B) || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool IsDigitChar(char32_t c) {
  return InRange(c, '0', '9') || InRange(c, 0xFF10, 0xFF19);
}

bool IsCjkChar(char32_t c) {
  return InRange(c, 0x1100, 0x11FF) || InRange(c, 0x3130, 0x318F) ||
         InRange(c, 0xAC00, 0xD7A3) ||
         (InRange(c, 0x3040, 0x30FF) && c != 0x30FB) ||
         InRange(c, 0x3400, 0x4DBF) || InRange(c, 0x4E00, 0x9FFF) ||
         InRange(c, 0xF900, 0xFAFF);
}

bool IsLetter(char32_t c) {
  return InRange(c, 'a', 'z') || InRange(c, 'A', 'Z') ||
         (InRange(c, 0xC0, 0x2AF) && c != 0xD7 && c != 0xF7) ||
         InRange(c, 0x0300, 0x036F) ||  // combining marks
         InRange(c, 0x0370, 0x03FF) ||  // Greek
         InRange(c, 0x0400, 0x052F) ||  // Cyrillic
         InRange(c, 0x0530, 0x058F) ||  // Armenian
         InRange(c, 0x0590, 0x05FF) ||  // Hebrew
         InRange(c, 0x0600, 0x06FF) ||  // Arabic
         InRange(c, 0x0900, 0x097F) ||  // Devanagari
         InRange(c, 0x0E00, 0x0E7F) ||  // Thai
         InRange(c, 0x1E00, 0x1EFF) ||  // Latin Extended Additional
         IsCjkChar(c);
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
  const auto alnum = [](char32_t c) { return IsLetter(c) || IsDigitChar(c); };
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
    if (IsDigitChar(util::DecodeUtf8(word, &pos))) return true;
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
