// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Headline polish: the last touches to the headline ChooseHeadline took,
// each settled by the page's other titles, never by a guess alone.
//  - Case: a headline printed in one case ("WEEKEND CODING AGENT", a
//    lower-case "history of coffee") takes the case of a declared title or
//    <title> that opens or ends with the same words ("Weekend Coding Agent
//    | Labs"): the page's styling, not the headline's wording.
//  - Quotes: a declared headline wrapped whole in quotation marks
//    ("\"What is Git?\"") loses them when another of the page's titles
//    gives the same words without them (a CMS's escaping, not a quote).
//  - Truncation: a declared headline cut short, as its ellipsis or an
//    unclosed bracket shows ("... Solutions (Including"), gives way to
//    another declared title that goes on with more words after it (up to
//    a separator: an affix follows).
//  - Ornaments: a lone symbol at either end ("Top Gym Must Haves ⋆",
//    "► Guide") is dropped.
//  - Pipe affixes: what follows " | " after a headline of a few words
//    ("... physical health | Opinion", "... Tools for 2026 | Python, SQL
//    & AI", "... Rust? | Rust Blog") is a section, tagline or site name,
//    whoever wrote it (a declared title or the <h1> itself): headlines
//    set a colon or a dash between their own parts, never a pipe.

#ifndef ARTEXT_METADATA_CHOOSERS_HEADLINE_POLISH_H_
#define ARTEXT_METADATA_CHOOSERS_HEADLINE_POLISH_H_

#include <string>
#include <string_view>

#include "metadata/page_facts.h"

namespace artext::metadata {

// `headline` as ChooseHeadline gave it; returns it polished (the source
// and node are kept).
Candidate PolishHeadline(const PageFacts& facts, Candidate headline);

// `text` without a lone ornament symbol ("⋆", "★", "►", "•", "|") at either
// end, with its space.
std::string WithoutOrnaments(std::string_view text);

// `text` cut at its first " | " when what precedes it holds
// heuristics::kMinWordsBeforePipeAffix words or more; else `text`.
std::string WithoutPipeAffixes(std::string_view text);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_CHOOSERS_HEADLINE_POLISH_H_
