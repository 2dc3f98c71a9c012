// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// How it works: the text is split into tokens (numbers, words, single
// punctuation marks, each remembering whether a space preceded it). A fixed
// list of date shapes is tried at each token from left to right; the first
// shape that matches with valid values is the date. A time is then looked for
// right after the date (skipping connectors such as ", ", " at ", "T"), or,
// failing that, right before it ("8:00 PM, Thu, Oct 12, 2023"). Every loop
// advances over a token list built from at most kMaxDateScanBytes bytes, and
// each shape looks at a bounded number of tokens, so the work is linear.

#include "metadata/date_parse.h"

#include <cstdio>
#include <initializer_list>
#include <vector>

#include "metadata/date_words.h"
#include "metadata/utf8_case.h"

namespace artext::metadata {

namespace {

// Oldest year accepted: news pages on the web start in the 1990s, and older
// years in datelines are nearly always copyright lines or historical dates.
constexpr int kMinYear = 1990;
// Largest year the "YYYY" output format can carry.
constexpr int kMaxYear = 9999;
// Dates in compact form (20231012) and in URLs must look like this century
// or the last; a wider range turns arbitrary numeric IDs into dates.
constexpr int kMaxCompactYear = 2099;
// A date up to one day ahead of "now" is accepted: time zones put a page's
// local date up to 14 hours ahead of UTC, and clocks drift.
constexpr int64_t kFutureSlackSeconds = 24 * 60 * 60;
// Numbers longer than this have no value: no date part is longer than
// YYYYMMDDHHMMSS. Keeps 1 MB of digits from overflowing anything.
constexpr int kMaxNumberDigits = 14;
// Connector tokens skipped between a date and its time: "12 de octubre de
// 2023 a las 20:00" needs 2, "2023 г., в 20:00" needs 4.
constexpr int kMaxConnectorTokens = 4;
// Glue tokens skipped between the parts of a date: "12th of October",
// "Oct. 12, 2023", "12 de octubre de 2023" need at most 2.
constexpr int kMaxGlueTokens = 3;
// How many tokens before a date a time may start ("12:30 PM ET, Thu, ...").
constexpr size_t kMaxTimeLookbackTokens = 10;
// DateFromUrl looks at no more of the path than this.
constexpr size_t kMaxUrlBytes = 2048;
// Offsets beyond +-14:00 do not exist (Kiribati is +14:00).
constexpr int kMaxOffsetMinutes = 14 * 60;
// Days from 0001-01-01 to 1970-01-01 in the proleptic Gregorian calendar.
constexpr int64_t kDaysFromYear1To1970 = 719162;

// ---------------------------------------------------------------------------
// Tokens.

enum class TokenKind { kNumber, kWord, kPunct };

struct Token {
  TokenKind kind = TokenKind::kPunct;
  std::string_view raw;
  std::string folded;   // Words: FoldForMatch(raw).
  int64_t value = -1;   // Numbers: the value, or -1 if too long.
  int digits = 0;       // Numbers: digit count.
  char32_t punct = 0;   // Punctuation: the code point.
  bool space_before = false;
};

using Tokens = std::vector<Token>;

enum class CharClass { kSpace, kDigit, kAlpha, kHangul, kIdeograph, kOther };

bool InRange(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

CharClass Classify(char32_t c) {
  if (c == ' ' || InRange(c, '\t', '\r') || c == 0xA0 || c == 0x1680 ||
      InRange(c, 0x2000, 0x200B) || c == 0x202F || c == 0x205F ||
      c == 0x3000 || c == 0xFEFF) {
    return CharClass::kSpace;
  }
  if (InRange(c, '0', '9') || InRange(c, 0xFF10, 0xFF19)) {
    return CharClass::kDigit;
  }
  if (InRange(c, 'a', 'z') || InRange(c, 'A', 'Z') ||
      (InRange(c, 0xC0, 0x24F) && c != 0xD7 && c != 0xF7) ||
      InRange(c, 0x0300, 0x036F) ||  // combining marks stay inside words
      InRange(c, 0x0370, 0x03FF) || InRange(c, 0x0400, 0x04FF) ||
      InRange(c, 0x1E00, 0x1EFF)) {
    return CharClass::kAlpha;
  }
  if (InRange(c, 0xAC00, 0xD7A3) || InRange(c, 0x1100, 0x11FF) ||
      InRange(c, 0x3130, 0x318F)) {
    return CharClass::kHangul;
  }
  if (InRange(c, 0x4E00, 0x9FFF) || InRange(c, 0x3400, 0x4DBF) ||
      InRange(c, 0x3040, 0x30FF)) {
    return CharClass::kIdeograph;
  }
  return CharClass::kOther;
}

int DigitValue(char32_t c) {
  return c <= '9' ? static_cast<int>(c - '0') : static_cast<int>(c - 0xFF10);
}

// Numbers are runs of digits (ASCII or full-width), words are runs of
// letters of one script (Hangul separately from Latin/Greek/Cyrillic), each
// CJK ideograph or kana is a word of its own (年, 月, 午, 後), and every
// other character is a punctuation token.
Tokens Tokenize(std::string_view s) {
  Tokens tokens;
  bool space = false;
  size_t pos = 0;
  while (pos < s.size()) {
    const size_t start = pos;
    const char32_t c = DecodeUtf8(s, &pos);
    const CharClass cls = Classify(c);
    if (cls == CharClass::kSpace) {
      space = true;
      continue;
    }
    Token token;
    token.space_before = space;
    space = false;
    if (cls == CharClass::kDigit) {
      int64_t value = DigitValue(c);
      int digits = 1;
      while (pos < s.size()) {
        size_t next = pos;
        const char32_t d = DecodeUtf8(s, &next);
        if (Classify(d) != CharClass::kDigit) break;
        if (digits < kMaxNumberDigits) value = value * 10 + DigitValue(d);
        ++digits;
        pos = next;
      }
      token.kind = TokenKind::kNumber;
      token.value = digits <= kMaxNumberDigits ? value : -1;
      token.digits = digits;
    } else if (cls == CharClass::kAlpha || cls == CharClass::kHangul) {
      while (pos < s.size()) {
        size_t next = pos;
        if (Classify(DecodeUtf8(s, &next)) != cls) break;
        pos = next;
      }
      token.kind = TokenKind::kWord;
      token.folded = FoldForMatch(s.substr(start, pos - start));
    } else if (cls == CharClass::kIdeograph) {
      token.kind = TokenKind::kWord;
      token.folded = std::string(s.substr(start, pos - start));
    } else {
      token.kind = TokenKind::kPunct;
      token.punct = c;
    }
    token.raw = s.substr(start, pos - start);
    tokens.push_back(std::move(token));
  }
  return tokens;
}

bool IsNumber(const Tokens& t, size_t i, int min_digits, int max_digits) {
  return i < t.size() && t[i].kind == TokenKind::kNumber && t[i].value >= 0 &&
         t[i].digits >= min_digits && t[i].digits <= max_digits;
}

bool IsPunct(const Tokens& t, size_t i, char32_t c) {
  return i < t.size() && t[i].kind == TokenKind::kPunct && t[i].punct == c;
}

bool IsWord(const Tokens& t, size_t i, std::string_view folded) {
  return i < t.size() && t[i].kind == TokenKind::kWord && t[i].folded == folded;
}

bool IsAnyWord(const Tokens& t, size_t i,
               std::initializer_list<std::string_view> folded) {
  for (std::string_view w : folded) {
    if (IsWord(t, i, w)) return true;
  }
  return false;
}

// Token i exists and touches the token before it.
bool Adjacent(const Tokens& t, size_t i) {
  return i < t.size() && !t[i].space_before;
}

int Value(const Tokens& t, size_t i) { return static_cast<int>(t[i].value); }

// ---------------------------------------------------------------------------
// Calendar arithmetic.

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30,
                                    31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

// Days since 1970-01-01. REQUIRES: y >= 1, 1 <= m <= 12.
int64_t DaysFromCivil(int y, int m, int d) {
  static constexpr int kDaysBeforeMonth[12] = {0,   31,  59,  90,  120, 151,
                                               181, 212, 243, 273, 304, 334};
  const int64_t prior_years = y - 1;
  const int64_t days = prior_years * 365 + prior_years / 4 -
                       prior_years / 100 + prior_years / 400 +
                       kDaysBeforeMonth[m - 1] +
                       ((m > 2 && IsLeapYear(y)) ? 1 : 0) + (d - 1);
  return days - kDaysFromYear1To1970;
}

// 0 = Sunday. 1970-01-01 was a Thursday.
int Weekday(int64_t days) { return static_cast<int>(((days % 7) + 11) % 7); }

struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

bool IsValidDate(int y, int m, int d) {
  return y >= kMinYear && y <= kMaxYear && m >= 1 && m <= 12 && d >= 1 &&
         d <= DaysInMonth(y, m);
}

// REQUIRES: days >= 0 (1970 or later).
CivilDate CivilFromDays(int64_t days) {
  CivilDate date;
  int y = static_cast<int>(1970 + days / 366);
  while (DaysFromCivil(y + 1, 1, 1) <= days) ++y;
  int m = 1;
  while (m < 12 && DaysFromCivil(y, m + 1, 1) <= days) ++m;
  date.year = y;
  date.month = m;
  date.day = static_cast<int>(days - DaysFromCivil(y, m, 1)) + 1;
  return date;
}

int64_t NthSunday(int y, int m, int n) {
  const int64_t first = DaysFromCivil(y, m, 1);
  return first + (7 - Weekday(first)) % 7 + 7 * (n - 1);
}

int64_t LastSunday(int y, int m) {
  const int64_t last = DaysFromCivil(y, m, DaysInMonth(y, m));
  return last - Weekday(last);
}

// US daylight saving time on the given local date (US rules since 2007,
// and the 1987-2006 rules before). The 2 a.m. switch-over hour is ignored.
bool IsUsDaylightTime(const CivilDate& date) {
  const int64_t day = DaysFromCivil(date.year, date.month, date.day);
  int64_t start, end;
  if (date.year >= 2007) {
    start = NthSunday(date.year, 3, 2);
    end = NthSunday(date.year, 11, 1);
  } else {
    start = NthSunday(date.year, 4, 1);
    end = LastSunday(date.year, 10);
  }
  return day >= start && day < end;
}

// ---------------------------------------------------------------------------
// Times and zones.

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

struct ZoneName {
  std::string_view name;  // as written: upper case
  int offset_minutes;
};

// Zone abbreviations common in datelines. Ambiguous ones are left out: IST
// (India/Israel/Ireland), AST (Atlantic/Arabia); CST is taken as US Central
// because English-language pages are where it appears.
constexpr ZoneName kZoneNames[] = {
    {"EST", -300},  {"EDT", -240},  {"CST", -360},  {"CDT", -300},
    {"MST", -420},  {"MDT", -360},  {"PST", -480},  {"PDT", -420},
    {"AKST", -540}, {"AKDT", -480}, {"HST", -600},  {"WET", 0},
    {"WEST", 60},   {"BST", 60},    {"CET", 60},    {"CEST", 120},
    {"MEZ", 60},    {"MESZ", 120},  {"EET", 120},   {"EEST", 180},
    {"MSK", 180},   {"WIB", 420},   {"HKT", 480},   {"SGT", 480},
    {"PHT", 480},   {"AWST", 480},  {"KST", 540},   {"JST", 540},
    {"ACST", 570},  {"ACDT", 630},  {"AEST", 600},  {"AEDT", 660},
    {"NZST", 720},  {"NZDT", 780},
};

// US zone names without standard/daylight ("12:30 PM ET").
constexpr ZoneName kUsGenericZoneNames[] = {
    {"ET", -300}, {"CT", -360}, {"MT", -420}, {"PT", -480}};

bool IsSign(const Tokens& t, size_t i) {
  return IsPunct(t, i, '+') || IsPunct(t, i, '-') || IsPunct(t, i, 0x2212);
}

// "+09:00", "+0900", "+09", "-4" (after GMT). With a space before the sign
// only the unmistakable forms are taken ("-0400", "+09:00"), so that
// "20:00 - 12.10.2023" is not read as an offset.
bool ParseNumericOffset(const Tokens& t, size_t* j, int* minutes) {
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

void ParseZone(const Tokens& t, size_t* j, TimeMatch* time) {
  size_t k = *j;
  if (k >= t.size()) return;
  const Token& tok = t[k];
  if (tok.kind == TokenKind::kWord && tok.folded == "z" &&
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
  if (tok.kind != TokenKind::kWord) return;
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
Meridiem ParseMeridiemPrefix(const Tokens& t, size_t* j) {
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
Meridiem ParseMeridiemSuffix(const Tokens& t, size_t* j) {
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

// A time starting at token k: "20:00", "20:00:00.123", "8:00 p.m.", "8 PM",
// "20h00", "20時30分", "오후 8시", "20.30 Uhr", each with an optional zone.
TimeMatch ParseTimeAt(const Tokens& t, size_t k) {
  TimeMatch none;
  size_t j = k;
  Meridiem meridiem = ParseMeridiemPrefix(t, &j);
  if (!IsNumber(t, j, 1, 2)) return none;
  TimeMatch time;
  time.hour = Value(t, j);
  ++j;
  bool has_minutes = false;
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
          t[j + 1].kind == TokenKind::kNumber) {
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
             IsNumber(t, j + 1, 2, 2) && IsWord(t, j + 2, "uhr")) {
    time.minute = Value(t, j + 1);  // German "20.30 Uhr"
    j += 2;
    has_minutes = true;
  }
  // A suffix is only read on a 12-hour value: in "20:00 am 12. Oktober" the
  // "am" is German for "on the".
  if (meridiem == kNoMeridiem && time.hour <= 12) {
    meridiem = ParseMeridiemSuffix(t, &j);
  }
  if (!has_minutes && meridiem == kNoMeridiem) return none;  // a bare number
  if (IsWord(t, j, "uhr")) ++j;
  ParseZone(t, &j, &time);
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

// Tokens that may sit between a date and its time (or a time and its date):
// punctuation, "T", "at", "um", "à", "a las", "alle", "às", "om", "в",
// "г."/"года" after a Russian year, weekday names.
bool IsConnector(const Token& tok) {
  if (tok.kind == TokenKind::kPunct) {
    switch (tok.punct) {
      case ',': case '|': case '-': case '/': case '.': case '(': case ')':
      case '[': case ']': case 0x2013: case 0x2014: case 0x00B7: case 0x2022:
      case 0x3001: case 0xFF0C:
        return true;
      default:
        return false;
    }
  }
  if (tok.kind != TokenKind::kWord) return false;
  static constexpr std::string_view kWords[] = {
      "t",   "at",   "um",   "a", "las", "alle", "ore", "as", "om",
      "в",   "г",    "года", "kl", "klo", "o", "le", "on", "el"};
  for (std::string_view w : kWords) {
    if (tok.folded == w) return true;
  }
  return IsWeekdayFoldedWord(tok.folded);
}

size_t SkipConnectors(const Tokens& t, size_t j) {
  for (int n = 0; n < kMaxConnectorTokens && j < t.size() && IsConnector(t[j]);
       ++n) {
    ++j;
  }
  return j;
}

TimeMatch FindTimeAfter(const Tokens& t, size_t date_end) {
  return ParseTimeAt(t, SkipConnectors(t, date_end));
}

TimeMatch FindTimeBefore(const Tokens& t, size_t date_begin) {
  const size_t first =
      date_begin > kMaxTimeLookbackTokens ? date_begin - kMaxTimeLookbackTokens
                                          : 0;
  for (size_t k = first; k < date_begin; ++k) {
    TimeMatch time = ParseTimeAt(t, k);
    if (time.status == MatchStatus::kNone || time.end > date_begin) continue;
    if (SkipConnectors(t, time.end) == date_begin) return time;
  }
  return TimeMatch();
}

// ---------------------------------------------------------------------------
// Date shapes.

struct DateMatch {
  MatchStatus status = MatchStatus::kNone;
  CivilDate date;
  size_t begin = 0;
  size_t end = 0;
  TimeMatch time;  // set by shapes that embed the time (asctime)
};

DateMatch Finish(int y, int m, int d, size_t begin, size_t end) {
  DateMatch match;
  match.status =
      IsValidDate(y, m, d) ? MatchStatus::kOk : MatchStatus::kInvalid;
  match.date = {y, m, d};
  match.begin = begin;
  match.end = end;
  return match;
}

std::string_view PrimaryLanguage(std::string_view language, std::string* buf) {
  *buf = FoldForMatch(language);
  const size_t cut = buf->find_first_of("-_");
  return std::string_view(*buf).substr(0, cut);
}

bool IsYearFirstLanguage(std::string_view language) {
  std::string buf;
  const std::string_view primary = PrimaryLanguage(language, &buf);
  return primary == "ko" || primary == "ja" || primary == "zh" ||
         primary == "hu" || primary == "lt";
}

int ExpandTwoDigitYear(int yy) { return yy >= 90 ? 1900 + yy : 2000 + yy; }

bool IsNumericSeparator(const Tokens& t, size_t i) {
  return IsPunct(t, i, '-') || IsPunct(t, i, '/') || IsPunct(t, i, '.');
}

// Token i continues a run like "1.2.3" to the left: a separator touching a
// number right before it. Such runs (versions, IPs) are not dates.
bool ContinuesNumericRunLeft(const Tokens& t, size_t i) {
  return i >= 2 && IsNumericSeparator(t, i - 1) && Adjacent(t, i) &&
         Adjacent(t, i - 1) && t[i - 2].kind == TokenKind::kNumber;
}

bool ContinuesNumericRunRight(const Tokens& t, size_t j, char32_t sep) {
  return IsPunct(t, j, sep) && Adjacent(t, j) && Adjacent(t, j + 1) &&
         j + 1 < t.size() && t[j + 1].kind == TokenKind::kNumber;
}

// Reads "A sep B sep C" with one separator (- / .) at i. Separators touch
// the number before them; a space after is allowed only after a dot
// (Korean "2023. 10. 12.").
bool ReadNumericTriple(const Tokens& t, size_t i, int first_min_digits,
                       int first_max_digits, int third_min_digits,
                       int third_max_digits, size_t parts[3], char32_t* sep) {
  if (!IsNumber(t, i, first_min_digits, first_max_digits) ||
      ContinuesNumericRunLeft(t, i) || !IsNumericSeparator(t, i + 1) ||
      !Adjacent(t, i + 1)) {
    return false;
  }
  *sep = t[i + 1].punct;
  const bool space_ok = *sep == '.';
  if (!IsNumber(t, i + 2, 1, 2) || (!space_ok && !Adjacent(t, i + 2)) ||
      !IsPunct(t, i + 3, *sep) || !Adjacent(t, i + 3) ||
      !IsNumber(t, i + 4, third_min_digits, third_max_digits) ||
      (!space_ok && !Adjacent(t, i + 4)) ||
      ContinuesNumericRunRight(t, i + 5, *sep)) {
    return false;
  }
  parts[0] = i;
  parts[1] = i + 2;
  parts[2] = i + 4;
  return true;
}

// 2023-10-12, 2023/10/12, 2023.10.12, and 23.10.12 when the year is
// unmistakable (> 31) or the language writes years first.
DateMatch MatchYearFirstNumeric(const Tokens& t, size_t i,
                                const DateContext& ctx) {
  size_t p[3];
  char32_t sep;
  if (!ReadNumericTriple(t, i, 2, 4, 1, 2, p, &sep) || t[i].digits == 3) {
    return DateMatch();
  }
  int year = Value(t, p[0]);
  if (t[i].digits == 2) {
    if (year <= 31 && !IsYearFirstLanguage(ctx.language)) return DateMatch();
    year = ExpandTwoDigitYear(year);
  }
  return Finish(year, Value(t, p[1]), Value(t, p[2]), i, i + 5);
}

// 12/10/2023, 10/12/2023, 12.10.2023, 12-10-2023: day-first or month-first
// decided by a part > 12, then by the dot (only day-first countries write
// dates with dots), then by ctx.prefer_day_first. A two-digit year is read
// only where it cannot be a day (> 31) or with dots in a day-first language.
DateMatch MatchYearLastNumeric(const Tokens& t, size_t i,
                               const DateContext& ctx) {
  size_t p[3];
  char32_t sep;
  if (!ReadNumericTriple(t, i, 1, 2, 2, 4, p, &sep) || t[p[2]].digits == 3) {
    return DateMatch();
  }
  if (i >= 1 && IsPunct(t, i - 1, ':') && Adjacent(t, i)) return DateMatch();
  const int a = Value(t, p[0]);
  const int b = Value(t, p[1]);
  int year = Value(t, p[2]);
  if (t[p[2]].digits == 2) {
    const bool dotted_day_first =
        sep == '.' && LanguagePrefersDayFirst(ctx.language);
    if (year <= 31 && !dotted_day_first) return DateMatch();
    year = ExpandTwoDigitYear(year);
  }
  bool day_first;
  if (a > 12) {
    day_first = true;
  } else if (b > 12) {
    day_first = false;
  } else {
    day_first = sep == '.' || ctx.prefer_day_first;
  }
  return day_first ? Finish(year, b, a, i, i + 5)
                   : Finish(year, a, b, i, i + 5);
}

// 2023年10月12日, 2023년 10월 12일.
DateMatch MatchCjk(const Tokens& t, size_t i, const DateContext&) {
  if (!IsNumber(t, i, 4, 4)) return DateMatch();
  size_t j = i + 1;
  const bool korean = IsWord(t, j, "년");
  if (!korean && !IsWord(t, j, "年")) return DateMatch();
  ++j;
  if (!IsNumber(t, j, 1, 2) || !IsWord(t, j + 1, korean ? "월" : "月")) {
    return DateMatch();
  }
  const int month = Value(t, j);
  j += 2;
  if (!IsNumber(t, j, 1, 2)) return DateMatch();
  const int day = Value(t, j);
  ++j;
  if (IsWord(t, j, korean ? "일" : "日")) ++j;
  return Finish(Value(t, i), month, day, i, j);
}

// Skips what may sit between the parts of a written-out date: "." "," "-"
// "/" and the words "de", "del", "of", "the".
size_t SkipGlue(const Tokens& t, size_t j) {
  for (int n = 0; n < kMaxGlueTokens && j < t.size(); ++n, ++j) {
    const Token& tok = t[j];
    const bool glue =
        (tok.kind == TokenKind::kPunct &&
         (tok.punct == '.' || tok.punct == ',' || tok.punct == '-' ||
          tok.punct == '/')) ||
        (tok.kind == TokenKind::kWord &&
         (tok.folded == "de" || tok.folded == "del" || tok.folded == "of" ||
          tok.folded == "the"));
    if (!glue) break;
  }
  return j;
}

// Skips an ordinal suffix touching a day number: "12th", "1st", "1er", "1º".
size_t SkipOrdinal(const Tokens& t, size_t j) {
  if (!Adjacent(t, j)) return j;
  if (IsAnyWord(t, j, {"st", "nd", "rd", "th", "er", "e", "eme", "o", "a"}) ||
      IsPunct(t, j, 0x00BA) || IsPunct(t, j, 0x00B0)) {
    return j + 1;
  }
  return j;
}

int MonthAt(const Tokens& t, size_t i) {
  if (i >= t.size() || t[i].kind != TokenKind::kWord) return 0;
  return MonthFromFoldedWord(t[i].folded);
}

// 12 Oct 2023, 12. Oktober 2023, 12th of October 2023, 12 de octubre de
// 2023, 12 октября 2023, 12-Oct-2023.
DateMatch MatchDayMonthYear(const Tokens& t, size_t i, const DateContext&) {
  if (!IsNumber(t, i, 1, 2)) return DateMatch();
  if (i >= 1 && IsPunct(t, i - 1, ':') && Adjacent(t, i)) return DateMatch();
  const int day = Value(t, i);
  size_t j = SkipGlue(t, SkipOrdinal(t, i + 1));
  const int month = MonthAt(t, j);
  if (month == 0) return DateMatch();
  j = SkipGlue(t, j + 1);
  if (!IsNumber(t, j, 4, 4)) return DateMatch();
  return Finish(Value(t, j), month, day, i, j + 1);
}

// October 12, 2023; Oct. 12, 2023; octubre 12 de 2023; and the asctime /
// Unix date forms with the time before the year: "Thu Oct 12 20:00:00 2023".
DateMatch MatchMonthDayYear(const Tokens& t, size_t i, const DateContext&) {
  const int month = MonthAt(t, i);
  if (month == 0) return DateMatch();
  size_t j = SkipGlue(t, i + 1);
  if (!IsNumber(t, j, 1, 2)) return DateMatch();
  const int day = Value(t, j);
  j = SkipOrdinal(t, j + 1);
  const size_t year_at = SkipGlue(t, j);
  if (IsNumber(t, year_at, 4, 4) && !IsPunct(t, year_at + 1, ':')) {
    return Finish(Value(t, year_at), month, day, i, year_at + 1);
  }
  const TimeMatch time = ParseTimeAt(t, j);
  if (time.status == MatchStatus::kNone || !IsNumber(t, time.end, 4, 4)) {
    return DateMatch();
  }
  DateMatch match = Finish(Value(t, time.end), month, day, i, time.end + 1);
  match.time = time;
  return match;
}

// 2023 Oct 12, 2023-Oct-12, 2023/oct/12.
DateMatch MatchYearMonthDay(const Tokens& t, size_t i, const DateContext&) {
  if (!IsNumber(t, i, 4, 4)) return DateMatch();
  size_t j = SkipGlue(t, i + 1);
  const int month = MonthAt(t, j);
  if (month == 0) return DateMatch();
  j = SkipGlue(t, j + 1);
  if (!IsNumber(t, j, 1, 2) || IsPunct(t, j + 1, ':')) return DateMatch();
  return Finish(Value(t, i), month, Value(t, j), i, SkipOrdinal(t, j + 1));
}

// 20231012 and 20231012200000 standing alone. Random IDs are common, so an
// invalid value is "no match" rather than "invalid".
DateMatch MatchCompact(const Tokens& t, size_t i, const DateContext&) {
  if (!IsNumber(t, i, 8, 8) && !IsNumber(t, i, 14, 14)) return DateMatch();
  if (ContinuesNumericRunLeft(t, i) ||
      ContinuesNumericRunRight(t, i + 1, '.') ||
      ContinuesNumericRunRight(t, i + 1, '-')) {
    return DateMatch();
  }
  int64_t v = t[i].value;
  TimeMatch time;
  if (t[i].digits == 14) {
    time.second = static_cast<int>(v % 100);
    time.minute = static_cast<int>(v / 100 % 100);
    time.hour = static_cast<int>(v / 10000 % 100);
    time.end = i + 1;
    time.status = time.hour <= 23 && time.minute <= 59 && time.second <= 59
                      ? MatchStatus::kOk
                      : MatchStatus::kInvalid;
    v /= 1000000;
  }
  const int y = static_cast<int>(v / 10000);
  DateMatch match = Finish(y, static_cast<int>(v / 100 % 100),
                           static_cast<int>(v % 100), i, i + 1);
  if (match.status != MatchStatus::kOk || y > kMaxCompactYear ||
      time.status == MatchStatus::kInvalid) {
    return DateMatch();
  }
  match.time = time;
  return match;
}

DateMatch MatchDateAt(const Tokens& t, size_t i, const DateContext& ctx) {
  using Matcher = DateMatch (*)(const Tokens&, size_t, const DateContext&);
  // Order matters only where shapes overlap: year-first before year-last.
  static constexpr Matcher kMatchers[] = {
      MatchCjk,          MatchYearFirstNumeric, MatchYearMonthDay,
      MatchDayMonthYear, MatchMonthDayYear,     MatchYearLastNumeric,
      MatchCompact,
  };
  for (Matcher matcher : kMatchers) {
    DateMatch match = matcher(t, i, ctx);
    if (match.status != MatchStatus::kNone) return match;
  }
  return DateMatch();
}

// ---------------------------------------------------------------------------
// Output.

std::string FormatDate(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string FormatDateTime(const CivilDate& d, const TimeMatch& time) {
  char buf[40];
  std::snprintf(buf, sizeof(buf), "%sT%02d:%02d:%02d", FormatDate(d).c_str(),
                time.hour, time.minute, time.second);
  std::string out = buf;
  if (time.zone == ZoneKind::kUtc) {
    out += 'Z';
  } else if (time.zone == ZoneKind::kOffset) {
    const int abs_minutes =
        time.offset_minutes < 0 ? -time.offset_minutes : time.offset_minutes;
    std::snprintf(buf, sizeof(buf), "%c%02d:%02d",
                  time.offset_minutes < 0 ? '-' : '+', abs_minutes / 60,
                  abs_minutes % 60);
    out += buf;
  }
  return out;
}

int64_t UnixSeconds(const CivilDate& d, const TimeMatch* time) {
  int64_t seconds = DaysFromCivil(d.year, d.month, d.day) * 86400;
  if (time != nullptr) {
    seconds += time->hour * 3600 + time->minute * 60 + time->second;
    if (time->zone == ZoneKind::kOffset) seconds -= time->offset_minutes * 60;
  }
  return seconds;
}

bool IsAfterNow(int64_t seconds, const DateContext& ctx) {
  return ctx.now_unix != 0 && seconds > ctx.now_unix + kFutureSlackSeconds;
}

std::string_view UrlPath(std::string_view url) {
  size_t start = 0;
  const size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    start = url.find('/', scheme + 3);
  } else if (url.substr(0, 2) == "//") {
    start = url.find('/', 2);
  }
  if (start == std::string_view::npos) return {};
  std::string_view path = url.substr(start);
  path = path.substr(0, path.find_first_of("?#"));
  return TruncateUtf8(path, kMaxUrlBytes);
}

// A URL path date part stands between separators: "/2023/", "-12-".
bool BoundedInPath(const Tokens& t, size_t begin, size_t end) {
  return (begin == 0 || t[begin - 1].kind == TokenKind::kPunct) &&
         (end >= t.size() || t[end].kind == TokenKind::kPunct);
}

}  // namespace

std::optional<std::string> ParseDate(std::string_view text,
                                     const DateContext& ctx) {
  text = TruncateUtf8(text, kMaxDateScanBytes);
  const Tokens tokens = Tokenize(text);
  // A lone 10- or 13-digit number is a Unix timestamp (JSON-LD from some
  // CMSes); anything else numeric is read as a calendar date below.
  if (tokens.size() == 1 && tokens[0].kind == TokenKind::kNumber &&
      (tokens[0].digits == 10 || tokens[0].digits == 13)) {
    const int64_t seconds =
        tokens[0].digits == 13 ? tokens[0].value / 1000 : tokens[0].value;
    if (IsAfterNow(seconds, ctx)) return std::nullopt;
    return DateFromUnix(seconds);
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    const DateMatch date = MatchDateAt(tokens, i, ctx);
    if (date.status == MatchStatus::kNone) continue;
    if (date.status == MatchStatus::kInvalid) {
      i = date.end - 1;  // skip the whole impossible date
      continue;
    }
    TimeMatch time = date.time;
    if (time.status == MatchStatus::kNone) time = FindTimeAfter(tokens, date.end);
    if (time.status == MatchStatus::kNone) {
      time = FindTimeBefore(tokens, date.begin);
    }
    if (time.status == MatchStatus::kInvalid) return std::nullopt;
    const bool has_time = time.status == MatchStatus::kOk;
    if (has_time && time.zone == ZoneKind::kUsGeneric) {
      time.zone = ZoneKind::kOffset;
      if (IsUsDaylightTime(date.date)) time.offset_minutes += 60;
    }
    if (IsAfterNow(UnixSeconds(date.date, has_time ? &time : nullptr), ctx)) {
      i = date.end - 1;
      continue;
    }
    return has_time ? FormatDateTime(date.date, time) : FormatDate(date.date);
  }
  return std::nullopt;
}

std::optional<std::string> DateFromUrl(std::string_view url) {
  const Tokens t = Tokenize(UrlPath(url));
  for (size_t i = 0; i < t.size(); ++i) {
    if (!IsNumber(t, i, 4, 8) || !BoundedInPath(t, i, i + 1)) continue;
    int y = 0, m = 0, d = 0;
    bool found = false;
    if (t[i].digits == 8) {  // /20231012/
      y = Value(t, i) / 10000;
      m = Value(t, i) / 100 % 100;
      d = Value(t, i) % 100;
      found = true;
    } else if (t[i].digits == 4 && i + 4 < t.size() &&
               (IsNumericSeparator(t, i + 1) || IsPunct(t, i + 1, '_')) &&
               IsPunct(t, i + 3, t[i + 1].punct) &&
               IsNumber(t, i + 4, 1, 2) && BoundedInPath(t, i + 4, i + 5)) {
      // /2023/10/12/, /2023-10-12-, /2023_10_12, /2023/oct/12/
      y = Value(t, i);
      d = Value(t, i + 4);
      if (IsNumber(t, i + 2, 1, 2)) {
        m = Value(t, i + 2);
      } else {
        m = MonthAt(t, i + 2);
      }
      found = m != 0;
    }
    if (found && y <= kMaxCompactYear && IsValidDate(y, m, d)) {
      return FormatDate({y, m, d});
    }
  }
  return std::nullopt;
}

std::optional<std::string> DateFromUnix(int64_t ts) {
  // Values above 1e11 seconds (year 5138) are milliseconds in practice.
  constexpr int64_t kMillisecondsThreshold = 100000000000;
  // 9999-12-31T23:59:59Z, the last moment the output format can carry.
  constexpr int64_t kMaxSeconds = 253402300799;
  if (ts < 0) return std::nullopt;
  if (ts > kMillisecondsThreshold) ts /= 1000;
  if (ts > kMaxSeconds) return std::nullopt;
  const int64_t days = ts / 86400;
  const int64_t rest = ts % 86400;
  const CivilDate date = CivilFromDays(days);
  if (date.year < kMinYear || date.year > kMaxYear) return std::nullopt;
  TimeMatch time;
  time.hour = static_cast<int>(rest / 3600);
  time.minute = static_cast<int>(rest / 60 % 60);
  time.second = static_cast<int>(rest % 60);
  time.zone = ZoneKind::kUtc;
  return FormatDateTime(date, time);
}

bool LanguagePrefersDayFirst(std::string_view language) {
  std::string buf = FoldForMatch(language);
  for (char& c : buf) {
    if (c == '_') c = '-';
  }
  const std::string_view tag = buf;
  const size_t dash = tag.find('-');
  const std::string_view primary = tag.substr(0, dash);
  const std::string_view region =
      dash == std::string_view::npos
          ? std::string_view()
          : tag.substr(dash + 1, tag.find('-', dash + 1) - dash - 1);
  if (primary.empty() || IsYearFirstLanguage(primary)) return false;
  if (primary == "en") {
    // Month-first English: the US and its territories, Canada (mixed, but
    // month-first dominates in English-language Canadian news), and the
    // Philippines. Plain "en" is most often a US site.
    static constexpr std::string_view kMonthFirstRegions[] = {
        "", "us", "ca", "ph", "pr", "gu", "as", "um", "vi", "mp"};
    for (std::string_view r : kMonthFirstRegions) {
      if (region == r) return false;
    }
  }
  return true;
}

}  // namespace artext::metadata
