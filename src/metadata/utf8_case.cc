// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/utf8_case.h"

#include <utf8proc.h>

#include "util/char_class.h"
#include "util/utf8.h"

namespace artext::metadata {

namespace {

using util::AppendUtf8;
using util::CharRange;
using util::DecodeUtf8;

// Base letter of an accented lower-case Latin letter, or `c` itself.
//
// A table, not utf8proc's decomposition (UTF8PROC_DECOMPOSE |
// UTF8PROC_STRIPMARK): Unicode does not decompose ø, đ, ħ, ı, ł or ŧ, which
// are letters of their own there but which readers match as o, d, h, i, l, t
// ("Łódź" is found as "lodz"), and it would turn ŀ into "l·".
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
    CharRange range;
    char32_t base;
  };
  static constexpr Span kSpans[] = {
      {{0x0101, 0x0105}, 'a'}, {{0x0107, 0x010D}, 'c'}, {{0x010F, 0x0111}, 'd'},
      {{0x0113, 0x011B}, 'e'}, {{0x011D, 0x0123}, 'g'}, {{0x0125, 0x0127}, 'h'},
      {{0x0129, 0x0131}, 'i'}, {{0x0135, 0x0135}, 'j'}, {{0x0137, 0x0137}, 'k'},
      {{0x013A, 0x0142}, 'l'}, {{0x0144, 0x0148}, 'n'}, {{0x014D, 0x0151}, 'o'},
      {{0x0155, 0x0159}, 'r'}, {{0x015B, 0x0161}, 's'}, {{0x0163, 0x0167}, 't'},
      {{0x0169, 0x0173}, 'u'}, {{0x0175, 0x0175}, 'w'}, {{0x0177, 0x0177}, 'y'},
      {{0x017A, 0x017E}, 'z'}, {{0x0451, 0x0451}, 0x0435},  // ё -> е
  };
  for (const Span& span : kSpans) {
    if (span.range.Contains(c)) return span.base;
  }
  return c;
}

}  // namespace

// Unicode's simple case mappings (UnicodeData.txt), from utf8proc. They
// replaced a hand-typed table of Latin, Greek and Cyrillic that agreed with
// Unicode on every code point it mapped but left the others (Latin
// Extended-B, Greek Extended, Armenian, Georgian, full-width Latin...)
// unmapped.
char32_t ToLowerCodePoint(char32_t cp) {
  return static_cast<char32_t>(
      utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
}

char32_t ToUpperCodePoint(char32_t cp) {
  return static_cast<char32_t>(
      utf8proc_toupper(static_cast<utf8proc_int32_t>(cp)));
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
    if (util::block::kCombiningMarks.Contains(cp)) continue;
    AppendUtf8(StripAccent(ToLowerCodePoint(cp)), &out);
  }
  return out;
}

}  // namespace artext::metadata
