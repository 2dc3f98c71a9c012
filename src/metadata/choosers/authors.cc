// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/choosers/authors.h"

#include <cctype>

#include "heuristics.h"
#include "lexicon/lexicon.h"
#include "metadata/choosers/site_names.h"
#include "metadata/parsers/byline_parse.h"
#include "metadata/parsers/byline_text.h"

#include "util/text.h"
#include "util/utf8_case.h"

namespace artext::metadata {

using util::FoldForMatch;

namespace {

void AppendUnique(std::vector<std::string> names, std::vector<std::string>* out) {
  for (std::string& n : names) {
    bool dup = false;
    for (const std::string& o : *out) dup = dup || FoldForMatch(o) == FoldForMatch(n);
    if (!dup) out->push_back(std::move(n));
  }
}

// "Reuters", "The Gazette", "Gazette News": shaped like a name, but an
// organisation by its words.
bool NamesOrganisation(std::string_view name) {
  size_t i = 0;
  bool first = true;
  while (i < name.size()) {
    size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    std::string key = FoldForMatch(name.substr(i, j - i));
    if (lexicon::kOrganisationWords.Contains(key) || (first && key == "the")) return true;
    first = false;
    i = j + 1;
  }
  return false;
}

bool NamesAPerson(const AuthorCandidate& c, const std::vector<std::string>& names) {
  if (c.organisation) return false;
  for (const std::string& n : names) {
    if (LooksLikePersonName(n) && !NamesOrganisation(n)) return true;
  }
  return false;
}

bool IsFunctionWord(const std::string& key) {
  return lexicon::kBylineRoles.Contains(key) || lexicon::kJoiningPrepositions.Contains(key) ||
         lexicon::kNameParticles.Contains(key) || lexicon::kBylineLeadIns.Contains(key) ||
         lexicon::kBylineLeadInVerbs.Contains(key) || lexicon::kForeignBy.Contains(key) ||
         lexicon::kBylineTailWords.Contains(key) || lexicon::kDatePrepositions.Contains(key) ||
         lexicon::kDateFillers.Contains(key) || lexicon::MonthNumber(key) != 0 ||
         key == "and" || key == "und" || key == "et" || key == "y" ||
         key == "e" || key == "en" || key == "by";
}

// Calls fn(word) for each space- or newline-separated word of `raw`.
template <typename Fn>
void ForEachWord(std::string_view raw, Fn fn) {
  size_t i = 0;
  while (i < raw.size()) {
    size_t j = raw.find_first_of(" \n", i);
    if (j == std::string_view::npos) j = raw.size();
    fn(raw.substr(i, j - i));
    i = j + 1;
  }
}

// Lower-case words that are neither roles, prepositions nor date words.
bool ReadsLikeTeaser(std::string_view raw) {
  int lower = 0;
  ForEachWord(raw, [&lower](std::string_view word) {
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.back())) &&
           static_cast<unsigned char>(word.back()) < 0x80) {
      word.remove_suffix(1);
    }
    if (word.empty() || word[0] < 'a' || word[0] > 'z') return;
    if (!IsFunctionWord(FoldForMatch(word))) ++lower;
  });
  return lower >= heuristics::kTeaserLowerWords;
}

bool IsVisible(const AuthorCandidate& c) { return c.source.starts_with("dom:"); }

// Values a page declares as its author (meta tags, JSON-LD, a microdata
// author's name) rather than prints in a line of text: they hold only what
// the publisher put there, a forum's login included.
BylineKind KindOf(const AuthorCandidate& c) {
  return c.source.starts_with("meta:") || c.source.starts_with("json-ld") ||
                 c.source == "microdata"
             ? BylineKind::kDeclared
             : BylineKind::kPrinted;
}

// "Comments (42)", "人氣( 23925 )": a label with a count in brackets is a
// counter, not a byline.
bool HasCounter(std::string_view raw) {
  for (size_t open = raw.find('('); open != std::string_view::npos;
       open = raw.find('(', open + 1)) {
    size_t i = open + 1;
    while (i < raw.size() && raw[i] == ' ') ++i;
    const size_t digits = i;
    while (i < raw.size() && raw[i] >= '0' && raw[i] <= '9') ++i;
    const bool any = i > digits;
    while (i < raw.size() && raw[i] == ' ') ++i;
    if (any && i < raw.size() && raw[i] == ')') return true;
  }
  return false;
}

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n';
    n += !space && !in_word;
    in_word = !space;
  }
  return n;
}

// Words of `raw` that start with a letter and are not roles, prepositions,
// lead-ins or date words: what a byline holds besides its names.
size_t ContentWords(std::string_view raw) {
  size_t n = 0;
  ForEachWord(raw, [&n](std::string_view word) {
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.front()))) {
      word.remove_prefix(1);
    }
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back()))) {
      word.remove_suffix(1);
    }
    if (word.empty() || std::isdigit(static_cast<unsigned char>(word[0]))) return;
    if (!IsFunctionWord(FoldForMatch(word))) ++n;
  });
  return n;
}

// A visible line whose only "names" are single words among other words,
// or a lone word set off like a dateline place,
// ("The Russian and Syrian defense ministries" -> "Syrian"; "Reuters,
// Washington, Nov 20" -> "Washington") names nobody.
bool OnlyStrayWords(const AuthorCandidate& c, const std::vector<std::string>& names) {
  size_t name_words = 0;
  for (const std::string& n : names) {
    if (WordCount(n) > 1) return false;
    name_words += 1;
  }
  // "WASHINGTON," / "BERLIN —": the place a dateline starts with.
  std::string_view raw = util::Trim(c.raw);
  if (raw.ends_with(",") || raw.ends_with("-") || raw.ends_with("\xE2\x80\x94")) {
    return true;
  }
  return ContentWords(c.raw) > name_words + heuristics::kMaxBylineOtherWords;
}

}  // namespace

std::vector<std::string> CandidateNames(const AuthorCandidate& candidate) {
  std::vector<std::string> names;
  if (candidate.names.empty()) {
    if (IsVisible(candidate) &&
        (ReadsLikeTeaser(candidate.raw) || HasCounter(candidate.raw))) {
      return {};
    }
    std::vector<std::string> parsed =
        ParseAuthors(candidate.lines.empty() ? candidate.raw : candidate.lines,
                     KindOf(candidate));
    if (IsVisible(candidate) && OnlyStrayWords(candidate, parsed)) return {};
    return parsed;
  }
  for (const std::string& n : candidate.names) {
    std::vector<std::string> parsed = ParseAuthors(n, KindOf(candidate));
    if (parsed.empty() && candidate.organisation &&
        n.size() <= heuristics::kMaxOrganisationChars) {
      // The source says it is an organisation; its name is not a byline to
      // clean ("Contributors to Wikimedia projects").
      parsed.push_back(util::CollapseWhitespace(n));
    }
    AppendUnique(std::move(parsed), &names);
  }
  return names;
}

namespace {

// Names the page's visible bylines print.
std::vector<std::string> PrintedNames(const PageFacts& facts) {
  std::vector<std::string> printed;
  for (const AuthorCandidate& c : facts.authors) {
    if (IsVisible(c)) AppendUnique(CandidateNames(c), &printed);
  }
  return printed;
}

bool Contains(const std::vector<std::string>& names, const std::string& name) {
  for (const std::string& n : names) {
    if (FoldForMatch(n) == FoldForMatch(name)) return true;
  }
  return false;
}

// Microdata authors are read from the whole page, and teaser cards mark up
// their bylines with itemprop="author" too: of several microdata names,
// only those a visible byline prints are the article's, when one does.
void KeepPrintedNames(const std::vector<std::string>& printed,
                      std::vector<std::string>* names) {
  if (names->size() < 2) return;
  std::vector<std::string> kept;
  for (const std::string& n : *names) {
    if (Contains(printed, n)) kept.push_back(n);
  }
  if (!kept.empty()) *names = std::move(kept);
}

// Labelled lines ("Published by: ...") printed this many times are a
// listing's items (games, products, posts), none of them the page's author.
bool ListsItems(const PageFacts& facts) {
  int labelled = 0;
  for (const AuthorCandidate& c : facts.authors) labelled += c.source == "dom:by-label";
  return labelled >= heuristics::kMinListedLabelledBylines;
}

// The site's own name is no person: "Brian Truitt USA TODAY" loses its
// tail, and a name that is the site ("Lesotho Times", "Deutsche Welle" on
// dw.com) goes when a person is named beside it. Returns false when only
// the site is left: the candidate then ranks as an organisation. A site
// name a byline prints is a person when no other is named: a personal blog
// is named after its author.
bool SetSiteAside(const std::vector<std::string>& site_keys,
                  const std::vector<std::string>& printed,
                  std::vector<std::string>* names) {
  std::vector<std::string> people;
  std::vector<std::string> printed_sites;
  for (const std::string& n : *names) {
    std::string name = WithoutSiteSuffix(n, site_keys);
    if (!NamesSite(name, site_keys)) {
      people.push_back(std::move(name));
    } else if (Contains(printed, name) && !NamesSiteAccount(name, site_keys)) {
      printed_sites.push_back(std::move(name));
    }
  }
  // "Le Figaro et AFP": the newsroom credited with an agency is no
  // site name to set aside; it wrote the story with the agency.
  bool only_agencies = true;
  for (const std::string& p : people) {
    only_agencies = only_agencies && lexicon::kNewsAgencies.Contains(FoldForMatch(p));
  }
  if (only_agencies) people.insert(people.begin(), printed_sites.begin(), printed_sites.end());
  if (people.empty()) return false;
  names->clear();
  AppendUnique(std::move(people), names);
  return true;
}

// A first and last name, or a name in a script without spaces between
// them ("신현주"): what it takes to beat the site's own name. A lone word
// ("APA", a button's "Abbruch") may be an agency or a label.
bool HasFullName(const std::vector<std::string>& names) {
  for (const std::string& n : names) {
    if (WordCount(n) > 1 || byline::IsCjkChar(byline::FirstLetter(n))) return true;
  }
  return false;
}

// A name that runs on past the name its author's page link prints ("Will
// Judd Former" beside <a href="/author/will-judd">Will Judd</a>): the
// words glued on after it are a role or a label from the next element.
void TrimToLinkedName(const PageFacts& facts, std::vector<std::string>* names) {
  for (const AuthorCandidate& c : facts.authors) {
    if (c.source != "dom:author-link" || c.raw.empty()) continue;
    for (std::string& n : *names) {
      if (n.size() > c.raw.size() + 1 && n.starts_with(c.raw) &&
          n[c.raw.size()] == ' ') {
        n = c.raw;
      }
    }
  }
}

// The byline prints the names and nothing else but lead-ins and
// separators ("By Jane Doe and John Roe"): a line that also says "Reviewed
// by", "Kommentar von" or a role ("Master Gardener") credits other work.
bool PrintsOnlyNames(std::string_view raw, const std::vector<std::string>& names) {
  std::vector<std::string> name_words;
  for (const std::string& n : names) {
    ForEachWord(n, [&name_words](std::string_view w) { name_words.push_back(FoldForMatch(w)); });
  }
  bool only = true;
  ForEachWord(raw, [&](std::string_view word) {
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.front()))) {
      word.remove_prefix(1);
    }
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back()))) {
      word.remove_suffix(1);
    }
    if (word.empty()) return;
    const std::string key = FoldForMatch(word);
    for (const std::string& n : name_words) {
      if (n == key) return;
    }
    only = only && (key == "by" || lexicon::kNameSeparators.Contains(key) ||
                    lexicon::kShortNameSeparators.Contains(key) ||
                    lexicon::kForeignBy.Contains(key) || lexicon::kBylineLeadIns.Contains(key) ||
                    lexicon::kBylineLabels.Contains(key) ||
                    lexicon::kBylineLeadInVerbs.Contains(key));
  });
  return only;
}

// A declared author list that a printed byline repeats and goes on from
// (JSON-LD names "Marlene Holm", the byline "Ingrid Treborg, Marlene
// Holm"): CMSes often declare only the first or the filing author, and
// the printed byline is the whole credit. Each added name is a full
// person's name that is not the site.
void AddPrintedCoauthors(const PageFacts& facts, const std::vector<std::string>& site_keys,
                         std::vector<std::string>* names) {
  for (const AuthorCandidate& c : facts.authors) {
    if (!IsVisible(c) || c.source == "dom:author-link" || c.source == "dom:name-line") continue;
    std::vector<std::string> printed = CandidateNames(c);
    bool covers = true;
    for (const std::string& n : *names) covers = covers && Contains(printed, n);
    // Only the first byline that prints the declared names: a later one is
    // another story's (a teaser's "Von Finn Michalski, Jakob Hartung").
    if (!covers) continue;
    if (printed.size() <= names->size() ||
        printed.size() > heuristics::kMaxPrintedCoauthors) {
      return;
    }
    if (!PrintsOnlyNames(c.raw, printed)) return;
    bool people = true;
    for (const std::string& n : printed) {
      people = people && WordCount(n) > 1 && LooksLikePersonName(n) &&
               !NamesOrganisation(n) && !NamesSite(n, site_keys);
    }
    if (people) *names = std::move(printed);
    return;
  }
}

// "Editor : Heryadi", "Edited by Jane Doe", "责任编辑：张三": a line that
// credits the editing, not the writing.
bool CreditsTheEditor(std::string_view raw) {
  const std::string folded = FoldForMatch(util::Trim(raw));
  for (std::string_view label : lexicon::kEditorLabels.words()) {
    if (!folded.starts_with(label)) continue;
    std::string_view rest = util::Trim(std::string_view(folded).substr(label.size()));
    if (rest.starts_with(":") || rest.starts_with("\xEF\xBC\x9A")) return true;  // ":", "："
    const size_t space = rest.find(' ');
    if (space != std::string_view::npos &&
        lexicon::kBylineLabelBy.Contains(rest.substr(0, space))) {
      return true;
    }
  }
  return false;
}

// A declared author the page prints only as its editor ("Editor :
// Heryadi") while a byline prints someone else ("Naufal Zuhdi"): CMSes
// fill the declared author with the account that published the story;
// the printed writer is the author.
bool DeclaresTheEditor(const PageFacts& facts, const std::vector<std::string>& names) {
  bool printed_as_editor = false;
  bool other_writer = false;
  for (const AuthorCandidate& c : facts.authors) {
    if (!IsVisible(c)) continue;
    const std::vector<std::string> printed = CandidateNames(c);
    bool prints_declared = false;
    bool prints_other = false;
    for (const std::string& p : printed) {
      (Contains(names, p) ? prints_declared : prints_other) = true;
    }
    const bool editor = CreditsTheEditor(c.raw);
    if (prints_declared && !editor) return false;  // also printed as a writer
    printed_as_editor = printed_as_editor || (prints_declared && editor);
    other_writer = other_writer || (prints_other && !editor && NamesAPerson(c, printed) &&
                                    HasFullName(printed));
  }
  return printed_as_editor && other_writer;
}

}  // namespace

ChosenAuthors ChooseAuthors(const PageFacts& facts, std::string_view page_url) {
  const std::vector<std::string> site_keys = SiteKeys(facts, page_url);
  const std::vector<std::string> printed = PrintedNames(facts);
  const bool lists_items = ListsItems(facts);
  ChosenAuthors fallback;
  bool fallback_is_site = false;
  // Two passes: every candidate but the weak ones, then the weak ones.
  for (bool weak : {false, true}) {
    for (const AuthorCandidate& c : facts.authors) {
      if (c.weak != weak || (lists_items && c.source == "dom:by-label")) continue;
      // An author's page link names the author only of a page that names
      // nobody else, not even an organisation ("BWW News Desk" beside a
      // link to a theatre company's page).
      if (c.source == "dom:author-link" && !fallback.names.empty()) continue;
      std::vector<std::string> names = CandidateNames(c);
      if (names.empty()) continue;
      if (c.source == "microdata") KeepPrintedNames(printed, &names);
      if (!IsVisible(c) && DeclaresTheEditor(facts, names)) continue;
      const bool not_site = SetSiteAside(site_keys, printed, &names);
      if (not_site && NamesAPerson(c, names) &&
          (!fallback_is_site || HasFullName(names))) {
        TrimToLinkedName(facts, &names);
        if (!IsVisible(c)) AddPrintedCoauthors(facts, site_keys, &names);
        return {std::move(names), c.raw, c.source};
      }
      if (fallback.names.empty()) {
        fallback = {std::move(names), c.raw, c.source};
        fallback_is_site = !not_site;
      }
    }
  }
  return fallback;
}

}  // namespace artext::metadata
