// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/utf8_case.h"

#include "util/char_class.h"
#include "util/utf8.h"

namespace artext::util {

namespace {

bool IsEven(char32_t c) { return c % 2 == 0; }

// Blocks where upper and lower case alternate, upper case on even code
// points (e.g. U+0100 'Ā', U+0101 'ā').
bool InEvenUpperPairBlock(char32_t c) {
  return CharRange{0x0100, 0x0137}.Contains(c) ||
         CharRange{0x014A, 0x0177}.Contains(c) ||
         CharRange{0x0200, 0x021F}.Contains(c) ||
         CharRange{0x0222, 0x0233}.Contains(c) ||
         CharRange{0x0460, 0x0481}.Contains(c) ||
         CharRange{0x048A, 0x04BF}.Contains(c) ||
         CharRange{0x04D0, 0x04FF}.Contains(c) ||
         CharRange{0x1E00, 0x1E95}.Contains(c) ||
         CharRange{0x1EA0, 0x1EFF}.Contains(c);
}

// Same, with upper case on odd code points (e.g. U+0139 'Ĺ', U+013A 'ĺ').
bool InOddUpperPairBlock(char32_t c) {
  return CharRange{0x0139, 0x0148}.Contains(c) ||
         CharRange{0x0179, 0x017E}.Contains(c) ||
         CharRange{0x04C1, 0x04CE}.Contains(c);
}

bool IsCombiningMark(char32_t c) { return block::kCombiningMarks.Contains(c); }

// Base letter of an accented lower-case Latin letter, or `c` itself.
char32_t StripAccent(char32_t c) {
  if (c < 0xC0) return c;
  if (c <= 0xFF) {
    if (CharRange{0xE0, 0xE5}.Contains(c)) return 'a';
    if (c == 0xE7) return 'c';
    if (CharRange{0xE8, 0xEB}.Contains(c)) return 'e';
    if (CharRange{0xEC, 0xEF}.Contains(c)) return 'i';
    if (c == 0xF1) return 'n';
    if (CharRange{0xF2, 0xF6}.Contains(c) || c == 0xF8) return 'o';
    if (CharRange{0xF9, 0xFC}.Contains(c)) return 'u';
    if (c == 0xFD || c == 0xFF) return 'y';
    return c;
  }
  // Latin Extended-A, lower-case members only (callers fold case first).
  struct Span {
    char32_t lo, hi, base;
  };
  static constexpr Span kSpans[] = {
      {0x0101, 0x0105, 'a'}, {0x0107, 0x010D, 'c'},    {0x010F, 0x0111, 'd'},
      {0x0113, 0x011B, 'e'}, {0x011D, 0x0123, 'g'},    {0x0125, 0x0127, 'h'},
      {0x0129, 0x0131, 'i'}, {0x0135, 0x0135, 'j'},    {0x0137, 0x0137, 'k'},
      {0x013A, 0x0142, 'l'}, {0x0144, 0x0148, 'n'},    {0x014D, 0x0151, 'o'},
      {0x0155, 0x0159, 'r'}, {0x015B, 0x0161, 's'},    {0x0163, 0x0167, 't'},
      {0x0169, 0x0173, 'u'}, {0x0175, 0x0175, 'w'},    {0x0177, 0x0177, 'y'},
      {0x017A, 0x017E, 'z'}, {0x0451, 0x0451, 0x0435},  // ё -> е
  };
  for (const Span& span : kSpans) {
    if (CharRange{span.lo, span.hi}.Contains(c)) return span.base;
  }
  return c;
}

}  // namespace

char32_t ToLowerCodePoint(char32_t c) {
  if (c < 0x80) return CharRange{'A', 'Z'}.Contains(c) ? c + 32 : c;
  if (CharRange{0xC0, 0xDE}.Contains(c) && c != 0xD7) return c + 0x20;
  if (c == 0x0130) return 'i';     // İ
  if (c == 0x0178) return 0xFF;    // Ÿ
  if (c == 0x1E9E) return 0xDF;    // ẞ
  if (c == 0x04C0) return 0x04CF;  // Ӏ
  if (InEvenUpperPairBlock(c)) return IsEven(c) ? c + 1 : c;
  if (InOddUpperPairBlock(c)) return IsEven(c) ? c : c + 1;
  // Greek.
  if (c == 0x0386) return 0x03AC;
  if (CharRange{0x0388, 0x038A}.Contains(c)) return c + 37;
  if (c == 0x038C) return 0x03CC;
  if (CharRange{0x038E, 0x038F}.Contains(c)) return c + 63;
  if (CharRange{0x0391, 0x03A9}.Contains(c) && c != 0x03A2) return c + 32;
  // Cyrillic.
  if (CharRange{0x0400, 0x040F}.Contains(c)) return c + 80;
  if (CharRange{0x0410, 0x042F}.Contains(c)) return c + 32;
  return c;
}

char32_t ToUpperCodePoint(char32_t c) {
  if (c < 0x80) return CharRange{'a', 'z'}.Contains(c) ? c - 32 : c;
  if (CharRange{0xE0, 0xFE}.Contains(c) && c != 0xF7) return c - 0x20;
  if (c == 0xFF) return 0x0178;
  if (c == 0x0131) return 'I';  // dotless ı
  if (c == 0x017F) return 'S';  // long s
  if (c == 0x04CF) return 0x04C0;
  if (c == 0x03C2) return 0x03A3;  // final sigma
  if (InEvenUpperPairBlock(c)) return IsEven(c) ? c : c - 1;
  if (InOddUpperPairBlock(c)) return IsEven(c) ? c - 1 : c;
  // Greek.
  if (c == 0x03AC) return 0x0386;
  if (CharRange{0x03AD, 0x03AF}.Contains(c)) return c - 37;
  if (c == 0x03CC) return 0x038C;
  if (CharRange{0x03CD, 0x03CE}.Contains(c)) return c - 63;
  if (CharRange{0x03B1, 0x03C9}.Contains(c)) return c - 32;
  // Cyrillic.
  if (CharRange{0x0430, 0x044F}.Contains(c)) return c - 32;
  if (CharRange{0x0450, 0x045F}.Contains(c)) return c - 80;
  return c;
}

bool IsUpperCodePoint(char32_t cp) { return ToLowerCodePoint(cp) != cp; }
bool IsLowerCodePoint(char32_t cp) {
  return ToUpperCodePoint(cp) != cp || cp == 0xDF;  // ß has no simple upper
}

std::string ToLowerUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) {
    AppendUtf8(ToLowerCodePoint(DecodeUtf8(s, &pos)), &out);
  }
  return out;
}

std::string FoldForMatch(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) {
    const char32_t cp = DecodeUtf8(s, &pos);
    if (IsCombiningMark(cp)) continue;
    AppendUtf8(StripAccent(ToLowerCodePoint(cp)), &out);
  }
  return out;
}

}  // namespace artext::util
