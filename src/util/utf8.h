// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The one UTF-8 encoder and decoder of the code base. Everything downstream of
// charset::Decode is valid UTF-8 already (charset/utf8.h repairs the input),
// so these work one code point at a time and never fail: bytes that are not
// UTF-8 read as U+FFFD, code points that are not characters write as U+FFFD.
//
// All functions are pure and thread-safe.

#ifndef ARTEXT_UTIL_UTF8_H_
#define ARTEXT_UTIL_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace artext::util {

// U+FFFD REPLACEMENT CHARACTER, and its UTF-8 encoding.
inline constexpr char32_t kReplacementChar = 0xFFFD;
inline constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

// How DecodeUtf8 judges a sequence of the right shape (a lead byte followed by
// enough continuation bytes).
enum class Utf8Check {
  // As Unicode defines UTF-8: overlong forms, surrogates (U+D800..DFFF) and
  // values above U+10FFFF read as U+FFFD. The metadata parsers use this.
  kStrict,
  // Any lead byte C0..F7 with its continuation bytes decodes to the value its
  // bits spell, overlong or not. The white-space and script helpers (util/
  // text.h, language and direction guesses) have always read text this way;
  // on valid UTF-8 the two agree, but the helpers also see raw header bytes
  // (WARC, HTTP), so their reading is kept as it was.
  kLenient,
};

// Decodes the code point starting at byte *pos of `s` and advances *pos past
// it. A bad lead byte, a truncated sequence, a missing continuation byte (and,
// with kStrict, a sequence that is not a character) yields kReplacementChar
// and advances by one byte, so a loop over a string always terminates.
// REQUIRES: *pos < s.size().
char32_t DecodeUtf8(std::string_view s, size_t* pos,
                    Utf8Check check = Utf8Check::kStrict);

// Appends the UTF-8 encoding of `cp`; a value that is not a Unicode scalar
// value (a surrogate, or above U+10FFFF) is written as U+FFFD, so the output
// is always valid UTF-8. REQUIRES: out != nullptr.
void AppendUtf8(char32_t cp, std::string* out);

// Longest prefix of `s` that is at most `max_bytes` long and does not end in
// the middle of a multi-byte sequence.
std::string_view TruncateUtf8(std::string_view s, size_t max_bytes);

}  // namespace artext::util

#endif  // ARTEXT_UTIL_UTF8_H_
