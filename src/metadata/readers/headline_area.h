// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Headline-area reader: the dateline a reader sees printed under the
// headline, found by its text shape rather than its class name ("19. April
// 2019", "Stand: 22.04.2020 14:05 Uhr", "Publié le 10 décembre 2019", a
// press release whose first paragraph opens "BERLIN, 3 May 2022 -").
// Reads the text that follows the headline's <h1> in document order, line
// by line, up to heuristics::kHeadlineAreaChars characters, and records the
// first line that holds a date and does not say it is an update. Skips
// scripts and the containers that hold other stories (see
// IsForeignContainer). Its candidate is a fallback: ChooseDates takes it
// only when no declared or classed date exists. On the same lines it finds
// a byline printed with no class, label or by-word: the first line before
// the dateline that holds only full names (parsers/name_line.h).

#ifndef ARTEXT_METADATA_READERS_HEADLINE_AREA_H_
#define ARTEXT_METADATA_READERS_HEADLINE_AREA_H_

#include "dom/node.h"
#include "metadata/page_facts.h"

namespace artext::metadata {

// `heading`: the headline's element (null: nothing is read). Appends at most
// one candidate, labelled "dom:headline-area", to facts->headline_area_dates,
// and at most one, "dom:name-line", to facts->authors (after all others).
void ReadHeadlineArea(const dom::Node* heading, PageFacts* facts);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_READERS_HEADLINE_AREA_H_
