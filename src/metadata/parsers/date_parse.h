// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Parsing of publication dates as pages write them: meta-tag content,
// JSON-LD values, <time datetime> attributes and visible datelines
// ("Published 12 Oct 2023, 8:00 PM", "입력 2023.10.12 20:00",
// "12 октября 2023"). Pure string functions; no I/O, no global state.

#ifndef ARTEXT_METADATA_PARSERS_DATE_PARSE_H_
#define ARTEXT_METADATA_PARSERS_DATE_PARSE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace artext::metadata {

struct DateContext {
  // Page language ("en", "en-US", "de", "ko", "fr", ...) or "". Used to read
  // two-digit years: "23.10.12" is year-first in Korean/Japanese/Chinese,
  // "12.10.23" is day-first in day-first languages.
  std::string language;
  // "Now" in seconds since the epoch. Dates more than one day after it are
  // rejected. 0 = do not check the future.
  int64_t now_unix = 0;
  // Whether an ambiguous numeric date such as 12/10/2023 is day-first.
  // Resolved by the caller from the language, URL or other dates on the page.
  bool prefer_day_first = false;
};

// Parses the first valid date in `text` (only the first
// heuristics::kMaxDateScanBytes bytes are looked at). Surrounding words are ignored ("Updated: ...").
// Returns ISO 8601:
//   "YYYY-MM-DD"                 when only a date is given;
//   "YYYY-MM-DDTHH:MM:SS"        when a time without a zone is given;
//   "YYYY-MM-DDTHH:MM:SS+HH:MM"  (or "...Z") when an offset or zone is given.
// The page's own offset is kept, never converted; "Z", "GMT" and "UTC" give
// "Z"; zone names (EST, CEST, KST, ...) become their offset. Fractions of a
// second are dropped. nullopt when no valid date is found: impossible dates
// or times (Feb 30, month 13, hour 25), years before 1990, or moments more
// than one day after ctx.now_unix (when it is not 0).
std::optional<std::string> ParseDate(std::string_view text,
                                     const DateContext& ctx);

// The first valid date in `text`, as ParseDate reads it, with where it is
// written: the bytes [begin, end) of `text` from the date's first token to
// its last (a time around it is not counted). Lets a caller read the words
// before the date ("Updated", "Published").
struct FoundDate {
  std::string iso;
  size_t begin = 0;
  size_t end = 0;
};
std::optional<FoundDate> FindDate(std::string_view text,
                                  const DateContext& ctx);

// A date in a URL's path: /2023/10/12/, /2023-10-12/, /20231012/,
// /2023/oct/12/ -> "YYYY-MM-DD". A year and month alone (/2023/10/) give
// nullopt: a day is required. The host, query and fragment are ignored.
std::optional<std::string> DateFromUrl(std::string_view url);

// Unix timestamp in seconds (or milliseconds when > 1e11) ->
// "YYYY-MM-DDTHH:MM:SSZ". nullopt for negative values and for moments before
// 1990 or after the year 9999.
std::optional<std::string> DateFromUnix(int64_t ts);

// True if `language` (a BCP 47 tag, any case, "-" or "_") suggests day-first
// numeric dates: most of the world. False for US-style month-first English
// ("en", "en-US", "en-CA", "en-PH"), for the year-first languages ko, ja,
// zh, hu and lt, and for "".
bool LanguagePrefersDayFirst(std::string_view language);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_PARSERS_DATE_PARSE_H_
