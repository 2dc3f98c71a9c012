// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Date chooser: date_published and date_modified, kept apart.
//
// Precedence (first valid date wins): JSON-LD, meta tags (article:*,
// Dublin Core, Parse.ly, sailthru, ...), microdata, <time datetime>,
// visible datelines; then the dateline printed with the headline
// (readers/headline_area.h), the date in the URL path, and last a printed
// dateline that says it is an update (the only date such a page gives;
// flagged published_is_update).
//
// The printed dateline outranks a winner from a generic source (meta
// "date", "dc.date", a dateline or byline found by class name) that falls
// on another day: templates fill those with save or build dates. It never
// outranks a later JSON-LD, article:published_time or microdata date: a
// page that prints only its last revision still declares when it was
// published. A short printed dateline earlier than a declared date, on a
// day no time zone gives the declared moment, wins: the declared date is
// a re-publication (a CMS move), the printed one the first appearance.
//
// Cross-checks:
//  - Two independent sources beat one: when the URL path holds a date and
//    the winner falls on another day, a lower-ranked candidate on the URL's
//    day wins instead (a stale or template JSON-LD date overruled by the
//    dateline and the address that agree).
//  - A winner with a date only takes the time and offset of a lower-ranked
//    candidate on the same day ("2023-10-12" and "2023-10-12T20:00+09:00").
//  - A winner in UTC ("...Z") takes the form of a candidate that gives the
//    same moment with the page's own offset; a winner in UTC ("Z" or
//    "+00:00") that of a local stamp (no offset) on the page that is the
//    same moment in a real zone ("6:47 PM" for 00:47Z): its day is the
//    page's.
//  - A modification date before the publication date is dropped.
//  - A winner read from a printed element is flagged
//    (ChosenDates::published_among_teasers) when other printed dates fall
//    two days or more from it and the URL does not back it; once the page
//    type is known, a page that is not an article drops it
//    (ForgetArticleCredits): it is a teaser's, a version's or a widget's.
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
  // `published` was read from a printed element (a dateline, a <time>,
  // microdata) while such elements give dates two days or more from it
  // (not the day a UTC stamp can shift), and the
  // URL's date does not back it: on a page that is not an article it is a
  // teaser's or a widget's date (see ForgetArticleCredits).
  bool published_among_teasers = false;
  // `published` was declared (JSON-LD, <meta>) and no printed element of
  // the page (a dateline, a <time>, microdata) shows its day or the next
  // or previous one: a date the page never shows its reader. On a page
  // that is not an article it is the template's, the build's or the
  // catalogue's record date (see ForgetArticleCredits).
  bool published_unprinted = false;
  // `published` is the page's printed update, the only date it gives: on
  // a page that is not an article, the date its list or catalogue was
  // last changed, no publication (see ForgetArticleCredits).
  bool published_is_update = false;
};

// `url`: the page's address (for the path date and as an anchor).
// `language`: the page's language, for ambiguous numeric dates.
// `now_unix`: dates more than a day after it are rejected; 0 = no check.
ChosenDates ChooseDates(const PageFacts& facts, std::string_view url,
                        std::string_view language, int64_t now_unix);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_CHOOSERS_DATES_H_
