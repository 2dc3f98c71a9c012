// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/direction.h"

#include "heuristics.h"
#include "util/char_class.h"
#include "util/utf8.h"

namespace artext::content {

const char* TextDirection(std::string_view text) {
  size_t rtl = 0, letters = 0;
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp = util::DecodeUtf8(text, &i, util::Utf8Check::kLenient);
    if (util::IsRtlLetter(cp)) {
      ++rtl;
      ++letters;
    } else if (util::IsAsciiLetter(cp) || cp >= 0x00C0) {
      ++letters;  // any other letter-ish code point (Latin, CJK, Cyrillic...)
    }
  }
  if (letters == 0) return "ltr";
  return static_cast<double>(rtl) / letters > heuristics::kRtlLetterShare ? "rtl"
                                                                        : "ltr";
}

}  // namespace artext::content
