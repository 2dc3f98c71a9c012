// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/headline.h"

#include <vector>

#include "metadata/utf8_case.h"
#include "util/text.h"

namespace artext::metadata {
namespace {

// Separators between a title and the site's name, with their spaces: a
// hyphen inside a word ("Covid-19") is not one.
constexpr std::string_view kSeparators[] = {
    " | ", " || ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
    " \xC2\xBB ", " \xC2\xB7 ", " / ", " \xE2\x80\xA2 "};

// A title keeps at least this many words when trimmed without a site name
// (Readability's _getArticleTitle uses the same bound).
constexpr int kMinTrimmedWords = 3;

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
  // "Site.com" for "Site", "The Site" for "Site"; both long enough not to
  // match by accident.
  constexpr size_t kMinContainedKey = 4;
  return (k.size() >= kMinContainedKey && site_key.find(k) != std::string::npos) ||
         (site_key.size() >= kMinContainedKey && k.find(site_key) != std::string::npos &&
          k.size() <= site_key.size() + 6);
}

bool Agrees(std::string_view h1, std::string_view title) {
  // True when `title` is `h1` plus separator-delimited segments.
  std::string h = Key(h1);
  if (h.empty()) return false;
  for (const Split& sp : Separators(title)) {
    if (Key(title.substr(0, sp.begin)) == h) return true;
    if (Key(title.substr(sp.end)) == h) return true;
  }
  return false;
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
  std::vector<Split> seps = Separators(title);
  if (seps.empty()) return std::string(title);
  std::string_view before_last = util::Trim(title.substr(0, seps.back().begin));
  if (util::CountWords(before_last) >= kMinTrimmedWords) {
    return std::string(before_last);
  }
  std::string_view after_first = util::Trim(title.substr(seps.front().end));
  std::string_view first = title.substr(0, seps.front().begin);
  if (util::CountWords(after_first) >= kMinTrimmedWords &&
      util::CountWords(first) < util::CountWords(after_first)) {
    return std::string(after_first);
  }
  return std::string(title);
}

std::optional<Chosen> ChooseHeadline(const PageFacts& facts,
                                     std::string_view site_name,
                                     bool trim_declared_titles) {
  std::string site_key = Key(site_name);
  std::optional<Chosen> chosen;
  for (const Candidate& c : facts.titles) {
    if (c.value.empty() || (!site_key.empty() && Key(c.value) == site_key)) {
      continue;  // the site's name is never the headline
    }
    std::string t = TrimSiteName(c.value, site_name);
    if (trim_declared_titles && t == c.value) t = TrimBySeparators(t);
    if (t.empty()) continue;
    chosen = Chosen{std::move(t), c.source};
    break;
  }
  if (!chosen && !facts.document_title.empty() &&
      (site_key.empty() || Key(facts.document_title) != site_key)) {
    std::string t = TrimSiteName(facts.document_title, site_name);
    if (t == facts.document_title) t = TrimBySeparators(t);
    if (!t.empty()) chosen = Chosen{std::move(t), "dom:title"};
  }
  for (const std::string& h1 : facts.h1s) {
    if (!chosen) return Chosen{h1, "dom:h1"};
    if (Agrees(h1, chosen->value)) return Chosen{h1, "dom:h1"};
  }
  return chosen;
}

}  // namespace artext::metadata
