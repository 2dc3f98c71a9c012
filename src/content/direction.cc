// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/direction.h"

#include "heuristics.h"
#include "util/text.h"
#include "util/utf8.h"

namespace artext::content {

bool IsRtlLetter(char32_t cp) {
  return (cp >= 0x0590 && cp <= 0x08FF) ||  // Hebrew, Arabic, Syriac, Thaana, N'Ko
         (cp >= 0xFB1D && cp <= 0xFDFF) ||  // Hebrew and Arabic presentation forms
         (cp >= 0xFE70 && cp <= 0xFEFF);    // Arabic presentation forms-B
}

const char* TextDirection(std::string_view text) {
  size_t rtl = 0, letters = 0;
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp = util::DecodeUtf8(text, &i, util::Utf8Check::kLenient);
    if (IsRtlLetter(cp)) {
      ++rtl;
      ++letters;
    } else if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
               cp >= 0x00C0) {
      ++letters;  // any other letter-ish code point (Latin, CJK, Cyrillic...)
    }
  }
  if (letters == 0) return "ltr";
  return static_cast<double>(rtl) / letters > heuristics::kRtlLetterShare ? "rtl"
                                                                        : "ltr";
}

}  // namespace artext::content
