// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Turning a raw byline ("BY ESTHER CHUNG, CHUNG YEONG-GYO [chung.juhee@
// joongang.co.kr]", "Von Anna Müller und Peter Schmidt", "김철수 기자") into
// a clean list of author names. Pure string functions; no I/O, no global
// state.

#ifndef ARTEXT_METADATA_PARSERS_BYLINE_PARSE_H_
#define ARTEXT_METADATA_PARSERS_BYLINE_PARSE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace artext::metadata {

// Splits a raw byline (its first heuristics::kMaxBylineBytes bytes) into
// person names, cleaned:
//  - strips lead-ins ("By", "Written by", "Posted by", "Von", "Par", "Por",
//    "Door", "Di", "Av") and Korean/Japanese/Chinese role suffixes ("기자",
//    "特派員", "记者");
//  - strips role words and titles ("Staff Writer", "Senior Reporter",
//    "Associated Press Writer"), dates and times, e-mail addresses, @handles,
//    URLs, bracketed notes, "Updated ..." tails and "and N others";
//  - splits on "," ";" "&" "/" "|" "・" "、" "·" and the words "and", "und",
//    "et", "y", "e", "en", "og", "och", "и", "with";
//  - title-cases ALL-CAPS names ("CHUNG YEONG-GYO" -> "Chung Yeong-gyo",
//    "O'NEIL" -> "O'Neil"); mixed-case names are kept as written;
//  - drops what is not a person: sentences, "Follow", "Email the author",
//    generic "Staff"/"Admin", and organisations (Reuters, "The Washington
//    Post") when at least one person is present. An organisation that is the
//    only author is kept ("Reuters" -> {"Reuters"}).
// Names are deduplicated case-insensitively; order is kept.
//
// Both kinds keep a bracket between name words that holds a name
// ("Bruno (Henrique Zecchin) Rodrigues", "Richard (R.J.) Eskow") and keep a
// name joined by "&" to a single letter whole, as an organisation ("Mac &
// i", "AT&T"). kDeclared, for values a page declares as the author (meta
// tags, JSON-LD), is more lenient: a blog account "display (login)" is kept
// as written, and lower-case words after two capitalised ones are not cut
// when they are not a preposition, role, lead-in or clause word ("Dublin
// Core property author"). Such lenient names fail LooksLikePersonName, so
// the chooser ranks them as fallbacks.
enum class BylineKind { kPrinted, kDeclared };
std::vector<std::string> ParseAuthors(std::string_view byline,
                                      BylineKind kind = BylineKind::kPrinted);

// True if `s` looks like a person name: 1 to 5 words and at most 60
// characters, no digits, no sentence punctuation, words capitalised (or in a
// script without case, such as Hangul or CJK), with name particles
// ("van", "de", "al-") allowed in lower case, and a bracket around middle
// words ("Richard (R.J.) Eskow") allowed.
bool LooksLikePersonName(std::string_view s);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_PARSERS_BYLINE_PARSE_H_
