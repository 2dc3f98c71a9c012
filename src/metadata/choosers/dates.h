// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Date chooser: date_published and date_modified, kept apart.
//
// Precedence (first valid date wins): JSON-LD, meta tags (article:*,
// Dublin Core, Parse.ly, sailthru, ...), microdata, <time datetime>,
// visible datelines, and a date in the URL path as the last resort.
//
// Cross-checks:
//  - Two independent sources beat one: when the URL path holds a date and
//    the winner falls on another day, a lower-ranked candidate on the URL's
//    day wins instead (a stale or template JSON-LD date overruled by the
//    dateline and the address that agree).
//  - A winner with a date only takes the time and offset of a lower-ranked
//    candidate on the same day ("2023-10-12" and "2023-10-12T20:00+09:00").
//  - A winner in UTC ("...Z") takes the form of a candidate that gives the
//    same moment with the page's own offset.
//  - A modification date before the publication date is dropped.
//
// Day/month ambiguity ("05/06/2023"): each candidate is parsed both ways.
// When the readings differ, the one on the day of an anchor wins: the URL's
// date, else another candidate's unambiguous date (same year and month). With
// no anchor, the page language decides (LanguagePrefersDayFirst: day first
// everywhere but US-style English and year-first languages).

#ifndef ARTEXT_METADATA_CHOOSERS_DATES_H_
#define ARTEXT_METADATA_CHOOSERS_DATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "metadata/page_facts.h"

namespace artext::metadata {

struct ChosenDates {
  std::optional<Candidate> published;
  std::optional<Candidate> modified;
};

// `url`: the page's address (for the path date and as an anchor).
// `language`: the page's language, for ambiguous numeric dates.
// `now_unix`: dates more than a day after it are rejected; 0 = no check.
ChosenDates ChooseDates(const PageFacts& facts, std::string_view url,
                        std::string_view language, int64_t now_unix);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_CHOOSERS_DATES_H_
