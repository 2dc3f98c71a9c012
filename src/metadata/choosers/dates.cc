// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/choosers/dates.h"

#include <chrono>
#include <cstdio>
#include <vector>

#include "heuristics.h"
#include "metadata/parsers/date_parse.h"

namespace artext::metadata {
namespace {

struct Parsed {
  std::string iso;
  std::string ambiguous_other;  // the other reading, when the order mattered
  std::string source;
  size_t text_bytes = 0;  // of the text it was read from
};

std::string_view Day(std::string_view iso) { return iso.substr(0, 10); }
std::string_view Month(std::string_view iso) { return iso.substr(0, 7); }

bool HasTime(std::string_view iso) { return iso.size() > 10; }

int Digits(std::string_view s, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

// Seconds since the epoch of a ParseDate result with a zone
// ("YYYY-MM-DDTHH:MM:SSZ" or "...+HH:MM"); nullopt without one.
std::optional<int64_t> Instant(std::string_view iso) {
  if (iso.size() < 20) return std::nullopt;
  const std::chrono::sys_days day(std::chrono::year(Digits(iso, 0, 4)) /
                                  Digits(iso, 5, 2) / Digits(iso, 8, 2));
  int64_t t = std::chrono::sys_seconds(day).time_since_epoch().count() +
              Digits(iso, 11, 2) * 3600 + Digits(iso, 14, 2) * 60 +
              Digits(iso, 17, 2);
  if (iso[19] == 'Z') return t;
  if (iso.size() < 25 || (iso[19] != '+' && iso[19] != '-')) return std::nullopt;
  int offset = Digits(iso, 20, 2) * 3600 + Digits(iso, 23, 2) * 60;
  return iso[19] == '+' ? t - offset : t + offset;
}

std::vector<Parsed> ParseAll(const std::vector<Candidate>& candidates,
                             const DateContext& base) {
  std::vector<Parsed> out;
  for (const Candidate& c : candidates) {
    DateContext month_first = base;
    month_first.prefer_day_first = false;
    DateContext day_first = base;
    day_first.prefer_day_first = true;
    std::optional<std::string> m = ParseDate(c.value, month_first);
    std::optional<std::string> d = ParseDate(c.value, day_first);
    if (!m && !d) continue;
    Parsed p;
    p.source = c.source;
    p.text_bytes = c.value.size();
    if (m && d && *m != *d) {
      // Ambiguous: keep the language's reading for now, the other aside.
      p.iso = base.prefer_day_first ? *d : *m;
      p.ambiguous_other = base.prefer_day_first ? *m : *d;
    } else {
      p.iso = m ? *m : *d;
    }
    out.push_back(std::move(p));
  }
  return out;
}

// Re-reads ambiguous dates against the anchors: the URL's date first, then
// the unambiguous dates of the other candidates.
void ResolveAmbiguous(std::vector<Parsed>* list,
                      const std::vector<Parsed>& others,
                      const std::optional<std::string>& url_date) {
  std::vector<std::string> anchors;
  if (url_date) anchors.push_back(*url_date);
  for (const std::vector<Parsed>* l : {static_cast<const std::vector<Parsed>*>(list), &others}) {
    for (const Parsed& p : *l) {
      if (p.ambiguous_other.empty()) anchors.push_back(p.iso);
    }
  }
  for (Parsed& p : *list) {
    if (p.ambiguous_other.empty()) continue;
    for (const std::string& a : anchors) {
      if (Day(a) == Day(p.iso)) break;
      if (Day(a) == Day(p.ambiguous_other) ||
          (Month(a) == Month(p.ambiguous_other) && Month(a) != Month(p.iso))) {
        std::swap(p.iso, p.ambiguous_other);
        break;
      }
    }
  }
}

// Seconds from UTC of a ParseDate result's offset: 0 for "Z" and "+00:00",
// nullopt without a zone.
std::optional<int> OffsetSeconds(std::string_view iso) {
  if (iso.size() < 20) return std::nullopt;
  if (iso[19] == 'Z') return 0;
  if (iso.size() < 25 || (iso[19] != '+' && iso[19] != '-')) return std::nullopt;
  const int offset = Digits(iso, 20, 2) * 3600 + Digits(iso, 23, 2) * 60;
  return iso[19] == '+' ? offset : -offset;
}

// "Z" or "+00:00": a UTC stamp, which says nothing of the page's own day.
bool IsUtc(std::string_view iso) { return OffsetSeconds(iso) == 0; }

// Seconds since the epoch of a local stamp ("YYYY-MM-DDTHH:MM:SS", no
// zone) read as if it were UTC; nullopt for any other form.
std::optional<int64_t> LocalSeconds(std::string_view iso) {
  if (iso.size() != 19) return std::nullopt;
  return Instant(std::string(iso) + "Z");
}

// `local` written with the UTC offset `offset` (seconds).
std::string WithOffset(std::string_view local, int64_t offset) {
  const int64_t abs_offset = offset < 0 ? -offset : offset;
  char buf[8];
  std::snprintf(buf, sizeof(buf), "%c%02d:%02d", offset < 0 ? '-' : '+',
                static_cast<int>(abs_offset / 3600),
                static_cast<int>(abs_offset / 60 % 60));
  return std::string(local) + buf;
}

// Whether `offset` (seconds) is a time zone's: UTC-12 to UTC+14, in whole
// or half hours, or one of the three zones at :45 (Nepal, Chatham, Eucla).
bool IsZoneOffset(int64_t offset) {
  constexpr int64_t kHour = 3600;
  if (offset == 0 || offset < -12 * kHour || offset > 14 * kHour) return false;
  if (offset % (kHour / 2) == 0) return true;
  return offset == 5 * kHour + 45 * 60 || offset == 8 * kHour + 45 * 60 ||
         offset == 12 * kHour + 45 * 60;
}

// A local stamp on the page that is the UTC moment `t` in some time zone:
// the two differ by a zone's offset (a minute's slack, for the seconds one
// of them leaves out). Returns it with that offset: "2016-12-22T18:47:00"
// and "2016-12-23T00:47:31Z" give "2016-12-22T18:47:00-06:00".
std::optional<std::string> LocalFormOf(
    int64_t t, const std::vector<const std::vector<Parsed>*>& lists) {
  constexpr int64_t kQuarter = 15 * 60;
  constexpr int64_t kSlack = 60;
  for (const std::vector<Parsed>* l : lists) {
    for (const Parsed& p : *l) {
      const std::optional<int64_t> local = LocalSeconds(p.iso);
      if (!local) continue;
      const int64_t diff = *local - t;
      const int64_t offset =
          (diff + (diff < 0 ? -kQuarter : kQuarter) / 2) / kQuarter * kQuarter;
      if (!IsZoneOffset(offset) || diff - offset > kSlack ||
          offset - diff > kSlack) {
        continue;
      }
      return WithOffset(p.iso, offset);
    }
  }
  return std::nullopt;
}

// The best form of the winner's date. A winner in UTC takes the form of a
// candidate that gives the same moment with the page's own offset
// ("2017-02-23T17:18:13-08:00" rather than "2017-02-24T01:18:13Z"), or of a
// local stamp that is the same moment in the page's time zone (see
// LocalFormOf): its day is the one the page prints. A winner with a date
// only takes the time and offset of a candidate on the same day
// ("2023-10-12" and "2023-10-12T20:00+09:00").
Candidate BestForm(const Parsed& winner,
                   const std::vector<const std::vector<Parsed>*>& lists) {
  const std::optional<int64_t> t = Instant(winner.iso);
  if (t && winner.iso.ends_with('Z')) {
    for (const std::vector<Parsed>* l : lists) {
      for (const Parsed& p : *l) {
        if (!IsUtc(p.iso) && Instant(p.iso) == t) {
          return Candidate{p.iso, winner.source};
        }
      }
    }
  }
  if (t && IsUtc(winner.iso)) {
    if (std::optional<std::string> local = LocalFormOf(*t, lists)) {
      return Candidate{std::move(*local), winner.source};
    }
  }
  if (!HasTime(winner.iso)) {
    for (const std::vector<Parsed>* l : lists) {
      for (const Parsed& p : *l) {
        if (Day(p.iso) == Day(winner.iso) && HasTime(p.iso)) {
          return Candidate{p.iso, winner.source};
        }
      }
    }
  }
  return Candidate{winner.iso, winner.source};
}

// The first candidate, or the first on the URL's day when the URL has a
// date and the first falls on another day.
const Parsed* Pick(const std::vector<Parsed>& list,
                   const std::optional<std::string>& url_date) {
  if (list.empty()) return nullptr;
  const Parsed* winner = &list[0];
  if (url_date && Day(winner->iso) != Day(*url_date)) {
    for (const Parsed& p : list) {
      if (Day(p.iso) == Day(*url_date)) return &p;
    }
  }
  return winner;
}

// Sources whose date is the article's less often than the dateline printed
// with the headline: the generic meta names templates fill with a save or
// build date ("date", "dc.date"), and the text of visible elements found by
// class name anywhere on the page. A <time datetime> stamp is deliberate
// and stays above the printed text.
bool IsGenericSource(std::string_view source) {
  return source == "meta:date" || source == "meta:dc.date" ||
         source == "meta:dcterms.date" || source == "meta:dc.date.created" ||
         source == "meta:dcterms.created" || source == "dom:dateline" ||
         source == "dom:byline";
}

const Parsed* FindSource(const std::vector<Parsed>& list,
                         std::string_view source) {
  for (const Parsed& p : list) {
    if (p.source == source) return &p;
  }
  return nullptr;
}

// The printed dateline instead of the declared winner, when they disagree
// on the day and the winner comes from a generic source.
bool PrintedOutranks(const Parsed& printed, const Parsed& declared) {
  return Day(printed.iso) != Day(declared.iso) &&
         IsGenericSource(declared.source);
}

// Dates read from the page's printed elements rather than declared for it
// in JSON-LD or <meta>.
bool IsPrintedSource(std::string_view source) {
  return source.starts_with("dom:") || source == "microdata";
}

// Days since the epoch of a ParseDate result's calendar day.
int64_t DayNumber(std::string_view iso) {
  const std::chrono::sys_days day(std::chrono::year(Digits(iso, 0, 4)) /
                                  Digits(iso, 5, 2) / Digits(iso, 8, 2));
  return day.time_since_epoch().count();
}

// The earliest day a reader anywhere could see `iso` printed as: the day
// of the moment in UTC-12 when it has a zone, else the day before its own
// (its zone unknown).
int64_t EarliestLocalDay(std::string_view iso) {
  constexpr int64_t kDay = 86400;
  constexpr int64_t kWestmostOffset = 12 * 3600;
  if (const std::optional<int64_t> t = Instant(iso)) {
    const int64_t local = *t - kWestmostOffset;
    return (local >= 0 ? local : local - kDay + 1) / kDay;
  }
  return DayNumber(iso) - 1;
}

// The dateline printed with the headline instead of a declared winner
// that falls after it, on a day no time zone gives the declared moment:
// the page still says when the article first appeared, and the declared
// date is when the CMS published it again (a move to a new system, a
// refresh, a re-import). Only a short line, a dateline rather than a
// sentence of the text that names a day, and never against the URL's
// date.
bool PrintedPredates(const Parsed& printed, const Parsed& declared,
                     const std::optional<std::string>& url_date) {
  return !IsPrintedSource(declared.source) &&
         printed.text_bytes <= heuristics::kMaxDatelineBytes &&
         DayNumber(printed.iso) < EarliestLocalDay(declared.iso) &&
         (!url_date || Day(*url_date) == Day(printed.iso));
}

// Whether the day number of some printed candidate of `lists` passes
// `test`.
template <typename DayTest>
bool AnyPrintedDay(const std::vector<const std::vector<Parsed>*>& lists,
                   DayTest test) {
  for (const std::vector<Parsed>* l : lists) {
    for (const Parsed& p : *l) {
      if (IsPrintedSource(p.source) && test(DayNumber(p.iso))) return true;
    }
  }
  return false;
}

// Whether a printed candidate of `lists` falls two days or more from
// `winner`: the page prints a list of dated items (teasers, versions,
// comments). A day's difference is a UTC stamp beside a local dateline.
bool PrintsOtherDays(const Parsed& winner,
                     const std::vector<const std::vector<Parsed>*>& lists) {
  const int64_t day = DayNumber(winner.iso);
  return AnyPrintedDay(lists, [day](int64_t other) {
    return other > day + 1 || other < day - 1;
  });
}

// Whether a printed candidate of `lists` falls within a day of `winner`
// (a day's slack for a UTC stamp beside a local dateline).
bool PrintsDayNear(const Parsed& winner,
                   const std::vector<const std::vector<Parsed>*>& lists) {
  const int64_t day = DayNumber(winner.iso);
  return AnyPrintedDay(lists, [day](int64_t other) {
    return other <= day + 1 && other >= day - 1;
  });
}

}  // namespace

ChosenDates ChooseDates(const PageFacts& facts, std::string_view url,
                        std::string_view language, int64_t now_unix) {
  std::optional<std::string> url_date = DateFromUrl(url);
  for (size_t i = 0; !url_date && i < facts.urls.size(); ++i) {
    url_date = DateFromUrl(facts.urls[i].value);
  }
  if (url_date && now_unix != 0) {
    // The URL's date obeys the same future rule as every other date.
    DateContext check;
    check.now_unix = now_unix;
    if (!ParseDate(*url_date, check)) url_date.reset();
  }
  DateContext ctx;
  ctx.language = std::string(language);
  ctx.now_unix = now_unix;
  ctx.prefer_day_first = LanguagePrefersDayFirst(language);

  std::vector<Parsed> published = ParseAll(facts.published, ctx);
  std::vector<Parsed> modified = ParseAll(facts.modified, ctx);
  std::vector<Parsed> area = ParseAll(facts.headline_area_dates, ctx);
  ResolveAmbiguous(&published, modified, url_date);
  ResolveAmbiguous(&modified, published, url_date);
  std::vector<Parsed> declared = published;
  declared.insert(declared.end(), modified.begin(), modified.end());
  ResolveAmbiguous(&area, declared, url_date);
  const std::vector<const std::vector<Parsed>*> all = {&published, &modified,
                                                       &area};

  const Parsed* modified_winner = Pick(modified, std::nullopt);
  const Parsed* printed = FindSource(area, "dom:headline-area");
  const Parsed* printed_update = FindSource(area, "dom:headline-area-updated");
  // An update printed anywhere on the page (a dateline or <time> found by
  // class or label): the only date a page that declares none may give.
  if (!printed_update) {
    for (const Parsed& p : modified) {
      if (IsPrintedSource(p.source)) {
        printed_update = &p;
        break;
      }
    }
  }
  const Parsed* winner = Pick(published, url_date);
  if (!winner) {
    // Nothing declared: the dateline printed under the headline, then the
    // URL's date, then a dateline that says it is an update (the only date
    // the page gives).
    if (printed && (!url_date || Day(printed->iso) == Day(*url_date))) {
      winner = printed;
    }
  } else if (printed && (PrintedOutranks(*printed, *winner) ||
                         PrintedPredates(*printed, *winner, url_date))) {
    winner = printed;
  }

  ChosenDates out;
  if (winner) {
    out.published_unprinted = !IsPrintedSource(winner->source) &&
                              !PrintsDayNear(*winner, {&published, &area});
    out.published = BestForm(*winner, all);
    out.published_among_teasers =
        IsPrintedSource(winner->source) &&
        (!url_date || Day(winner->iso) != Day(*url_date)) &&
        PrintsOtherDays(*winner, {&published, &area});
  } else if (url_date) {
    out.published = Candidate{*url_date, "url"};
  } else if (printed || printed_update) {
    out.published = BestForm(printed ? *printed : *printed_update, all);
    out.published_is_update = !printed;
    out.published_among_teasers = PrintsOtherDays(
        printed ? *printed : *printed_update, {&published, &area});
  }
  if (modified_winner) {
    out.modified = BestForm(*modified_winner, {&modified, &published});
  } else if (printed_update) {
    out.modified = BestForm(*printed_update, all);
  }
  if (out.published && out.modified &&
      Day(out.modified->value) < Day(out.published->value)) {
    out.modified.reset();
  }
  return out;
}

}  // namespace artext::metadata
