// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// How it works: the text is split into tokens (numbers, words, single
// punctuation marks, each remembering whether a space preceded it). A fixed
// list of date shapes is tried at each token from left to right; the first
// shape that matches with valid values is the date. A time is then looked for
// right after the date (skipping connectors such as ", ", " at ", "T"), or,
// failing that, right before it ("8:00 PM, Thu, Oct 12, 2023"). Every loop
// advances over a token list built from at most heuristics::kMaxDateScanBytes bytes, and
// each shape looks at a bounded number of tokens, so the work is linear.

#include "metadata/parsers/date_parse.h"

#include <chrono>
#include <cstdio>
#include <vector>

#include "heuristics.h"
#include "lexicon/lexicon.h"
#include "metadata/parsers/date_tokens.h"
#include "metadata/parsers/time_parse.h"
#include "util/utf8.h"
#include "util/utf8_case.h"

namespace artext::metadata {

using util::FoldForMatch;

namespace {

// Largest year the "YYYY" output format can carry.
constexpr int kMaxYear = 9999;

namespace chrono = std::chrono;

bool IsValidDate(int y, int m, int d) {
  // chrono's month and day keep one byte: range-check before building them.
  return y >= heuristics::kMinYear && y <= kMaxYear && m >= 1 && m <= 12 && d >= 1 &&
         d <= 31 &&
         chrono::year_month_day(chrono::year(y), chrono::month(m),
                                chrono::day(d))
             .ok();
}

// Whether US daylight saving time is in effect on the local date `date`
// (rules of 2007 on; the 1987-2006 rules before). The 2 a.m. change-over
// hour is ignored: a dateline gives the date, rarely that hour.
bool IsUsDaylightTime(const chrono::year_month_day& date) {
  using chrono::Sunday;
  const chrono::year y = date.year();
  const chrono::sys_days day(date);
  chrono::sys_days start, end;
  if (y >= chrono::year(2007)) {
    start = chrono::sys_days(y / chrono::March / Sunday[2]);
    end = chrono::sys_days(y / chrono::November / Sunday[1]);
  } else {
    start = chrono::sys_days(y / chrono::April / Sunday[1]);
    end = chrono::sys_days(y / chrono::October / Sunday[chrono::last]);
  }
  return day >= start && day < end;
}

// ---------------------------------------------------------------------------
// Date shapes.

struct DateMatch {
  MatchStatus status = MatchStatus::kNone;
  chrono::year_month_day date;  // set when status == kOk
  size_t begin = 0;
  size_t end = 0;
  TimeMatch time;  // set by shapes that embed the time (asctime)
};

DateMatch Finish(int y, int m, int d, size_t begin, size_t end) {
  DateMatch match;
  if (IsValidDate(y, m, d)) {
    match.status = MatchStatus::kOk;
    match.date = chrono::year(y) / m / d;
  } else {
    match.status = MatchStatus::kInvalid;
  }
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

// Persian and Pashto pages date in the Solar Hijri calendar.
bool IsSolarHijriLanguage(std::string_view language) {
  std::string buf;
  const std::string_view primary = PrimaryLanguage(language, &buf);
  return primary == "fa" || primary == "ps";
}

// --- The Solar Hijri calendar ("۱۴ مهر ۱۴۰۲", "۱۴۰۲/۰۷/۱۴").
// Leap years follow the 33-year cycle, which agrees with the astronomical
// calendar Iran keeps for the years news pages carry.
constexpr int kMinSolarHijriYear = 1343;  // 1964
constexpr int kMaxSolarHijriYear = 1472;  // 2093

bool IsSolarHijriLeapYear(int y) {
  switch (y % 33) {
    case 1: case 5: case 9: case 13: case 17: case 22: case 26: case 30:
      return true;
    default:
      return false;
  }
}

int SolarHijriMonthDays(int y, int m) {
  if (m <= 6) return 31;
  if (m <= 11) return 30;
  return IsSolarHijriLeapYear(y) ? 30 : 29;
}

// The Gregorian date of a Solar Hijri one, as Finish gives it: kInvalid
// for an impossible day or a year outside the range above.
DateMatch FinishSolarHijri(int y, int m, int d, size_t begin, size_t end) {
  if (y < kMinSolarHijriYear || y > kMaxSolarHijriYear || m < 1 || m > 12 ||
      d < 1 || d > SolarHijriMonthDays(y, m)) {
    return Finish(0, 0, 0, begin, end);
  }
  // 1 Farvardin 1400 was 21 March 2021.
  chrono::sys_days day{chrono::year(2021) / chrono::March / 21};
  for (int k = 1400; k < y; ++k) day += chrono::days(IsSolarHijriLeapYear(k) ? 366 : 365);
  for (int k = y; k < 1400; ++k) day -= chrono::days(IsSolarHijriLeapYear(k) ? 366 : 365);
  for (int k = 1; k < m; ++k) day += chrono::days(SolarHijriMonthDays(y, k));
  day += chrono::days(d - 1);
  const chrono::year_month_day g(day);
  return Finish(static_cast<int>(g.year()), static_cast<int>(unsigned(g.month())),
                static_cast<int>(unsigned(g.day())), begin, end);
}

// A number written in Persian digits (U+06F0..06F9, UTF-8 DB B0..DB B9).
bool InPersianDigits(const DateToken& tok) {
  return tok.raw.size() >= 2 && static_cast<unsigned char>(tok.raw[0]) == 0xDB;
}

int ExpandTwoDigitYear(int yy) { return yy >= 90 ? 1900 + yy : 2000 + yy; }

bool IsNumericSeparator(const DateTokens& t, size_t i) {
  return IsPunct(t, i, '-') || IsPunct(t, i, '/') || IsPunct(t, i, '.');
}

// DateToken i continues a run like "1.2.3" to the left: a separator touching a
// number right before it. Such runs (versions, IPs) are not dates.
bool ContinuesNumericRunLeft(const DateTokens& t, size_t i) {
  return i >= 2 && IsNumericSeparator(t, i - 1) && Adjacent(t, i) &&
         Adjacent(t, i - 1) && t[i - 2].kind == DateTokenKind::kNumber;
}

bool ContinuesNumericRunRight(const DateTokens& t, size_t j, char32_t sep) {
  return IsPunct(t, j, sep) && Adjacent(t, j) && Adjacent(t, j + 1) &&
         j + 1 < t.size() && t[j + 1].kind == DateTokenKind::kNumber;
}

// Reads "A sep B sep C" with one separator (- / .) at i. Separators touch
// the number before them; a space after is allowed only after a dot
// (Korean "2023. 10. 12."). A bar may stand apart on both sides, as
// designed datelines print it ("26 | 01 | 2022").
bool ReadNumericTriple(const DateTokens& t, size_t i, int first_min_digits,
                       int first_max_digits, int third_min_digits,
                       int third_max_digits, size_t parts[3], char32_t* sep) {
  const bool bar = IsPunct(t, i + 1, '|');
  if (!IsNumber(t, i, first_min_digits, first_max_digits) ||
      ContinuesNumericRunLeft(t, i) ||
      (!bar && (!IsNumericSeparator(t, i + 1) || !Adjacent(t, i + 1)))) {
    return false;
  }
  *sep = t[i + 1].punct;
  const bool space_ok = *sep == '.' || bar;
  if (!IsNumber(t, i + 2, 1, 2) || (!space_ok && !Adjacent(t, i + 2)) ||
      !IsPunct(t, i + 3, *sep) || (!bar && !Adjacent(t, i + 3)) ||
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
DateMatch MatchYearFirstNumeric(const DateTokens& t, size_t i,
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
  if (year >= kMinSolarHijriYear && year <= kMaxSolarHijriYear &&
      (InPersianDigits(t[i]) || IsSolarHijriLanguage(ctx.language))) {
    return FinishSolarHijri(year, Value(t, p[1]), Value(t, p[2]), i, i + 5);
  }
  return Finish(year, Value(t, p[1]), Value(t, p[2]), i, i + 5);
}

// 12/10/2023, 10/12/2023, 12.10.2023, 12-10-2023: day-first or month-first
// decided by a part > 12, then by the dot (only day-first countries write
// dates with dots), then by ctx.prefer_day_first. A two-digit year
// ("09/11/25", "12.10.23") is read unless the language writes years first
// (there "23.10.12" is MatchYearFirstNumeric's).
DateMatch MatchYearLastNumeric(const DateTokens& t, size_t i,
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
    if (year <= 31 && IsYearFirstLanguage(ctx.language)) return DateMatch();
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
DateMatch MatchCjk(const DateTokens& t, size_t i, const DateContext&) {
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
size_t SkipGlue(const DateTokens& t, size_t j) {
  for (int n = 0; n < heuristics::kMaxDateGlueTokens && j < t.size(); ++n, ++j) {
    const DateToken& tok = t[j];
    const bool glue = (tok.kind == DateTokenKind::kPunct &&
                       (tok.punct == '.' || tok.punct == ',' ||
                        tok.punct == '-' || tok.punct == '/')) ||
                      (tok.kind == DateTokenKind::kWord &&
                       (tok.folded == "de" || tok.folded == "del" ||
                        tok.folded == "of" || tok.folded == "the"));
    if (!glue) break;
  }
  return j;
}

// Skips an ordinal suffix touching a day number: "12th", "1st", "1er", "1º".
size_t SkipOrdinal(const DateTokens& t, size_t j) {
  if (!Adjacent(t, j)) return j;
  if (IsAnyWord(t, j, {"st", "nd", "rd", "th", "er", "e", "eme", "o", "a"}) ||
      IsPunct(t, j, 0x00BA) || IsPunct(t, j, 0x00B0)) {
    return j + 1;
  }
  return j;
}

// The month named at token i, or 0; *next is set to the token after the
// name. The Levantine Arabic names of four months are two words: كانون
// الثاني (January), كانون الأول (December), تشرين الأول (October),
// تشرين الثاني (November).
int MonthAt(const DateTokens& t, size_t i, size_t* next) {
  if (i >= t.size() || t[i].kind != DateTokenKind::kWord) return 0;
  *next = i + 1;
  const bool kanun = t[i].folded == "كانون";
  if (kanun || t[i].folded == "تشرين") {
    const bool first = IsAnyWord(t, i + 1, {"الأول", "الاول"});
    const bool second = IsWord(t, i + 1, "الثاني");
    if (!first && !second) return 0;
    *next = i + 2;
    if (kanun) return first ? 12 : 1;
    return first ? 10 : 11;
  }
  return lexicon::MonthNumberInDate(t[i].folded);
}

int MonthAt(const DateTokens& t, size_t i) {
  size_t next;
  return MonthAt(t, i, &next);
}


// 12 Oct 2023, 12. Oktober 2023, 12th of October 2023, 12 de octubre de
// 2023, 12 октября 2023, 12-Oct-2023.
DateMatch MatchDayMonthYear(const DateTokens& t, size_t i, const DateContext&) {
  if (!IsNumber(t, i, 1, 2)) return DateMatch();
  if (i >= 1 && IsPunct(t, i - 1, ':') && Adjacent(t, i)) return DateMatch();
  const int day = Value(t, i);
  size_t j = SkipGlue(t, SkipOrdinal(t, i + 1));
  size_t after = j + 1;
  int month = MonthAt(t, j, &after);
  const int solar_hijri_month =
      month == 0 && j < t.size() && t[j].kind == DateTokenKind::kWord
          ? lexicon::SolarHijriMonthNumber(t[j].folded)
          : 0;
  if (month == 0 && solar_hijri_month == 0) return DateMatch();
  j = SkipGlue(t, after);
  if (!IsNumber(t, j, 4, 4)) return DateMatch();
  if (solar_hijri_month != 0) {
    return FinishSolarHijri(Value(t, j), solar_hijri_month, day, i, j + 1);
  }
  return Finish(Value(t, j), month, day, i, j + 1);
}

// October 12, 2023; Oct. 12, 2023; octubre 12 de 2023; and the asctime /
// Unix date forms with the time before the year: "Thu Oct 12 20:00:00 2023".
DateMatch MatchMonthDayYear(const DateTokens& t, size_t i, const DateContext&) {
  size_t after = i + 1;
  const int month = MonthAt(t, i, &after);
  if (month == 0) return DateMatch();
  size_t j = SkipGlue(t, after);
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
DateMatch MatchYearMonthDay(const DateTokens& t, size_t i, const DateContext&) {
  if (!IsNumber(t, i, 4, 4)) return DateMatch();
  size_t j = SkipGlue(t, i + 1);
  size_t after = j + 1;
  const int month = MonthAt(t, j, &after);
  if (month == 0) return DateMatch();
  j = SkipGlue(t, after);
  if (!IsNumber(t, j, 1, 2) || IsPunct(t, j + 1, ':')) return DateMatch();
  return Finish(Value(t, i), month, Value(t, j), i, SkipOrdinal(t, j + 1));
}

// 20231012 and 20231012200000 standing alone. Random IDs are common, so an
// invalid value is "no match" rather than "invalid".
DateMatch MatchCompact(const DateTokens& t, size_t i, const DateContext&) {
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
  if (match.status != MatchStatus::kOk || y > heuristics::kMaxCompactYear ||
      time.status == MatchStatus::kInvalid) {
    return DateMatch();
  }
  match.time = time;
  return match;
}

DateMatch MatchDateAt(const DateTokens& t, size_t i, const DateContext& ctx) {
  using Matcher = DateMatch (*)(const DateTokens&, size_t, const DateContext&);
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

std::string FormatDate(const chrono::year_month_day& d) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

std::string FormatDateTime(const chrono::year_month_day& d,
                           const TimeMatch& time) {
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

int64_t UnixSeconds(const chrono::year_month_day& d, const TimeMatch* time) {
  int64_t seconds =
      chrono::sys_seconds(chrono::sys_days(d)).time_since_epoch().count();
  if (time != nullptr) {
    seconds += time->hour * 3600 + time->minute * 60 + time->second;
    if (time->zone == ZoneKind::kOffset) seconds -= time->offset_minutes * 60;
  }
  return seconds;
}

bool IsAfterNow(int64_t seconds, const DateContext& ctx) {
  // Written so that no addition can overflow: `seconds` is bounded by year
  // 9999.
  return ctx.now_unix != 0 && seconds - heuristics::kFutureSlackSeconds > ctx.now_unix;
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
  return util::TruncateUtf8(path, heuristics::kMaxUrlDateBytes);
}

// A URL path date part stands between separators: "/2023/", "-12-".
bool BoundedInPath(const DateTokens& t, size_t begin, size_t end) {
  return (begin == 0 || t[begin - 1].kind == DateTokenKind::kPunct) &&
         (end >= t.size() || t[end].kind == DateTokenKind::kPunct);
}

}  // namespace

std::optional<std::string> ParseDate(std::string_view text,
                                     const DateContext& ctx) {
  std::optional<FoundDate> found = FindDate(text, ctx);
  if (!found) return std::nullopt;
  return std::move(found->iso);
}

std::optional<FoundDate> FindDate(std::string_view text,
                                  const DateContext& ctx) {
  text = util::TruncateUtf8(text, heuristics::kMaxDateScanBytes);
  const DateTokens tokens = TokenizeForDates(text);
  auto span = [&tokens, text](size_t first, size_t last, std::string iso) {
    FoundDate found;
    found.iso = std::move(iso);
    found.begin = static_cast<size_t>(tokens[first].raw.data() - text.data());
    found.end = static_cast<size_t>(tokens[last].raw.data() - text.data()) +
                tokens[last].raw.size();
    return found;
  };
  // A lone 10- or 13-digit number is a Unix timestamp (JSON-LD from some
  // CMSes); anything else numeric is read as a calendar date below.
  if (tokens.size() == 1 && tokens[0].kind == DateTokenKind::kNumber &&
      (tokens[0].digits == 10 || tokens[0].digits == 13)) {
    const int64_t seconds =
        tokens[0].digits == 13 ? tokens[0].value / 1000 : tokens[0].value;
    if (IsAfterNow(seconds, ctx)) return std::nullopt;
    std::optional<std::string> iso = DateFromUnix(seconds);
    if (!iso) return std::nullopt;
    return span(0, 0, std::move(*iso));
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    const DateMatch date = MatchDateAt(tokens, i, ctx);
    if (date.status == MatchStatus::kNone) continue;
    if (date.status == MatchStatus::kInvalid) {
      i = date.end - 1;  // skip the whole impossible date
      continue;
    }
    TimeMatch time = date.time;
    if (time.status == MatchStatus::kNone)
      time = FindTimeAfter(tokens, date.end);
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
    return span(date.begin, date.end - 1,
                has_time ? FormatDateTime(date.date, time)
                         : FormatDate(date.date));
  }
  return std::nullopt;
}

std::optional<std::string> DateFromUrl(std::string_view url) {
  const DateTokens t = TokenizeForDates(UrlPath(url));
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
               IsPunct(t, i + 3, t[i + 1].punct) && IsNumber(t, i + 4, 1, 2) &&
               BoundedInPath(t, i + 4, i + 5)) {
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
    if (found && y <= heuristics::kMaxCompactYear && IsValidDate(y, m, d)) {
      return FormatDate(chrono::year(y) / m / d);
    }
  }
  return std::nullopt;
}

std::optional<std::string> DateFromUnix(int64_t ts) {
  // 9999-12-31T23:59:59Z, the last moment the output format can carry.
  constexpr int64_t kMaxSeconds = 253402300799;
  if (ts < 0) return std::nullopt;
  if (ts > heuristics::kMinMillisecondsTimestamp) ts /= 1000;
  if (ts > kMaxSeconds) return std::nullopt;
  const int64_t days = ts / 86400;
  const int64_t rest = ts % 86400;
  const chrono::year_month_day date{chrono::sys_days{chrono::days{days}}};
  if (date.year() < chrono::year(heuristics::kMinYear) ||
      date.year() > chrono::year(kMaxYear)) {
    return std::nullopt;
  }
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