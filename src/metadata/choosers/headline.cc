// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/choosers/headline.h"

#include <vector>

#include "heuristics.h"
#include "util/text.h"
#include "util/utf8_case.h"

namespace artext::metadata {

using util::FoldForMatch;

namespace {

// Separators between a title and the site's name, with their spaces: a
// hyphen inside a word ("Covid-19") is not one.
constexpr std::string_view kSeparators[] = {
    " | ", " || ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
    " \xC2\xBB ", " \xC2\xB7 ", " / ", " \xE2\x80\xA2 "};

struct Split {
  size_t begin;  // separator start
  size_t end;    // separator end
};

std::vector<Split> Separators(std::string_view s) {
  std::vector<Split> out;
  for (size_t i = 0; i < s.size(); ++i) {
    for (std::string_view sep : kSeparators) {
      if (s.substr(i).starts_with(sep)) {
        out.push_back({i, i + sep.size()});
        i += sep.size() - 2;  // the trailing space may start the next one
        break;
      }
    }
  }
  return out;
}

// Letters and digits only, folded: "The-Verge.com" -> "thevergecom".
std::string Key(std::string_view s) {
  std::string folded = FoldForMatch(s);
  std::string key;
  for (unsigned char c : folded) {
    if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key += c;
  }
  return key;
}

bool NamesSite(std::string_view segment, const std::string& site_key) {
  std::string k = Key(segment);
  if (k.empty() || site_key.empty()) return false;
  if (k == site_key) return true;
  return (k.size() >= heuristics::kMinContainedSiteKey && site_key.find(k) != std::string::npos) ||
         (site_key.size() >= heuristics::kMinContainedSiteKey && k.find(site_key) != std::string::npos &&
          k.size() <= site_key.size() + 6);
}

}  // namespace

std::string TrimSiteName(std::string_view title, std::string_view site_name) {
  std::string site_key = Key(site_name);
  std::vector<Split> seps = Separators(title);
  if (seps.empty() || site_key.empty()) return std::string(title);
  if (NamesSite(title.substr(seps.back().end), site_key)) {
    return std::string(util::Trim(title.substr(0, seps.back().begin)));
  }
  if (NamesSite(title.substr(0, seps.front().begin), site_key)) {
    return std::string(util::Trim(title.substr(seps.front().end)));
  }
  return std::string(title);
}

std::string TrimBySeparators(std::string_view title) {
  std::vector<Split> seps;
  for (const Split& sp : Separators(title)) {
    // Only the separators that mark hierarchy in <title>; an em dash or a
    // middle dot joins two halves of a headline as often.
    std::string_view sep = title.substr(sp.begin, sp.end - sp.begin);
    if (sep == " | " || sep == " - " || sep == " \xE2\x80\x93 " ||
        sep == " / " || sep == " \xC2\xBB " || sep == " :: ") {
      seps.push_back(sp);
    }
  }
  if (seps.empty()) return std::string(title);
  std::string_view trimmed = util::Trim(title.substr(0, seps.back().begin));
  if (util::CountWords(trimmed) < heuristics::kMinTrimmedTitleWords) {
    // "Site - Headline": the site was in front.
    trimmed = util::Trim(title.substr(seps.front().end));
  }
  if (util::CountWords(trimmed) < heuristics::kMinTrimmedResultWords) {
    return std::string(title);
  }
  return std::string(trimmed);
}

std::optional<Candidate> ChooseHeadline(const PageFacts& facts,
                                        std::string_view site_name,
                                        bool trim_declared_titles) {
  std::string site_key = Key(site_name);
  for (const Candidate& c : facts.titles) {
    if (c.value.empty() || (!site_key.empty() && Key(c.value) == site_key)) {
      continue;  // the site's name is never the headline
    }
    std::string t = c.value;
    if (trim_declared_titles) {
      t = TrimSiteName(t, site_name);
      if (t == c.value) t = TrimBySeparators(t);
    }
    if (!t.empty()) return Candidate{std::move(t), c.source};
  }
  const std::string& title = facts.document_title;
  size_t length = util::CountChars(title);
  if (facts.h1s.size() == 1 && length > heuristics::kMaxTitleChars) {
    return Candidate{facts.h1s[0], "dom:h1"};
  }
  if (!title.empty() && (site_key.empty() || Key(title) != site_key)) {
    std::string t = TrimSiteName(title, site_name);
    if (t == title) t = TrimBySeparators(t);
    // A <title> of a few words beside a longer <h1> is the site's label
    // ("Example Gazette") or a stub of the headline ("Ferry back" for
    // "Ferry back in service"), not the article's title.
    bool label = !facts.h1s.empty() &&
                 util::CountWords(t) <= heuristics::kMaxSiteLabelWords &&
                 util::CountWords(facts.h1s[0]) > util::CountWords(t);
    if (label) return Candidate{facts.h1s[0], "dom:h1"};
    if (!t.empty()) return Candidate{std::move(t), "dom:title"};
  }
  if (!facts.h1s.empty()) return Candidate{facts.h1s[0], "dom:h1"};
  return std::nullopt;
}

}  // namespace artext::metadata
