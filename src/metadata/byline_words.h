// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Word lists used by the byline parser. Every function takes a word already
// passed through FoldForMatch with surrounding punctuation removed.

#ifndef ARTEXT_METADATA_BYLINE_WORDS_H_
#define ARTEXT_METADATA_BYLINE_WORDS_H_

#include <span>
#include <string_view>

namespace artext::metadata {

// Lower-case parts of names: "van", "de", "al" ("Maria de la Cruz").
bool IsNameParticle(std::string_view key);

// Jobs, ranks, beats and honorifics: "writer", "senior", "politics", "dr".
bool IsBylineRoleWord(std::string_view key);

// Words that mark an organisation: "news", "press", "reuters", "times".
bool IsOrganisationWord(std::string_view key);

// Whole items that are never an author: "staff", "admin", "the editors".
bool IsNonAuthorPhrase(std::string_view key);

// First words of calls to action: "follow", "email", "share", "view".
bool IsNonAuthorFirstWord(std::string_view key);

// Lead-ins removed from the start of an item: "by", "author", "автор".
bool IsBylineLeadIn(std::string_view key);

// First words of two-word lead-ins ending in "by": "written", "posted".
bool IsBylineLeadInVerb(std::string_view key);

// Non-English "by": "von", "par", "por", "door", "di", "av".
bool IsForeignBy(std::string_view key);

// Words that start a trailing date note: "updated", "published", "입력".
bool IsBylineTailKeyword(std::string_view key);

// Role words written after (or before) CJK names, longest first, so the
// first match is the whole affix: "선임기자" before "기자".
std::span<const std::string_view> CjkRoleAffixes();

// Romanised Korean and Chinese family names ("kim", "chung", "chen").
bool IsEastAsianFamilyName(std::string_view key);

// Prepositions before a date: "on" (Oct 12), "am" (12. Oktober), "le".
bool IsDatePreposition(std::string_view key);

// Words left dangling after a date is cut off: the above, "pm", "the".
bool IsTrailingDateFiller(std::string_view key);

// Abbreviations written with a dot inside names: "jr", "st", "dr".
bool IsNameAbbreviation(std::string_view key);

// Prepositions joining a name to a place or employer: "for", "from", "in".
bool IsJoiningPreposition(std::string_view key);

// Words that start a clause after a name ("Jane Doe is a ..."): a name
// never continues with them.
bool IsClauseWord(std::string_view key);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_BYLINE_WORDS_H_
