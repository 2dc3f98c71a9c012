// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Small UTF-8 text helpers shared by every stage. All are pure, linear-time
// and allocation-light.

#ifndef ARTEXT_UTIL_TEXT_H_
#define ARTEXT_UTIL_TEXT_H_

#include <initializer_list>
#include <string>
#include <string_view>

namespace artext::util {

// Appends `in` to `out`, collapsing every run of white space (ASCII space,
// tab, CR, LF, FF, U+00A0 no-break space, U+3000 ideographic space and the
// U+2000..U+200A spaces) into one ASCII space, and dropping zero-width
// characters (U+200B, U+FEFF). `*pending_space` carries a space across calls
// so text split over several nodes collapses as one; a space is only written
// once non-space text follows, so output never ends with a space.
void AppendCollapsed(std::string_view in, bool* pending_space,
                     std::string* out);

// The whole string collapsed and trimmed.
std::string CollapseWhitespace(std::string_view in);

// Trims ASCII white space and no-break spaces from both ends.
std::string_view Trim(std::string_view in);

// Number of Unicode code points (invalid bytes count one each).
size_t CountChars(std::string_view utf8);

// Length of `in` after collapsing, in code points, without building it.
size_t CollapsedLength(std::string_view in, bool* pending_space);

// Words in `text`: space-separated tokens, where each run of unspaced-script
// characters (IsUnspacedScript) counts one word per two characters.
int CountWords(std::string_view text);

// ASCII lower-casing (class names, tag names, attribute values).
std::string AsciiLower(std::string_view in);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
// Whether `s` holds an ASCII digit: a line that cannot hold a date does
// not need the date parser.
bool ContainsAsciiDigit(std::string_view s);

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix);
// Case-insensitive ASCII substring search.
bool ContainsIgnoreCase(std::string_view haystack, std::string_view needle);

// True if `key` equals one of `list`: InList(word, {"by", "von", "par"}).
bool InList(std::string_view key, std::initializer_list<std::string_view> list);

}  // namespace artext::util

#endif  // ARTEXT_UTIL_TEXT_H_
