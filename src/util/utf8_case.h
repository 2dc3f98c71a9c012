// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Case mapping for the metadata parsers (UTF-8 in and out, through
// util/utf8.h): simple (one-to-one) case mapping for Latin, Greek and
// Cyrillic, and a "fold" used to compare words such as month names regardless
// of case and accents. ICU is deliberately not used (the library has no ICU
// dependency); the ranges covered here are the ones bylines and datelines
// actually use.
//
// Why a hand-typed table and not utf8proc's Unicode mappings: utf8proc agrees
// with this table on every code point the table maps, but it also maps about
// 2,500 that the table leaves alone (Latin Extended-B, Greek Extended,
// Armenian, Georgian, full-width Latin, U+00B5...). That changes results: an
// all-caps Armenian byline would come out title-cased. Widening the mapping
// is a behaviour change to make on purpose, with fixtures, not in passing.
//
// All functions are pure and thread-safe.

#ifndef ARTEXT_UTIL_UTF8_CASE_H_
#define ARTEXT_UTIL_UTF8_CASE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace artext::util {

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

}  // namespace artext::util

#endif  // ARTEXT_UTIL_UTF8_CASE_H_
