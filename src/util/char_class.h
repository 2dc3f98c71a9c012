// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The character classes every stage shares: named Unicode blocks (scripts,
// digits, punctuation), the sets of white space the readers use, and the
// scripts written without spaces. One table, so a block boundary is typed
// once and a reader that needs a different set says how it differs.
//
// The sets are deliberately not Unicode's full properties: each covers what
// the pages we read use, and changing one changes extraction results (see
// the comment of each). All functions are constexpr, pure and thread-safe.

#ifndef ARTEXT_UTIL_CHAR_CLASS_H_
#define ARTEXT_UTIL_CHAR_CLASS_H_

namespace artext::util {

// An inclusive range of code points.
struct CharRange {
  char32_t first;
  char32_t last;
  constexpr bool Contains(char32_t c) const { return c >= first && c <= last; }
};

// Unicode blocks, by the names the Unicode Standard gives them (Blocks.txt),
// or a run of adjacent blocks where the name says so.
namespace block {
inline constexpr CharRange kAsciiUpper{'A', 'Z'};
inline constexpr CharRange kAsciiLower{'a', 'z'};
inline constexpr CharRange kAsciiDigits{'0', '9'};
// Latin-1 Supplement letters, U+00C0..U+00FF; × (D7) and ÷ (F7) are not.
inline constexpr CharRange kLatin1Letters{0x00C0, 0x00FF};
inline constexpr CharRange kLatinExtendedAB{0x0100, 0x024F};
inline constexpr CharRange kIpaExtensions{0x0250, 0x02AF};
inline constexpr CharRange kCombiningMarks{0x0300, 0x036F};
inline constexpr CharRange kGreek{0x0370, 0x03FF};
inline constexpr CharRange kCyrillic{0x0400, 0x04FF};
inline constexpr CharRange kCyrillicSupplement{0x0500, 0x052F};
inline constexpr CharRange kArmenian{0x0530, 0x058F};
inline constexpr CharRange kHebrew{0x0590, 0x05FF};
inline constexpr CharRange kArabic{0x0600, 0x06FF};
// Hebrew, Arabic, Syriac, Arabic Supplement, Thaana, N'Ko, Samaritan,
// Mandaic, Syriac Supplement and Arabic Extended: all right-to-left.
inline constexpr CharRange kHebrewToArabicExtended{0x0590, 0x08FF};
inline constexpr CharRange kDevanagari{0x0900, 0x097F};
inline constexpr CharRange kThai{0x0E00, 0x0E7F};
inline constexpr CharRange kThaiLao{0x0E00, 0x0EFF};
inline constexpr CharRange kMyanmar{0x1000, 0x109F};
inline constexpr CharRange kHangulJamo{0x1100, 0x11FF};
inline constexpr CharRange kKhmer{0x1780, 0x17FF};
inline constexpr CharRange kLatinExtendedAdditional{0x1E00, 0x1EFF};
inline constexpr CharRange kCjkSymbolsAndPunctuation{0x3000, 0x303F};
// Hiragana and Katakana.
inline constexpr CharRange kKana{0x3040, 0x30FF};
inline constexpr CharRange kHangulCompatibilityJamo{0x3130, 0x318F};
inline constexpr CharRange kCjkExtensionA{0x3400, 0x4DBF};
inline constexpr CharRange kCjkUnified{0x4E00, 0x9FFF};
// The assigned part of Hangul Syllables (the block runs to U+D7AF).
inline constexpr CharRange kHangulSyllables{0xAC00, 0xD7A3};
inline constexpr CharRange kCjkCompatibilityIdeographs{0xF900, 0xFAFF};
// Alphabetic Presentation Forms from the Hebrew ones on, and Arabic
// Presentation Forms-A.
inline constexpr CharRange kHebrewArabicPresentationForms{0xFB1D, 0xFDFF};
// Arabic Presentation Forms-B (its last code point is U+FEFF, the BOM).
inline constexpr CharRange kArabicPresentationFormsB{0xFE70, 0xFEFF};
inline constexpr CharRange kFullwidthDigits{0xFF10, 0xFF19};
// CJK Extension B and the planes' later extensions and compatibility blocks.
inline constexpr CharRange kCjkSupplementaryPlane{0x20000, 0x2FFFF};
}  // namespace block

// U+30FB KATAKANA MIDDLE DOT separates the parts of a foreign name
// ("ジョン・スミス"); it sits in the Katakana block but is punctuation.
inline constexpr char32_t kKatakanaMiddleDot = 0x30FB;

// ---------------------------------------------------------------------------
// White space. Four sets, one per kind of reader.

// C's isspace: space, \t, \n, \v, \f, \r.
constexpr bool IsAsciiSpace(char32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// The WHATWG "ASCII whitespace": as IsAsciiSpace without \v. What HTML and
// the MIME sniffing standard treat as space.
constexpr bool IsHtmlSpace(char32_t c) { return IsAsciiSpace(c) && c != '\v'; }

// Characters that are not shown and carry no space: zero-width space,
// (non-)joiners, word joiner, BOM, soft hyphen. Text collapsing drops them.
constexpr bool IsZeroWidth(char32_t c) {
  return c == 0x00AD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 ||
         c == 0xFEFF;
}

// White space of displayed text, each run of which AppendCollapsed turns
// into one space: IsAsciiSpace, NEL, no-break spaces, the typographic spaces
// U+2000..200A, line and paragraph separators, ideographic space; that is,
// exactly Unicode's White_Space property.
constexpr bool IsCollapsibleSpace(char32_t c) {
  if (c < 0x80) return IsAsciiSpace(c);
  return c == 0x0085 || c == 0x00A0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

// What separates tokens for the date and byline tokenizers: IsAsciiSpace,
// the no-break and typographic spaces, and the zero-width space and BOM
// (which join nothing in a dateline). Line and paragraph separators are not
// space here: bylines read them as list separators first.
constexpr bool IsSeparatorSpace(char32_t c) {
  if (c < 0x80) return IsAsciiSpace(c);
  return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// What CountWords counts as a gap between words; it runs on collapsed text,
// where the other spaces are already gone.
constexpr bool IsWordGapSpace(char32_t c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0x00A0 ||
         c == 0x3000;
}

// ---------------------------------------------------------------------------
// Digits and scripts.

// ASCII and full-width digits ("２０２３年").
constexpr bool IsDigitChar(char32_t c) {
  return block::kAsciiDigits.Contains(c) || block::kFullwidthDigits.Contains(c);
}

// Value of an IsDigitChar digit.
constexpr int DigitValue(char32_t c) {
  return c <= '9' ? static_cast<int>(c - '0') : static_cast<int>(c - 0xFF10);
}

constexpr bool IsAsciiLetter(char32_t c) {
  return block::kAsciiUpper.Contains(c) || block::kAsciiLower.Contains(c);
}

// Latin-1 letters: U+00C0..00FF without × and ÷.
constexpr bool IsLatin1Letter(char32_t c) {
  return block::kLatin1Letters.Contains(c) && c != 0xD7 && c != 0xF7;
}

// Hangul: jamo, compatibility jamo and syllables.
constexpr bool IsHangul(char32_t c) {
  return block::kHangulJamo.Contains(c) ||
         block::kHangulCompatibilityJamo.Contains(c) ||
         block::kHangulSyllables.Contains(c);
}

// Kana and the BMP's CJK ideographs (Extension A and the unified block).
constexpr bool IsKanaOrHan(char32_t c) {
  return block::kKana.Contains(c) || block::kCjkExtensionA.Contains(c) ||
         block::kCjkUnified.Contains(c);
}

// Right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their
// presentation forms.
constexpr bool IsRtlLetter(char32_t c) {
  return block::kHebrewToArabicExtended.Contains(c) ||
         block::kHebrewArabicPresentationForms.Contains(c) ||
         block::kArabicPresentationFormsB.Contains(c);
}

// Scripts written without spaces between words: CJK ideographs and kana,
// Thai, Lao, Myanmar, Khmer. Hangul is not: Korean uses spaces.
constexpr bool IsUnspacedScript(char32_t c) {
  return block::kKana.Contains(c) || block::kCjkExtensionA.Contains(c) ||
         block::kCjkUnified.Contains(c) ||
         block::kCjkCompatibilityIdeographs.Contains(c) ||
         block::kThaiLao.Contains(c) || block::kMyanmar.Contains(c) ||
         block::kKhmer.Contains(c) || block::kCjkSupplementaryPlane.Contains(c);
}

}  // namespace artext::util

#endif  // ARTEXT_UTIL_CHAR_CLASS_H_
