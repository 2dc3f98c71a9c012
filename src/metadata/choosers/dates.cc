// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/choosers/dates.h"

#include <chrono>
#include <vector>

#include "metadata/parsers/date_parse.h"

namespace artext::metadata {
namespace {

struct Parsed {
  std::string iso;
  std::string ambiguous_other;  // the other reading, when the order mattered
  std::string source;
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

bool IsUtc(std::string_view iso) { return iso.ends_with('Z'); }

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

std::optional<Candidate> Pick(const std::vector<Parsed>& list,
                              const std::optional<std::string>& url_date) {
  if (list.empty()) return std::nullopt;
  const Parsed* winner = &list[0];
  if (url_date && Day(winner->iso) != Day(*url_date)) {
    for (const Parsed& p : list) {
      if (Day(p.iso) == Day(*url_date)) {
        winner = &p;
        break;
      }
    }
  }
  if (IsUtc(winner->iso)) {
    // The same moment written with the page's own offset is the better
    // form: "2017-02-23T17:18:13-08:00" rather than "2017-02-24T01:18:13Z".
    std::optional<int64_t> t = Instant(winner->iso);
    for (const Parsed& p : list) {
      if (!IsUtc(p.iso) && t && Instant(p.iso) == t) {
        return Candidate{p.iso, winner->source};
      }
    }
  }
  if (!HasTime(winner->iso)) {
    for (const Parsed& p : list) {
      if (Day(p.iso) == Day(winner->iso) && HasTime(p.iso)) {
        return Candidate{p.iso, winner->source};
      }
    }
  }
  return Candidate{winner->iso, winner->source};
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
  ResolveAmbiguous(&published, modified, url_date);
  ResolveAmbiguous(&modified, published, url_date);

  ChosenDates out;
  out.published = Pick(published, url_date);
  if (!out.published) {
    // The dateline printed under the headline, read by its shape: below
    // every declared or classed date, above the URL's.
    std::vector<Parsed> area = ParseAll(facts.headline_area_dates, ctx);
    ResolveAmbiguous(&area, modified, url_date);
    out.published = Pick(area, url_date);
  }
  if (!out.published && url_date) out.published = Candidate{*url_date, "url"};
  out.modified = Pick(modified, std::nullopt);
  if (out.published && out.modified &&
      Day(out.modified->value) < Day(out.published->value)) {
    out.modified.reset();
  }
  return out;
}

}  // namespace artext::metadata
