// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/choosers/site_names.h"

#include <cctype>

#include "heuristics.h"
#include "lexicon/lexicon.h"
#include "metadata/parsers/byline_text.h"
#include "util/char_class.h"
#include "util/url.h"
#include "util/utf8.h"
#include "util/utf8_case.h"

namespace artext::metadata {

namespace {

// Folded letters and digits of `s`: "USA TODAY" -> "usatoday", "DW.COM" ->
// "dwcom", "t-online" -> "tonline".
std::string Squash(std::string_view s) {
  const std::string folded = util::FoldForMatch(s);
  std::string out;
  for (size_t pos = 0; pos < folded.size();) {
    const size_t at = pos;
    const char32_t c = util::DecodeUtf8(folded, &pos);
    if (byline::IsLetter(c) || util::IsDigitChar(c)) out.append(folded, at, pos - at);
  }
  return out;
}

void AddKey(std::string key, std::vector<std::string>* keys) {
  if (key.size() < heuristics::kMinSiteKeyChars) return;
  for (const std::string& k : *keys) {
    if (k == key) return;
  }
  if (key.starts_with("the") && key.size() >= 3 + heuristics::kMinSiteKeyChars) {
    keys->push_back(key.substr(3));
  }
  keys->push_back(std::move(key));
}

// "https://www.sub.example.co.uk:80/x" -> "example": the label before the
// public suffix, taking a two-letter country code after a short second
// level ("co.uk", "com.au") as one suffix.
std::string DomainLabel(std::string_view url) {
  std::string_view host = util::UrlHost(url);
  std::vector<std::string_view> labels;
  size_t i = 0;
  while (i <= host.size()) {
    size_t dot = host.find('.', i);
    if (dot == std::string_view::npos) dot = host.size();
    labels.push_back(host.substr(i, dot - i));
    i = dot + 1;
  }
  if (labels.size() < 2) return {};
  size_t label = labels.size() - 2;
  if (labels.size() >= 3 && labels.back().size() == 2 && labels[label].size() <= 3) --label;
  return std::string(labels[label]);
}

bool IsKey(const std::string& squashed, const std::vector<std::string>& keys) {
  if (squashed.size() < heuristics::kMinSiteKeyChars) return false;
  for (const std::string& k : keys) {
    if (k == squashed) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> SiteKeys(const PageFacts& facts, std::string_view page_url) {
  std::vector<std::string> keys;
  for (const Candidate& c : facts.site_names) AddKey(Squash(c.value), &keys);
  AddKey(Squash(DomainLabel(page_url)), &keys);
  return keys;
}

bool NamesSite(std::string_view name, const std::vector<std::string>& keys) {
  if (keys.empty()) return false;
  if (IsKey(Squash(name), keys)) return true;
  if (NamesSiteAccount(name, keys)) return true;
  // "Deutsche Welle" on dw.com: a publisher known by its initials.
  const byline::Words words = byline::SplitSpaces(name);
  if (words.size() < 2) return false;
  std::string initials;
  for (const std::string& w : words) {
    size_t pos = 0;
    util::AppendUtf8(util::DecodeUtf8(w, &pos), &initials);
  }
  return IsKey(Squash(initials), keys);
}

bool NamesSiteAccount(std::string_view name, const std::vector<std::string>& keys) {
  // CMSes create such accounts for the newsroom ("<Site> D[esk]") and
  // pages print them as bylines.
  const byline::Words words = byline::SplitSpaces(name);
  if (words.size() != 2) return false;
  std::string_view initial = words[1];
  if (initial.ends_with('.')) initial.remove_suffix(1);
  if (initial.size() != 1 || !std::isalpha(static_cast<unsigned char>(initial[0]))) {
    return false;
  }
  const std::string stem = Squash(words[0]);
  if (stem.size() < heuristics::kMinSiteKeyChars) return false;
  for (const std::string& k : keys) {
    if (k == stem ||
        (k.starts_with(stem) && lexicon::kOrganisationWords.Contains(k.substr(stem.size())))) {
      return true;
    }
  }
  return false;
}

std::string WithoutSiteSuffix(std::string_view name, const std::vector<std::string>& keys) {
  const byline::Words words = byline::SplitSpaces(name);
  // Two words at least stay: "Sam Bossley" on sambossley.com keeps his
  // name, "Team SimplyThrilled" its word.
  for (size_t k = 2; k < words.size(); ++k) {
    std::string tail;
    for (size_t i = k; i < words.size(); ++i) tail += words[i];
    if (!IsKey(Squash(tail), keys)) continue;
    std::string out;
    for (size_t i = 0; i < k; ++i) {
      if (i) out += ' ';
      out += words[i];
    }
    return out;
  }
  return std::string(name);
}

}  // namespace artext::metadata
