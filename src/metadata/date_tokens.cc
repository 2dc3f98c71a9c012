// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/date_tokens.h"

#include "metadata/utf8_case.h"
#include "util/utf8.h"

namespace artext::metadata {

namespace {

enum class CharClass { kSpace, kDigit, kAlpha, kHangul, kIdeograph, kOther };

bool InRange(char32_t c, char32_t lo, char32_t hi) {
  return c >= lo && c <= hi;
}

CharClass Classify(char32_t c) {
  if (c == ' ' || InRange(c, '\t', '\r') || c == 0xA0 || c == 0x1680 ||
      InRange(c, 0x2000, 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 ||
      c == 0xFEFF) {
    return CharClass::kSpace;
  }
  if (InRange(c, '0', '9') || InRange(c, 0xFF10, 0xFF19)) {
    return CharClass::kDigit;
  }
  if (InRange(c, 'a', 'z') || InRange(c, 'A', 'Z') ||
      (InRange(c, 0xC0, 0x24F) && c != 0xD7 && c != 0xF7) ||
      InRange(c, 0x0300, 0x036F) ||  // combining marks stay inside words
      InRange(c, 0x0370, 0x03FF) || InRange(c, 0x0400, 0x04FF) ||
      InRange(c, 0x1E00, 0x1EFF)) {
    return CharClass::kAlpha;
  }
  if (InRange(c, 0xAC00, 0xD7A3) || InRange(c, 0x1100, 0x11FF) ||
      InRange(c, 0x3130, 0x318F)) {
    return CharClass::kHangul;
  }
  if (InRange(c, 0x4E00, 0x9FFF) || InRange(c, 0x3400, 0x4DBF) ||
      InRange(c, 0x3040, 0x30FF)) {
    return CharClass::kIdeograph;
  }
  return CharClass::kOther;
}

int DigitValue(char32_t c) {
  return c <= '9' ? static_cast<int>(c - '0') : static_cast<int>(c - 0xFF10);
}

}  // namespace

// Numbers are runs of digits (ASCII or full-width), words are runs of
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
      int64_t value = DigitValue(c);
      int digits = 1;
      while (pos < s.size()) {
        size_t next = pos;
        const char32_t d = util::DecodeUtf8(s, &next);
        if (Classify(d) != CharClass::kDigit) break;
        if (digits < kMaxDateNumberDigits) value = value * 10 + DigitValue(d);
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
