// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The metadata stage in two steps. First every reader collects what the
// page says, into PageFacts, in precedence order: JSON-LD, meta tags,
// microdata, the visible page. Then one chooser per field picks a value
// and records where it came from. docs/metadata.md has the precedence of
// every field and the cross-checks between sources.

#include "metadata/metadata.h"

#include <string>

#include "dom/text.h"
#include "metadata/choosers/authors.h"
#include "metadata/choosers/dates.h"
#include "metadata/choosers/headline.h"
#include "metadata/choosers/headline_polish.h"
#include "metadata/readers/headline_area.h"
#include "metadata/readers/jsonld.h"
#include "metadata/choosers/language.h"
#include "metadata/readers/meta_tags.h"
#include "metadata/readers/microdata.h"
#include "metadata/page_facts.h"
#include "metadata/parsers/date_parse.h"
#include "metadata/readers/visible.h"
#include "util/text.h"
#include "util/url.h"

namespace artext::metadata {
namespace {

// Tags beyond this are keyword stuffing, not the article's topics.
constexpr size_t kMaxTags = 30;

std::optional<Candidate> First(const std::vector<Candidate>& list) {
  for (const Candidate& c : list) {
    if (!c.value.empty()) return Candidate{c.value, c.source};
  }
  return std::nullopt;
}

// og:site_name names the site; JSON-LD's publisher may name the company
// behind it, so it comes second.
std::optional<Candidate> ChooseSiteName(const PageFacts& facts) {
  for (const Candidate& c : facts.site_names) {
    if (c.source == "meta:og:site_name" && !c.value.empty()) {
      return Candidate{c.value, c.source};
    }
  }
  return First(facts.site_names);
}

// A URL resolved against the page's address; relative ones are dropped
// when the address is unknown (a relative "canonical" is no address).
std::optional<Candidate> ChooseUrl(const std::vector<Candidate>& list,
                                   const std::string& page_url) {
  // <link rel=canonical> first: it is the address search engines use.
  for (const Candidate& c : list) {
    if (c.source != "link:canonical") continue;
    std::string u = util::ResolveUrl(page_url, c.value);
    if (util::HasScheme(u)) return Candidate{std::move(u), c.source};
  }
  for (const Candidate& c : list) {
    std::string u = util::ResolveUrl(page_url, c.value);
    if (util::HasScheme(u)) return Candidate{std::move(u), c.source};
  }
  return std::nullopt;
}

std::vector<std::string> ChooseTags(const PageFacts& facts) {
  std::vector<std::string> tags;
  for (const Candidate& c : facts.tags) {
    std::string_view v = c.value;
    // article:tag holds one tag; keyword lists are comma-separated.
    bool list = c.source != "meta:article:tag";
    while (!v.empty() && tags.size() < kMaxTags) {
      size_t comma = list ? v.find(',') : std::string_view::npos;
      std::string tag = util::CollapseWhitespace(v.substr(0, comma));
      v = comma == std::string_view::npos ? std::string_view() : v.substr(comma + 1);
      if (tag.empty()) continue;
      bool dup = false;
      for (const std::string& t : tags) dup = dup || util::EqualsIgnoreCase(t, tag);
      if (!dup) tags.push_back(std::move(tag));
    }
  }
  return tags;
}

// With --debug: every candidate the readers found, so that a wrong choice
// can be traced to its source.
std::vector<std::string> DebugNotes(const PageFacts& facts,
                                    std::string_view language) {
  std::vector<std::string> notes;
  DateContext date_ctx;
  date_ctx.language = std::string(language);
  date_ctx.prefer_day_first = LanguagePrefersDayFirst(language);
  // A date candidate with the day it reads as (the language's order), so
  // that a wrong choice shows whether the reading or the ranking erred.
  auto date_note = [&notes, &date_ctx](const char* field,
                                       const Candidate& c) {
    const std::optional<std::string> iso = ParseDate(c.value, date_ctx);
    notes.push_back(std::string("metadata: ") + field + " [" + c.source +
                    "] " + c.value.substr(0, 200) + " -> " +
                    (iso ? *iso : "(no date)"));
  };
  auto note = [&notes](const char* field, const std::string& source,
                       const std::string& value) {
    notes.push_back(std::string("metadata: ") + field + " [" + source + "] " +
                    value.substr(0, 200));
  };
  for (const Candidate& c : facts.titles) note("title", c.source, c.value);
  note("title", "dom:title", facts.document_title);
  for (size_t i = 0; i < facts.h1s.size(); ++i) {
    bool in_article = i < facts.h1_in_article.size() && facts.h1_in_article[i];
    note("title", in_article ? "dom:h1 article" : "dom:h1", facts.h1s[i]);
  }
  for (const AuthorCandidate& a : facts.authors) {
    std::string names;
    for (const std::string& n : CandidateNames(a)) names += " | " + n;
    note("authors", a.source + (a.organisation ? " org" : ""), a.raw + " ->" + names);
  }
  for (const Candidate& c : facts.published) date_note("published", c);
  for (const Candidate& c : facts.modified) date_note("modified", c);
  for (const Candidate& c : facts.headline_area_dates) {
    date_note("published", c);
  }
  return notes;
}

ConsumedNodes FindConsumed(const PageFacts& facts, const Metadata& meta) {
  ConsumedNodes consumed;
  if (meta.headline && meta.headline->source == "dom:h1") {
    consumed.headline = meta.headline->node;  // the <h1> ChooseHeadline took
  }
  for (const AuthorCandidate& a : facts.authors) {
    if (a.node && a.source == meta.authors.source &&
        a.raw == meta.authors.byline) {
      consumed.byline = a.node;
      break;
    }
  }
  if (meta.dates.published) {
    int seen = 0;
    for (const Candidate& c : facts.published) {
      if (!c.node || c.source != meta.dates.published->source) continue;
      if (++seen == 1) consumed.dateline = c.node;
    }
    if (seen != 1) consumed.dateline = nullptr;  // which one won is not known
  }
  return consumed;
}

}  // namespace

Metadata ExtractMetadata(const dom::Document& doc,
                         const std::vector<JsonLdBlock>& jsonld,
                         const Options& options) {
  PageFacts facts;
  facts.document_title = DocumentTitle(doc);
  ReadJsonLd(jsonld, &facts);
  ReadMetaTags(doc, &facts);
  ReadMicrodata(doc, &facts);
  ReadVisible(doc, &facts);

  Metadata meta;

  const std::string& page_url = options.url;
  meta.url = ChooseUrl(facts.urls, page_url);
  if (!meta.url && !page_url.empty()) meta.url = Candidate{page_url, "option:url"};
  meta.site_name = ChooseSiteName(facts);
  meta.headline = ChooseHeadline(
      facts, meta.site_name ? meta.site_name->value : "",
      meta.url ? meta.url->value : page_url, options.trim_declared_titles);
  if (meta.headline) meta.headline = PolishHeadline(facts, *meta.headline);
  // The dateline under the headline: under the <h1> chosen, else the first
  // one of the page.
  const dom::Node* heading =
      meta.headline && meta.headline->node ? meta.headline->node
                                           : facts.first_h1;
  // No <h1>: the element that prints the headline, whatever it is.
  if (!heading && meta.headline) {
    heading = FindHeadlineElement(doc.body(), meta.headline->value);
  }
  ReadHeadlineArea(heading, &facts);
  meta.authors = ChooseAuthors(
      facts, page_url.empty() && meta.url ? meta.url->value : page_url);
  meta.language = ChooseLanguage(facts);
  meta.dates = ChooseDates(
      facts, page_url.empty() && meta.url ? meta.url->value : page_url,
      meta.language ? meta.language->value : "", options.now_unix);
  meta.description = First(facts.descriptions);
  meta.image = ChooseUrl(facts.images, page_url);
  meta.tags = ChooseTags(facts);
  if (!meta.tags.empty()) meta.tags_source = facts.tags[0].source;
  meta.consumed = FindConsumed(facts, meta);
  if (options.debug) {
    meta.debug =
        DebugNotes(facts, meta.language ? meta.language->value : "");
  }
  return meta;
}

void ForgetArticleCredits(PageType type, bool debug, Metadata* meta) {
  const bool lists_items = type == PageType::kListing ||
                           type == PageType::kService ||
                           type == PageType::kDocumentation;
  if (lists_items && meta->dates.published_among_teasers) {
    if (debug) {
      meta->debug.push_back(
          "metadata: not an article, and its printed date is one of several: "
          "a teaser's date dropped");
    }
    meta->dates.published.reset();
    return;
  }
  if (lists_items &&
      (meta->dates.published_unprinted || meta->dates.published_is_update)) {
    if (debug) {
      meta->debug.push_back(
          meta->dates.published_unprinted
              ? "metadata: not an article, and its declared date is printed "
                "nowhere on it: a record date dropped"
              : "metadata: not an article, and its only date is an update: "
                "dropped");
    }
    meta->dates.published.reset();
    return;
  }
  if (type != PageType::kProduct) return;
  if (debug && (!meta->authors.names.empty() || meta->dates.published)) {
    meta->debug.push_back("metadata: a product page: authors and dates dropped");
  }
  meta->authors = ChosenAuthors{};
  meta->dates = ChosenDates{};
}

}  // namespace artext::metadata
