// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/parsers/time_parse.h"

#include <string_view>

#include "heuristics.h"
#include "lexicon/lexicon.h"

namespace artext::metadata {

namespace {

// Offsets beyond +-14:00 do not exist (Kiribati is +14:00).
constexpr int kMaxOffsetMinutes = 14 * 60;

struct ZoneName {
  std::string_view name;  // as written: upper case
  int offset_minutes;
};

// Zone abbreviations common in datelines. Ambiguous ones are left out: IST
// (India/Israel/Ireland), AST (Atlantic/Arabia); CST is taken as US Central
// because English-language pages are where it appears.
constexpr ZoneName kZoneNames[] = {
    {"EST", -300}, {"EDT", -240}, {"CST", -360}, {"CDT", -300},  {"MST", -420},
    {"MDT", -360}, {"PST", -480}, {"PDT", -420}, {"AKST", -540}, {"AKDT", -480},
    {"HST", -600}, {"WET", 0},    {"WEST", 60},  {"BST", 60},    {"CET", 60},
    {"CEST", 120}, {"MEZ", 60},   {"MESZ", 120}, {"EET", 120},   {"EEST", 180},
    {"MSK", 180},  {"WIB", 420},  {"HKT", 480},  {"SGT", 480},   {"PHT", 480},
    {"AWST", 480}, {"KST", 540},  {"JST", 540},  {"ACST", 570},  {"ACDT", 630},
    {"AEST", 600}, {"AEDT", 660}, {"NZST", 720}, {"NZDT", 780},
};

// US zone names without standard/daylight ("12:30 PM ET").
constexpr ZoneName kUsGenericZoneNames[] = {
    {"ET", -300}, {"CT", -360}, {"MT", -420}, {"PT", -480}};

bool IsSign(const DateTokens& t, size_t i) {
  return IsPunct(t, i, '+') || IsPunct(t, i, '-') || IsPunct(t, i, 0x2212);
}

// "+09:00", "+0900", "+09", "-4" (after GMT). With a space before the sign
// only the unmistakable forms are taken ("-0400", "+09:00"), so that
// "20:00 - 12.10.2023" is not read as an offset.
bool ParseNumericOffset(const DateTokens& t, size_t* j, int* minutes) {
  size_t k = *j;
  if (!IsSign(t, k)) return false;
  const bool spaced = t[k].space_before;
  const int sign = IsPunct(t, k, '+') ? 1 : -1;
  ++k;
  if (!Adjacent(t, k) || !IsNumber(t, k, 1, 4) || t[k].digits == 3) {
    return false;
  }
  int hours, mins = 0;
  if (t[k].digits == 4) {
    hours = Value(t, k) / 100;
    mins = Value(t, k) % 100;
    ++k;
  } else {
    hours = Value(t, k);
    ++k;
    if (IsPunct(t, k, ':') && Adjacent(t, k) && Adjacent(t, k + 1) &&
        IsNumber(t, k + 1, 2, 2)) {
      mins = Value(t, k + 1);
      k += 2;
    } else if (spaced) {
      return false;
    }
  }
  if (mins > 59 || hours * 60 + mins > kMaxOffsetMinutes) return false;
  *minutes = sign * (hours * 60 + mins);
  *j = k;
  return true;
}

bool IsAllAsciiUpper(std::string_view s) {
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return !s.empty();
}

void ParseZone(const DateTokens& t, size_t* j, TimeMatch* time) {
  size_t k = *j;
  if (k >= t.size()) return;
  const DateToken& tok = t[k];
  if (tok.kind == DateTokenKind::kWord && tok.folded == "z" &&
      (!tok.space_before || tok.raw == "Z")) {
    time->zone = ZoneKind::kUtc;
    *j = k + 1;
    return;
  }
  int minutes = 0;
  if (ParseNumericOffset(t, &k, &minutes)) {
    time->zone = ZoneKind::kOffset;
    time->offset_minutes = minutes;
    *j = k;
    return;
  }
  if (tok.kind != DateTokenKind::kWord) return;
  if (tok.folded == "gmt" || tok.folded == "utc" ||
      (tok.folded == "ut" && tok.raw == "UT")) {
    ++k;
    if (ParseNumericOffset(t, &k, &minutes)) {  // "GMT+9", "UTC-04:00"
      time->zone = ZoneKind::kOffset;
      time->offset_minutes = minutes;
    } else {
      time->zone = ZoneKind::kUtc;
    }
    *j = k;
    return;
  }
  // Upper case only: "est" is French and Latin for "is".
  if (!IsAllAsciiUpper(tok.raw)) return;
  for (const ZoneName& zone : kZoneNames) {
    if (zone.name == tok.raw) {
      time->zone = ZoneKind::kOffset;
      time->offset_minutes = zone.offset_minutes;
      *j = k + 1;
      return;
    }
  }
  for (const ZoneName& zone : kUsGenericZoneNames) {
    if (zone.name == tok.raw) {
      time->zone = ZoneKind::kUsGeneric;
      time->offset_minutes = zone.offset_minutes;
      *j = k + 1;
      return;
    }
  }
}

enum Meridiem { kNoMeridiem, kAm, kPm };

// Korean 오전/오후, Japanese 午前/午後, Chinese 上午/下午 before the time.
Meridiem ParseMeridiemPrefix(const DateTokens& t, size_t* j) {
  struct Prefix {
    std::string_view first, second;  // second is "" for one-token prefixes
    Meridiem meridiem;
  };
  static constexpr Prefix kPrefixes[] = {
      {"오전", "", kAm}, {"오후", "", kPm}, {"午", "前", kAm},
      {"午", "後", kPm}, {"午", "后", kPm}, {"上", "午", kAm},
      {"下", "午", kPm},
  };
  for (const Prefix& prefix : kPrefixes) {
    if (!IsWord(t, *j, prefix.first)) continue;
    if (prefix.second.empty()) {
      *j += 1;
      return prefix.meridiem;
    }
    if (IsWord(t, *j + 1, prefix.second)) {
      *j += 2;
      return prefix.meridiem;
    }
  }
  return kNoMeridiem;
}

// "am", "PM", "a.m.", "p. m." after the time.
Meridiem ParseMeridiemSuffix(const DateTokens& t, size_t* j) {
  const size_t k = *j;
  if (IsAnyWord(t, k, {"am", "pm"})) {
    *j = k + 1;
    return t[k].folded == "am" ? kAm : kPm;
  }
  if (IsAnyWord(t, k, {"a", "p"}) && IsPunct(t, k + 1, '.') &&
      IsWord(t, k + 2, "m")) {
    const Meridiem m = t[k].folded == "a" ? kAm : kPm;
    *j = IsPunct(t, k + 3, '.') ? k + 4 : k + 3;
    return m;
  }
  return kNoMeridiem;
}

// Tokens that may sit between a date and its time (or a time and its date):
// punctuation, "T", "at", "um", "à", "a las", "alle", "às", "om", "в",
// "г."/"года" after a Russian year, weekday names.
bool IsConnector(const DateToken& tok) {
  if (tok.kind == DateTokenKind::kPunct) {
    switch (tok.punct) {
      case ',':
      case '|':
      case '-':
      case '/':
      case '.':
      case '(':
      case ')':
      case '[':
      case ']':
      case 0x2013:
      case 0x2014:
      case 0x00B7:
      case 0x2022:
      case 0x3001:
      case 0xFF0C:
        return true;
      default:
        return false;
    }
  }
  if (tok.kind != DateTokenKind::kWord) return false;
  return lexicon::kTimeLeadWords.Contains(tok.folded) ||
         lexicon::kWeekdays.Contains(tok.folded);
}

}  // namespace

// A time starting at token k: "20:00", "20:00:00.123", "8:00 p.m.", "8 PM",
// "20h00", "20時30分", "오후 8시", "20.30 Uhr", each with an optional zone.
TimeMatch ParseTimeAt(const DateTokens& t, size_t k) {
  TimeMatch none;
  size_t j = k;
  Meridiem meridiem = ParseMeridiemPrefix(t, &j);
  if (!IsNumber(t, j, 1, 2)) return none;
  TimeMatch time;
  time.hour = Value(t, j);
  ++j;
  bool has_minutes = false;
  bool dotted = false;  // "20.30": needs Uhr, am/pm or a zone to be a time
  if (IsPunct(t, j, ':') && Adjacent(t, j) && Adjacent(t, j + 1) &&
      IsNumber(t, j + 1, 2, 2)) {
    time.minute = Value(t, j + 1);
    j += 2;
    has_minutes = true;
    if (IsPunct(t, j, ':') && Adjacent(t, j) && Adjacent(t, j + 1) &&
        IsNumber(t, j + 1, 2, 2)) {
      time.second = Value(t, j + 1);
      j += 2;
      // Fractions of a second are dropped: ".123456", ",5".
      if ((IsPunct(t, j, '.') || IsPunct(t, j, ',')) && Adjacent(t, j) &&
          Adjacent(t, j + 1) && j + 1 < t.size() &&
          t[j + 1].kind == DateTokenKind::kNumber) {
        j += 2;
      }
    }
  } else if (IsWord(t, j, "h")) {  // French/Portuguese "20h00", "20 h 30"
    ++j;
    if (IsNumber(t, j, 2, 2)) time.minute = Value(t, j++);
    has_minutes = true;
  } else if (IsAnyWord(t, j, {"時", "时", "시"})) {
    const bool korean = t[j].folded == "시";
    ++j;
    if (IsNumber(t, j, 1, 2) &&
        (korean ? IsWord(t, j + 1, "분") : IsWord(t, j + 1, "分"))) {
      time.minute = Value(t, j);
      j += 2;
      if (IsNumber(t, j, 1, 2) &&
          (korean ? IsWord(t, j + 1, "초") : IsWord(t, j + 1, "秒"))) {
        time.second = Value(t, j);
        j += 2;
      }
    }
    has_minutes = true;
  } else if (IsPunct(t, j, '.') && Adjacent(t, j) && Adjacent(t, j + 1) &&
             IsNumber(t, j + 1, 2, 2)) {
    // "20.30 Uhr", "20.00 BST", "8.30pm": only with one of those after it,
    // as "12.10" alone is as likely a day and month.
    time.minute = Value(t, j + 1);
    j += 2;
    has_minutes = true;
    dotted = true;
  }
  // A suffix is only read on a 12-hour value: in "20:00 am 12. Oktober" the
  // "am" is German for "on the".
  if (meridiem == kNoMeridiem && time.hour <= 12) {
    meridiem = ParseMeridiemSuffix(t, &j);
  }
  if (!has_minutes && meridiem == kNoMeridiem) return none;  // a bare number
  const bool uhr = IsWord(t, j, "uhr");
  if (uhr) ++j;
  ParseZone(t, &j, &time);
  if (dotted && !uhr && meridiem == kNoMeridiem &&
      time.zone == ZoneKind::kNone) {
    return none;
  }
  time.end = j;
  if (meridiem != kNoMeridiem && time.hour <= 12) {
    if (time.hour == 0 && meridiem == kPm) {
      time.status = MatchStatus::kInvalid;
      return time;
    }
    if (meridiem == kPm && time.hour < 12) time.hour += 12;
    if (meridiem == kAm && time.hour == 12) time.hour = 0;
  }
  const bool valid = time.hour <= 23 && time.minute <= 59 && time.second <= 59;
  time.status = valid ? MatchStatus::kOk : MatchStatus::kInvalid;
  return time;
}

size_t SkipConnectors(const DateTokens& t, size_t j) {
  for (int n = 0; n < heuristics::kMaxDateTimeConnectors && j < t.size() && IsConnector(t[j]);
       ++n) {
    ++j;
  }
  return j;
}

TimeMatch FindTimeAfter(const DateTokens& t, size_t date_end) {
  return ParseTimeAt(t, SkipConnectors(t, date_end));
}

TimeMatch FindTimeBefore(const DateTokens& t, size_t date_begin) {
  const size_t first = date_begin > heuristics::kMaxTimeLookbackTokens
                           ? date_begin - heuristics::kMaxTimeLookbackTokens
                           : 0;
  for (size_t k = first; k < date_begin; ++k) {
    TimeMatch time = ParseTimeAt(t, k);
    if (time.status == MatchStatus::kNone || time.end > date_begin) continue;
    if (SkipConnectors(t, time.end) == date_begin) return time;
  }
  return TimeMatch();
}

}  // namespace artext::metadata
