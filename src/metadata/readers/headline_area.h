// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Headline-area reader: the dateline a reader sees printed with the
// headline, found by its text shape rather than its class name ("19. April
// 2019", "Stand: 22.04.2020 14:05 Uhr", "Publié le 10 décembre 2019", a
// press release whose first paragraph opens "BERLIN, 3 May 2022 -", a
// kicker above the headline). Reads the text that follows the headline's
// <h1> in document order, line by line, up to heuristics::kHeadlineAreaChars
// characters, and the lines just above it (kHeadlineAreaCharsBefore); skips
// scripts and the containers that hold other stories (IsForeignContainer).
// The words before a date ("Updated", "Last updated:", "Aktualisiert")
// make it the update's dateline. ChooseDates weighs these against the
// declared dates (see choosers/dates.h). On the lines under the headline it
// also finds a byline printed with no class, label or by-word: the first
// line before the dateline that holds only full names (parsers/name_line.h).

#ifndef ARTEXT_METADATA_READERS_HEADLINE_AREA_H_
#define ARTEXT_METADATA_READERS_HEADLINE_AREA_H_

#include <string_view>

#include "dom/node.h"
#include "metadata/page_facts.h"

namespace artext::metadata {

// `heading`: the headline's element (null: nothing is read). Appends to
// facts->headline_area_dates at most two candidates, each the text of a
// line holding a date: the publication's, labelled "dom:headline-area", then
// the update's, "dom:headline-area-updated". Lines under the headline come
// before lines above it. Appends at most one name line, "dom:name-line", to
// facts->authors (after all others).
void ReadHeadlineArea(const dom::Node* heading, PageFacts* facts);

// The element that prints `headline` on a page without an <h1> (a page
// builder's styled <p>, a <div> or an <h2>): the first element in the
// <body>, outside scripts, whose own text is the headline (whitespace
// collapsed). Null when none is. Lets ReadHeadlineArea find the dateline
// of a page whose headline is no heading.
const dom::Node* FindHeadlineElement(const dom::Node* body,
                                     std::string_view headline);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_READERS_HEADLINE_AREA_H_
