// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Word tables shared by the date and byline parsers: month and weekday names
// in the languages artext reads datelines in (English, German, French,
// Spanish, Italian, Portuguese, Dutch, Russian).

#ifndef ARTEXT_METADATA_DATE_WORDS_H_
#define ARTEXT_METADATA_DATE_WORDS_H_

#include <string_view>

namespace artext::metadata {

// Month number 1..12 for a word already passed through FoldForMatch
// ("october", "okt", "octobre", "aout", "октября"), or 0 if it is not a
// month name. A trailing abbreviation dot must be removed by the caller.
int MonthFromFoldedWord(std::string_view folded);

// True for a folded weekday name or abbreviation ("thu", "donnerstag",
// "jeudi", "четверг"). Two-letter abbreviations are not included: they
// collide with ordinary words ("do", "so", "di").
bool IsWeekdayFoldedWord(std::string_view folded);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_DATE_WORDS_H_
