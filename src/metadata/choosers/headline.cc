// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/choosers/headline.h"

#include <cctype>
#include <set>
#include <vector>

#include "heuristics.h"
#include "util/char_class.h"
#include "util/text.h"
#include "util/url.h"
#include "util/utf8.h"
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
  bool bracket = false;  // an opening bracket: only an affix follows it
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

// The names a title affix may give the site by: its name, the label of its
// domain ("rollingstone") and its host ("rp.pl", "n-tv.de"), as Keys.
struct SiteKeys {
  std::string site;
  std::string domain;
  std::string host;
};

// The host of `url` without "www.": "https://www.rp.pl/x" -> "rp.pl".
std::string_view HostOf(std::string_view url) {
  std::string_view host = util::UrlHost(url);
  if (host.starts_with("www.")) host.remove_prefix(4);
  return host;
}

// `text` is the site's name, its domain's label or its host.
bool NamesSiteByAnyName(std::string_view text, const SiteKeys& keys) {
  if (!keys.site.empty() && NamesSite(text, keys.site)) return true;
  std::string k = Key(text);
  return !k.empty() && (k == keys.domain || k == keys.host);
}

// `text` is, letter for letter, the site's name, domain label or host: a
// declared title of that is no headline ("Western Journalism" on
// westernjournalism.com), but "Buses | Gazette" is.
bool IsExactlySite(std::string_view text, const SiteKeys& keys) {
  std::string k = Key(text);
  return !k.empty() && (k == keys.site || k == keys.domain || k == keys.host);
}

// Punctuation and symbols, which a heading and its title may write
// differently ("Beginner's" and "Beginner’s", "「Treeviz」" and "Treeviz").
bool IsMarkCodePoint(char32_t c) {
  return (c < 0x80 && !util::IsAsciiLetter(c) && !util::IsDigitChar(c)) ||
         (c >= 0x80 && c <= 0xBF) || (c >= 0x2000 && c <= 0x2BFF) ||
         util::block::kCjkSymbolsAndPunctuation.Contains(c) ||
         c == util::kKatakanaMiddleDot || (c >= 0xFE30 && c <= 0xFE6F) ||
         (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

// Folded letters and digits only, for comparing a heading with a segment
// of a title whatever their quotes, dashes, spaces and case.
std::string MatchKey(std::string_view s) {
  std::string folded = FoldForMatch(s);
  std::string key;
  size_t i = 0;
  while (i < folded.size()) {
    char32_t c = util::DecodeUtf8(folded, &i, util::Utf8Check::kLenient);
    if (!IsMarkCodePoint(c)) util::AppendUtf8(c, &key);
  }
  return key;
}

// What follows the opening of `s` whose MatchKey is `key_bytes` long.
std::string_view AfterKeyPrefix(std::string_view s, size_t key_bytes) {
  size_t have = 0;
  size_t i = 0;
  while (i < s.size() && have < key_bytes) {
    size_t at = i;
    util::DecodeUtf8(s, &i, util::Utf8Check::kLenient);
    have += MatchKey(s.substr(at, i - at)).size();
  }
  return s.substr(i);
}

// The words of `s`, folded; a character of a script written without spaces
// is a word of its own.
std::vector<std::string> MatchWords(std::string_view s) {
  std::string folded = FoldForMatch(s);
  std::vector<std::string> words;
  std::string word;
  size_t i = 0;
  while (i < folded.size()) {
    char32_t c = util::DecodeUtf8(folded, &i, util::Utf8Check::kLenient);
    bool unspaced = util::IsUnspacedScript(c);
    if (IsMarkCodePoint(c) || unspaced) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
      if (unspaced) {
        std::string one;
        util::AppendUtf8(c, &one);
        words.push_back(std::move(one));
      }
      continue;
    }
    util::AppendUtf8(c, &word);
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Where a <title> or og:title may be cut between the headline and an affix
// ("Headline | Site", "Section: Headline", "見出し：サイト", "Headline
// (Site)"): the separators of kSeparators, a colon, an opening bracket and
// the full-width separators of CJK titles, which go without spaces.
std::vector<Split> CutPoints(std::string_view s) {
  static constexpr std::string_view kMoreCuts[] = {
      ": ", "\xEF\xBC\x9A" /* ： */, "\xEF\xBD\x9C" /* ｜ */,
      "\xEF\xBC\x8D" /* － */, " (", "\xEF\xBC\x88" /* （ */};
  std::vector<Split> out = Separators(s);
  for (std::string_view cut : kMoreCuts) {
    for (size_t at = s.find(cut); at != std::string_view::npos;
         at = s.find(cut, at + 1)) {
      // An opening bracket starts the affix; the others are cut out.
      bool bracket = cut == " (" || cut == "\xEF\xBC\x88";
      out.push_back({at, bracket ? at + cut.size() - 1 : at + cut.size(),
                     bracket});
    }
  }
  return out;
}

}  // namespace

bool IsHeadlineSegment(std::string_view title, std::string_view heading) {
  std::string want = MatchKey(heading);
  if (want.empty()) return false;
  int heading_words = util::CountWords(heading);
  for (const Split& cut : CutPoints(title)) {
    std::string_view before = title.substr(0, cut.begin);
    std::string_view after = title.substr(cut.end);
    // "Headline | Site": the affix may be long ("Full Text View -
    // ClinicalTrials.gov"), but not so long that the heading is the site's
    // name before the real headline ("Site - A long headline").
    if (MatchKey(before) == want && !MatchKey(after).empty() &&
        util::CountWords(after) <=
            heuristics::kMaxTitleAffixToHeadingRatio * heading_words) {
      return true;
    }
    // "Section: Headline", "r/Forum - Headline": a short label in front.
    if (!cut.bracket && MatchKey(after) == want && !MatchKey(before).empty() &&
        util::CountWords(before) <= heuristics::kMaxTitleLabelWords) {
      return true;
    }
  }
  return false;
}

double SharedWordShare(std::string_view heading, std::string_view title) {
  std::vector<std::string> words = MatchWords(heading);
  if (words.empty()) return 0;
  std::vector<std::string> title_words = MatchWords(title);
  std::set<std::string> in_title(title_words.begin(), title_words.end());
  int shared = 0;
  for (const std::string& w : words) shared += in_title.count(w) ? 1 : 0;
  return static_cast<double>(shared) / static_cast<double>(words.size());
}

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

namespace {

// The element of h1s[i] and its place; facts built by hand (tests) may
// give the texts alone.
const dom::Node* H1Node(const PageFacts& facts, size_t i) {
  return i < facts.h1_nodes.size() ? facts.h1_nodes[i] : nullptr;
}
bool H1InArticle(const PageFacts& facts, size_t i) {
  return i < facts.h1_in_article.size() && facts.h1_in_article[i];
}

// "Headline | Learn web development | MDN", "Headline — Healthy For Life
// Meals": the part after the headline names the site, or is itself a
// chain of segments, so however long it runs it is no headline of its own.
bool IsSiteAffix(std::string_view affix, const SiteKeys& keys) {
  if (!Separators(affix).empty()) return true;
  std::string k = Key(affix);
  for (const std::string* key : {&keys.site, &keys.domain, &keys.host}) {
    if (key->size() >= heuristics::kMinContainedSiteKey &&
        k.find(*key) != std::string::npos) {
      return true;
    }
  }
  return false;
}

// `heading` opens `title` before a separator and what follows is the
// site's (IsSiteAffix), for an affix longer than IsHeadlineSegment allows.
bool OpensTitleBeforeSiteAffix(std::string_view title, std::string_view heading,
                               const SiteKeys& keys) {
  std::string want = MatchKey(heading);
  if (want.empty()) return false;
  for (const Split& cut : Separators(title)) {
    if (MatchKey(title.substr(0, cut.begin)) == want &&
        IsSiteAffix(title.substr(cut.end), keys)) {
      return true;
    }
  }
  return false;
}

// The page's own <h1> for a title that is that <h1> with an affix ("Headline
// | Site", "Section: Headline"): the reader sees the <h1>. Null when no
// <h1> is such a segment.
std::optional<Candidate> HeadingInTitle(const PageFacts& facts,
                                        std::string_view title,
                                        const SiteKeys& keys) {
  for (size_t i = 0; i < facts.h1s.size(); ++i) {
    const std::string& h = facts.h1s[i];
    if (NamesSiteByAnyName(h, keys)) continue;
    if (IsHeadlineSegment(title, h) ||
        (H1InArticle(facts, i) && OpensTitleBeforeSiteAffix(title, h, keys))) {
      return Candidate{h, "dom:h1", H1Node(facts, i)};
    }
  }
  return std::nullopt;
}

// The first <h1> of the article's area that is not the site's name.
std::optional<size_t> FirstArticleHeading(const PageFacts& facts,
                                          const SiteKeys& keys) {
  for (size_t i = 0; i < facts.h1s.size(); ++i) {
    if (H1InArticle(facts, i) && !NamesSiteByAnyName(facts.h1s[i], keys)) return i;
  }
  return std::nullopt;
}

// The first <h1> of the article's area beside a title, with the MatchKeys
// of both: what HeadingInDeclaredTitle and RewordedHeading compare.
struct HeadingBesideTitle {
  const std::string& text;
  Candidate candidate;
  std::string heading_key;
  std::string title_key;
};
std::optional<HeadingBesideTitle> ArticleHeadingBeside(const PageFacts& facts,
                                                       std::string_view title,
                                                       const SiteKeys& keys) {
  std::optional<size_t> i = FirstArticleHeading(facts, keys);
  if (!i) return std::nullopt;
  const std::string& h = facts.h1s[*i];
  return HeadingBesideTitle{h, Candidate{h, "dom:h1", H1Node(facts, *i)},
                            MatchKey(h), MatchKey(title)};
}

// The <h1> of the article's area where a declared title is its opening
// cut short ("Pros and Cons of Tiny House Living" for the printed "Pros
// and Cons of Tiny House Living: Why Live in a Tiny House?"), or that
// title is the <h1> behind a few words and no separator ("Shop Standing
// Desks", "15 Critical Security Tips for Small Businesses" for "Security
// Tips for Small Businesses"): the reader sees the <h1>.
std::optional<Candidate> HeadingInDeclaredTitle(const PageFacts& facts,
                                                std::string_view title,
                                                const SiteKeys& keys) {
  std::optional<HeadingBesideTitle> a = ArticleHeadingBeside(facts, title, keys);
  if (!a) return std::nullopt;
  const std::string& h = a->text;
  if (a->title_key.empty() || a->heading_key.empty() ||
      a->heading_key == a->title_key) {
    return std::nullopt;
  }
  if (a->heading_key.starts_with(a->title_key)) {
    // "Headline (latimes.com) 87": a bracket opens an aside, not more of
    // the headline.
    std::string_view rest = util::Trim(AfterKeyPrefix(h, a->title_key.size()));
    if (rest.starts_with('(') || rest.starts_with('[')) return std::nullopt;
    return a->candidate;
  }
  int lead_words = util::CountWords(title) - util::CountWords(h);
  if (a->title_key.ends_with(a->heading_key) && util::CountWords(h) >= 2 &&
      lead_words <= heuristics::kMaxTitleLabelWords) {
    return a->candidate;
  }
  return std::nullopt;
}

// Words of `heading` of kMinContentWordChars letters or more that `title`
// has too: the story's names and nouns, not its "the" and "of".
int SharedContentWords(std::string_view heading, std::string_view title) {
  std::vector<std::string> title_words = MatchWords(title);
  std::set<std::string> in_title(title_words.begin(), title_words.end());
  std::set<std::string> shared;
  for (const std::string& w : MatchWords(heading)) {
    if (util::CountChars(w) >= heuristics::kMinContentWordChars && in_title.count(w)) {
      shared.insert(w);
    }
  }
  return static_cast<int>(shared.size());
}

// The printed headline where <title> words it otherwise for search engines
// ("Amazon Alexa: 6 Gadgets ..." printed "Here Are 6 Gadgets ..."): the
// first <h1> in the article's area that is neither the site's name nor an
// affix of the title, and shares enough of its words with the title to be
// the same story: a share of them, or a few names and nouns ("Dylann Roof
// Convicted Of Charleston Church Massacre" printed "Jury Finds Dylann Roof
// Guilty In S.C. Church Shooting"). Only beside <title>: a declared
// headline is the publisher's own choice among its wordings, unless another
// declared one is printed (PrintedAmongDeclaredTitles).
std::optional<Candidate> RewordedHeading(const PageFacts& facts,
                                         std::string_view title,
                                         const SiteKeys& keys) {
  std::optional<HeadingBesideTitle> a = ArticleHeadingBeside(facts, title, keys);
  if (!a) return std::nullopt;
  const std::string& h = a->text;
  // The <h1> with more words after it but no separator between
  // ("见出し_栏目_网站"): the title's own affix rule decides.
  if (a->title_key.starts_with(a->heading_key)) {
    // "<h1> MOONGIFT": the rest is the site's name; else leave it.
    std::string_view rest =
        std::string_view(a->title_key).substr(a->heading_key.size());
    bool site = !rest.empty() && (rest == keys.site || rest == keys.domain);
    if (!site) return std::nullopt;
    return a->candidate;
  }
  bool same_story =
      SharedWordShare(h, title) >= heuristics::kMinHeadingSharedWords ||
      SharedContentWords(h, title) >= heuristics::kMinSharedContentWords;
  if (!same_story) return std::nullopt;
  return a->candidate;
}

// `title` is `opening` and then a shorter affix that starts with
// punctuation ("Headline:Site", "Headline_Section_Site", "Headline-Section
// ｜Site"): the punctuation keeps an opening cut mid-phrase from passing.
bool OpensBeforeAffix(std::string_view title, std::string_view opening) {
  if (opening.empty() || opening.size() >= title.size() ||
      !title.starts_with(opening)) {
    return false;
  }
  std::string_view rest = util::Trim(title.substr(opening.size()));
  if (rest.empty() || MatchKey(rest).empty()) return false;
  unsigned char c = static_cast<unsigned char>(rest[0]);
  // ASCII punctuation or a full-width form (U+FF00 block, "：", "｜").
  bool punct = (c < 0x80 && std::ispunct(c) && c != '(' && c != '[' &&
                c != '"' && c != '\'') ||
               rest.starts_with("\xEF\xBC");
  return punct && util::CountChars(rest) <= util::CountChars(opening);
}

// A visible <h2>/<h3> that opens <title> before an affix
// (OpensBeforeAffix), on a page whose <h1> is not such a segment: there the
// <h1> holds the site's name or logo and the heading below it is the
// article's own.
std::optional<Candidate> SubheadingOpeningTitle(const PageFacts& facts,
                                                std::string_view title,
                                                const SiteKeys& keys) {
  for (const std::string& h : facts.subheadings) {
    if (NamesSiteByAnyName(h, keys)) continue;
    if (OpensBeforeAffix(title, h)) return Candidate{h, "dom:subheading"};
  }
  return std::nullopt;
}

// Another declared title that opens the chosen one before an affix
// (OpensBeforeAffix): og:title "Headline-Section｜Site" beside a "headline"
// meta of the headline alone. The publisher declared it bare.
std::optional<Candidate> BareDeclaredTitle(const PageFacts& facts,
                                           std::string_view title,
                                           const SiteKeys& keys) {
  for (const Candidate& c : facts.titles) {
    std::string_view t = util::Trim(c.value);
    if (NamesSiteByAnyName(t, keys)) continue;
    if (OpensBeforeAffix(title, t)) return Candidate{std::string(t), c.source};
  }
  return std::nullopt;
}

// The names of the site, for WithoutSiteSegment.
struct SiteNames {
  std::string_view site;
  std::string_view domain;
  std::string_view host;
};

// `title` without an end segment naming the site, its domain or its host
// ("| Google Cloud" on cloud.google.com, "- rp.pl"), whoever declared it.
std::string WithoutSiteSegment(std::string_view title, const SiteNames& names) {
  std::string t = TrimSiteName(title, names.site);
  if (t == title && !names.domain.empty()) t = TrimSiteName(t, names.domain);
  if (t == title && !names.host.empty()) t = TrimSiteName(t, names.host);
  return t;
}

// Where `full` is a short kicker and then a declared title: that title's
// index in `declared` (the declared titles' MatchKeys) and the text after
// the kicker.
struct KickerCut {
  size_t declared;
  std::string_view rest;
};
std::optional<KickerCut> AfterKicker(std::string_view full,
                                     const std::vector<std::string>& declared) {
  for (const Split& cut : CutPoints(full)) {
    if (cut.bracket) continue;
    std::string_view kicker = util::Trim(full.substr(0, cut.begin));
    std::string_view rest = util::Trim(full.substr(cut.end));
    int kicker_words = util::CountWords(kicker);
    if (MatchKey(kicker).empty() || kicker_words > heuristics::kMaxKickerWords ||
        util::CountWords(rest) <= kicker_words) {
      continue;
    }
    std::string rest_key = MatchKey(rest);
    for (size_t d = 0; d < declared.size(); ++d) {
      if (declared[d] == rest_key) return KickerCut{d, rest};
    }
  }
  return std::nullopt;
}

// The headline without the short kicker that an <h1> or another declared
// title sets before it ("Neue Leipziger Schule: Judy Lybke, ganz und gar
// nicht eigenartig" beside og:title "Judy Lybke, ganz und gar nicht
// eigenartig"): the publisher declares where its headline starts, and the
// kicker is a template line, a topic or a quote, set above it.
// `trimmed`: the declared titles without their site segments.
std::optional<Candidate> HeadlineAfterKicker(const PageFacts& facts,
                                             const SiteKeys& keys,
                                             const std::vector<std::string>& trimmed) {
  std::vector<std::string> declared;
  for (const std::string& t : trimmed) declared.push_back(MatchKey(t));
  for (size_t i = 0; i < facts.h1s.size(); ++i) {
    if (NamesSiteByAnyName(facts.h1s[i], keys)) continue;
    if (std::optional<KickerCut> cut = AfterKicker(facts.h1s[i], declared)) {
      return Candidate{std::string(cut->rest), "dom:h1", H1Node(facts, i)};
    }
  }
  for (const std::string& t : trimmed) {
    if (std::optional<KickerCut> cut = AfterKicker(t, declared)) {
      return Candidate{trimmed[cut->declared], facts.titles[cut->declared].source};
    }
  }
  return std::nullopt;
}

// Where the declared titles word the headline differently ("Kollaps der
// Silicon Valley Bank: US-Notenbank ..." in JSON-LD, "Silicon Valley Bank:
// Federal Reserve ..." in og:title), the <h1> that one of the later titles
// is, or is with an affix: the wording the reader sees.
std::optional<Candidate> PrintedAmongDeclaredTitles(const PageFacts& facts,
                                                    size_t first,
                                                    std::string_view trimmed,
                                                    const SiteKeys& keys) {
  // The first title printed as an <h1> ("TIPS FOR ONLINE SUCCESS"), with
  // or without its site affix: it stands, in the publisher's own case and
  // quotes.
  std::string first_key = MatchKey(facts.titles[first].value);
  std::string trimmed_key = MatchKey(trimmed);
  std::vector<std::string> h1_keys;
  for (const std::string& h : facts.h1s) {
    h1_keys.push_back(MatchKey(h));
    if (h1_keys.back() == first_key || h1_keys.back() == trimmed_key) {
      return std::nullopt;
    }
  }
  for (size_t i = 0; i < facts.h1s.size(); ++i) {
    const std::string& h = facts.h1s[i];
    const std::string& key = h1_keys[i];
    if (key.empty() || NamesSiteByAnyName(h, keys)) continue;
    for (size_t t = first + 1; t < facts.titles.size(); ++t) {
      const std::string& title = facts.titles[t].value;
      if (MatchKey(title) == key || IsHeadlineSegment(title, h)) {
        return Candidate{h, "dom:h1", H1Node(facts, i)};
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::string DomainLabel(std::string_view url) {
  std::string_view host = util::UrlHost(url);
  std::vector<std::string_view> labels;
  while (!host.empty()) {
    size_t dot = host.find('.');
    labels.push_back(host.substr(0, dot));
    host = dot == std::string_view::npos ? std::string_view() : host.substr(dot + 1);
  }
  if (labels.size() < 2) return {};
  labels.pop_back();  // the top-level domain
  // "co.uk", "com.au", "ne.jp": a short second level under a country code.
  if (labels.size() >= 2 && labels.back().size() <= 3) labels.pop_back();
  return std::string(labels.back());
}

std::optional<Candidate> ChooseHeadline(const PageFacts& facts,
                                        std::string_view site_name,
                                        std::string_view page_url,
                                        bool trim_declared_titles) {
  std::string domain = DomainLabel(page_url);
  std::string_view host = HostOf(page_url);
  SiteKeys keys{Key(site_name), Key(domain), Key(host)};
  const SiteNames names{site_name, domain, host};
  std::vector<std::string> trimmed;  // the declared titles, site segments cut
  for (const Candidate& c : facts.titles) {
    trimmed.push_back(WithoutSiteSegment(c.value, names));
  }
  if (auto h = HeadlineAfterKicker(facts, keys, trimmed)) return h;
  for (size_t i = 0; i < facts.titles.size(); ++i) {
    const Candidate& c = facts.titles[i];
    // The site's name is never the headline, nor is its domain.
    if (c.value.empty() || IsExactlySite(c.value, keys)) continue;
    if (auto h = HeadingInTitle(facts, c.value, keys)) return h;
    std::string t = trimmed[i];
    if (trim_declared_titles && t == c.value) t = TrimBySeparators(t);
    if (auto h = HeadingInDeclaredTitle(facts, t, keys)) return h;
    if (auto h = PrintedAmongDeclaredTitles(facts, i, t, keys)) return h;
    if (auto bare = BareDeclaredTitle(facts, t, keys)) return bare;
    if (!t.empty()) return Candidate{std::move(t), c.source};
  }
  const std::string& title = facts.document_title;
  size_t length = util::CountChars(title);
  if (facts.h1s.size() == 1 && length > heuristics::kMaxTitleChars) {
    return Candidate{facts.h1s[0], "dom:h1", H1Node(facts, 0)};
  }
  if (!title.empty() && (keys.site.empty() || Key(title) != keys.site)) {
    if (auto h = HeadingInTitle(facts, title, keys)) return h;
    if (auto h = RewordedHeading(facts, title, keys)) return h;
    if (auto h = SubheadingOpeningTitle(facts, title, keys)) return h;
    std::string t = WithoutSiteSegment(title, names);
    if (t == title) t = TrimBySeparators(t);
    // A <title> of a few words beside a longer <h1> is the site's label
    // ("Example Gazette") or a stub of the headline ("Ferry back" for
    // "Ferry back in service"), not the article's title.
    bool label = !facts.h1s.empty() &&
                 util::CountWords(t) <= heuristics::kMaxSiteLabelWords &&
                 util::CountWords(facts.h1s[0]) > util::CountWords(t);
    if (label) return Candidate{facts.h1s[0], "dom:h1", H1Node(facts, 0)};
    if (!t.empty()) return Candidate{std::move(t), "dom:title"};
  }
  if (!facts.h1s.empty()) {
    return Candidate{facts.h1s[0], "dom:h1", H1Node(facts, 0)};
  }
  return std::nullopt;
}

}  // namespace artext::metadata
