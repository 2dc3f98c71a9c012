// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Small UTF-8 helpers for the metadata parsers: decode/encode one code point,
// simple (one-to-one) case mapping for Latin, Greek and Cyrillic, and a
// "fold" used to compare words such as month names regardless of case and
// accents. ICU is deliberately not used (the library has no ICU dependency);
// the ranges covered here are the ones bylines and datelines actually use.
//
// All functions are pure and thread-safe.

#ifndef ARTEXT_METADATA_UTF8_CASE_H_
#define ARTEXT_METADATA_UTF8_CASE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace artext::metadata {

// Replacement for undecodable bytes.
inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point starting at byte *pos of `s` and advances *pos past
// it. Malformed or truncated sequences yield kReplacementChar and advance by
// one byte, so a loop over a string always terminates.
// REQUIRES: *pos < s.size().
char32_t DecodeUtf8(std::string_view s, size_t* pos);

// Appends the UTF-8 encoding of `cp` (invalid code points as U+FFFD).
void AppendUtf8(char32_t cp, std::string* out);

// Longest prefix of `s` that is at most `max_bytes` long and does not end in
// the middle of a multi-byte sequence.
std::string_view TruncateUtf8(std::string_view s, size_t max_bytes);

// Simple case mapping (ASCII, Latin-1, Latin Extended-A/B (partly), Latin
// Extended Additional, Greek, Cyrillic). Other code points map to themselves.
char32_t ToLowerCodePoint(char32_t cp);
char32_t ToUpperCodePoint(char32_t cp);
bool IsUpperCodePoint(char32_t cp);  // has a distinct lower-case form
bool IsLowerCodePoint(char32_t cp);  // has a distinct upper-case form

// Whole-string versions of the mappings above.
std::string ToLowerUtf8(std::string_view s);

// Lower-cases, removes accents from Latin letters (é -> e, ß stays) and drops
// combining marks: "Août" -> "aout", "MÄRZ" -> "marz", "Октября" -> "октября".
std::string FoldForMatch(std::string_view s);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_UTF8_CASE_H_
