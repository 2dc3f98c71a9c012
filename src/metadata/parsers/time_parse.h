// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Times of day in datelines, on the date parser's tokens: "20:00",
// "20:00:00.123+09:00", "8:00 p.m. EDT", "8 PM", "20h00", "20時30分",
// "오후 8시", "20.30 Uhr", with the zone that follows them.

#ifndef ARTEXT_METADATA_PARSERS_TIME_PARSE_H_
#define ARTEXT_METADATA_PARSERS_TIME_PARSE_H_

#include <cstddef>

#include "metadata/parsers/date_tokens.h"

namespace artext::metadata {

// Outcome of matching a shape at a token: no match; the shape matched but a
// value is impossible (month 13, hour 25); or a valid match.
enum class MatchStatus { kNone, kInvalid, kOk };

enum class ZoneKind {
  kNone,       // no zone given
  kUtc,        // "Z", "GMT", "UTC": printed as "Z"
  kOffset,     // offset_minutes
  kUsGeneric,  // "ET", "PT": offset_minutes is standard time; +60 in DST
};

struct TimeMatch {
  MatchStatus status = MatchStatus::kNone;
  int hour = 0;
  int minute = 0;
  int second = 0;
  ZoneKind zone = ZoneKind::kNone;
  int offset_minutes = 0;
  size_t end = 0;  // token after the time
};

// A time starting exactly at token k, or status kNone. kInvalid when the
// shape is a time but a value is out of range ("25:00", "0:30 pm").
TimeMatch ParseTimeAt(const DateTokens& t, size_t k);

// The index after the connectors starting at j: punctuation, "T", "at",
// "um", "à", "a las", "alle", "às", "om", "в", "г."/"года", weekday names.
// These sit between a date and its time ("October 12, 2023 at 8:00").
size_t SkipConnectors(const DateTokens& t, size_t j);

// The time right after a date ending at token date_end (connectors
// skipped), or status kNone.
TimeMatch FindTimeAfter(const DateTokens& t, size_t date_end);

// A time that ends, connectors aside, right where a date starts ("8:00 PM,
// 12 Oct 2023"), looking back a bounded number of tokens; or status kNone.
TimeMatch FindTimeBefore(const DateTokens& t, size_t date_begin);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_PARSERS_TIME_PARSE_H_
