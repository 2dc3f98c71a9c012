// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Character classes and word helpers shared by the byline passes
// (byline_parse.cc, byline_brackets.cc). A byline is handled as UTF-8 text
// split on single spaces (Normalize leaves no other kind).

#ifndef ARTEXT_METADATA_PARSERS_BYLINE_TEXT_H_
#define ARTEXT_METADATA_PARSERS_BYLINE_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace artext::metadata::byline {

using Words = std::vector<std::string>;

// Spaces and digits are util/char_class.h's IsSeparatorSpace, IsDigitChar.
bool IsCjkChar(char32_t c);  // Hangul, kana, Han (not the katakana middle dot)
bool IsLetter(char32_t c);   // Latin, Greek, Cyrillic, ..., CJK
// Letters inside a name that join its parts: "Yeong-gyo", "O'Neil".
bool IsJoiner(char32_t c);

std::u32string Decode(std::string_view s);
std::string Encode(std::u32string_view s);

// The word without leading/trailing characters that are not letters or
// digits, folded: "By:" -> "by", "(Reuters)" -> "reuters".
std::string Key(std::string_view word);

char32_t FirstLetter(std::string_view word);  // 0 if none
bool ContainsDigit(std::string_view word);

std::string Join(const Words& words, size_t begin, size_t end);
Words SplitSpaces(std::string_view s);

}  // namespace artext::metadata::byline

#endif  // ARTEXT_METADATA_PARSERS_BYLINE_TEXT_H_
