// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/parsers/date_tokens.h"

#include "util/char_class.h"
#include "util/utf8.h"
#include "util/utf8_case.h"

namespace artext::metadata {

using util::FoldForMatch;

namespace {

enum class CharClass { kSpace, kDigit, kAlpha, kHangul, kIdeograph, kOther };

namespace block = util::block;

// Arabic-Indic digits (Arabic) and their Extended form (Persian, Urdu):
// "١٢ أكتوبر ٢٠٢٣", "۱۴ مهر ۱۴۰۲".
constexpr util::CharRange kArabicIndicDigits{0x0660, 0x0669};
constexpr util::CharRange kExtendedArabicIndicDigits{0x06F0, 0x06F9};

bool IsDateDigit(char32_t c) {
  return util::IsDigitChar(c) || kArabicIndicDigits.Contains(c) ||
         kExtendedArabicIndicDigits.Contains(c);
}

int DateDigitValue(char32_t c) {
  if (kArabicIndicDigits.Contains(c)) return static_cast<int>(c - 0x0660);
  if (kExtendedArabicIndicDigits.Contains(c)) {
    return static_cast<int>(c - 0x06F0);
  }
  return util::DigitValue(c);
}

// Letters of the Arabic block as Arabic and Persian month names write
// them: the letters and their vowel marks, without the block's digits and
// punctuation (، ؛ ؟ ٪).
bool IsArabicLetter(char32_t c) {
  return (c >= 0x0620 && c <= 0x065F) || (c >= 0x066E && c <= 0x06D3) ||
         c == 0x06D5 || (c >= 0x06FA && c <= 0x06FF);
}

// Letters of the scripts whose month and weekday names lexicon/lexicon.h knows:
// Latin (with combining marks, which stay inside words), Greek, Cyrillic,
// Arabic.
bool IsDateLetter(char32_t c) {
  return util::IsAsciiLetter(c) || util::IsLatin1Letter(c) ||
         block::kLatinExtendedAB.Contains(c) ||
         block::kCombiningMarks.Contains(c) || block::kGreek.Contains(c) ||
         block::kCyrillic.Contains(c) ||
         block::kLatinExtendedAdditional.Contains(c) || IsArabicLetter(c);
}

CharClass Classify(char32_t c) {
  if (util::IsSeparatorSpace(c)) return CharClass::kSpace;
  if (IsDateDigit(c)) return CharClass::kDigit;
  if (IsDateLetter(c)) return CharClass::kAlpha;
  if (util::IsHangul(c)) return CharClass::kHangul;
  if (util::IsKanaOrHan(c)) return CharClass::kIdeograph;
  return CharClass::kOther;
}

}  // namespace

// Numbers are runs of digits (ASCII, full-width or Arabic-Indic), words are runs of
// letters of one script (Hangul separately from Latin/Greek/Cyrillic), each
// CJK ideograph or kana is a word of its own (年, 月, 午, 後), and every
// other character is a punctuation token.
DateTokens TokenizeForDates(std::string_view s) {
  DateTokens tokens;
  bool space = false;
  size_t pos = 0;
  while (pos < s.size()) {
    const size_t start = pos;
    const char32_t c = util::DecodeUtf8(s, &pos);
    const CharClass cls = Classify(c);
    if (cls == CharClass::kSpace) {
      space = true;
      continue;
    }
    DateToken token;
    token.space_before = space;
    space = false;
    if (cls == CharClass::kDigit) {
      int64_t value = DateDigitValue(c);
      int digits = 1;
      while (pos < s.size()) {
        size_t next = pos;
        const char32_t d = util::DecodeUtf8(s, &next);
        if (Classify(d) != CharClass::kDigit) break;
        if (digits < kMaxDateNumberDigits) {
          value = value * 10 + DateDigitValue(d);
        }
        ++digits;
        pos = next;
      }
      token.kind = DateTokenKind::kNumber;
      token.value = digits <= kMaxDateNumberDigits ? value : -1;
      token.digits = digits;
    } else if (cls == CharClass::kAlpha || cls == CharClass::kHangul) {
      while (pos < s.size()) {
        size_t next = pos;
        if (Classify(util::DecodeUtf8(s, &next)) != cls) break;
        pos = next;
      }
      token.kind = DateTokenKind::kWord;
      token.folded = FoldForMatch(s.substr(start, pos - start));
    } else if (cls == CharClass::kIdeograph) {
      token.kind = DateTokenKind::kWord;
      token.folded = std::string(s.substr(start, pos - start));
    } else {
      token.kind = DateTokenKind::kPunct;
      token.punct = c;
    }
    token.raw = s.substr(start, pos - start);
    tokens.push_back(std::move(token));
  }
  return tokens;
}

bool IsNumber(const DateTokens& t, size_t i, int min_digits, int max_digits) {
  return i < t.size() && t[i].kind == DateTokenKind::kNumber &&
         t[i].value >= 0 && t[i].digits >= min_digits &&
         t[i].digits <= max_digits;
}

bool IsPunct(const DateTokens& t, size_t i, char32_t c) {
  return i < t.size() && t[i].kind == DateTokenKind::kPunct && t[i].punct == c;
}

bool IsWord(const DateTokens& t, size_t i, std::string_view folded) {
  return i < t.size() && t[i].kind == DateTokenKind::kWord &&
         t[i].folded == folded;
}

bool IsAnyWord(const DateTokens& t, size_t i,
               std::initializer_list<std::string_view> folded) {
  for (std::string_view w : folded) {
    if (IsWord(t, i, w)) return true;
  }
  return false;
}

// DateToken i exists and touches the token before it.
bool Adjacent(const DateTokens& t, size_t i) {
  return i < t.size() && !t[i].space_before;
}

int Value(const DateTokens& t, size_t i) {
  return static_cast<int>(t[i].value);
}

}  // namespace artext::metadata
