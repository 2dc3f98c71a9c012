// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The token stream the date parser works on. Numbers are runs of digits
// (ASCII, full-width or Arabic-Indic), words are runs of letters of one
// script (Hangul apart from Latin/Greek/Cyrillic/Arabic), each CJK
// ideograph or kana is a word of its own (年, 月, 午, 後), and every other
// character is a punctuation token. Each token remembers whether a space
// came before it, which is how "20:00" (touching) is told from "20 : 00".

#ifndef ARTEXT_METADATA_PARSERS_DATE_TOKENS_H_
#define ARTEXT_METADATA_PARSERS_DATE_TOKENS_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace artext::metadata {

// Numbers longer than this carry no value: no date part is longer than
// YYYYMMDDHHMMSS. Keeps a megabyte of digits from overflowing anything.
inline constexpr int kMaxDateNumberDigits = 14;

enum class DateTokenKind { kNumber, kWord, kPunct };

struct DateToken {
  DateTokenKind kind = DateTokenKind::kPunct;
  std::string_view raw;  // points into the tokenized text
  std::string folded;    // words: FoldForMatch(raw)
  int64_t value = -1;    // numbers: the value, or -1 if too long
  int digits = 0;        // numbers: digit count
  char32_t punct = 0;    // punctuation: the code point
  bool space_before = false;
};

using DateTokens = std::vector<DateToken>;

// Splits `text` into tokens. The tokens point into `text`, which must
// outlive them. Linear in the length of `text`.
DateTokens TokenizeForDates(std::string_view text);

// Predicates on token i; all are false when i is past the end.
// A number with min_digits..max_digits digits (and a value).
bool IsNumber(const DateTokens& t, size_t i, int min_digits, int max_digits);
bool IsPunct(const DateTokens& t, size_t i, char32_t c);
// A word whose folded form is `folded`.
bool IsWord(const DateTokens& t, size_t i, std::string_view folded);
bool IsAnyWord(const DateTokens& t, size_t i,
               std::initializer_list<std::string_view> folded);
// Token i touches the token before it (no space between).
bool Adjacent(const DateTokens& t, size_t i);
// The value of number token i as an int. REQUIRES: IsNumber(t, i, 1, 9).
int Value(const DateTokens& t, size_t i);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_PARSERS_DATE_TOKENS_H_
