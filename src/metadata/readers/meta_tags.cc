// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/readers/meta_tags.h"

#include <algorithm>
#include <span>
#include <string_view>

#include <nlohmann/json.hpp>

#include "metadata/parsers/entities.h"
#include "util/json_bounded.h"
#include "util/text.h"
#include "util/tokens.h"
#include "util/url.h"

namespace artext::metadata {
namespace {

using Keys = std::span<const std::string_view>;

// Precedence within each field, best first. OpenGraph and article:* lead
// because they are what sharing previews show, so publishers keep them
// right; Dublin Core, Parse.ly and sailthru follow; the generic names
// ("title", "date") come last because templates fill them with site-wide
// values.
// Readability's order, so that a page's declared title is read the way the
// most common reader mode reads it: Dublin Core first, then OpenGraph.
constexpr std::string_view kTitleKeys[] = {
    "dc.title", "dcterms.title", "og:title", "weibo:article:title",
    "weibo:webpage:title", "title", "twitter:title", "parsely-title",
    "sailthru.title", "headline"};
constexpr std::string_view kAuthorKeys[] = {"dc.creator", "dcterms.creator", "author",
                              "article:author", "og:article:author", "parsely-author",
                              "sailthru.author", "byl", "citation_author"};
constexpr std::string_view kPublishedKeys[] = {
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "article.published", "dc.date.issued", "dcterms.issued",
    "dcterms.date", "dc.date", "dcterms.created", "dc.date.created",
    "parsely-pub-date", "sailthru.date", "pubdate", "publishdate",
    "publish-date", "publish_date", "article_date_original",
    "original-publish-date", "citation_publication_date", "citation_date"};
// Below every named key and every key that says "publish" (see
// IsPublicationDateKey): templates fill "date" with the day the page was
// saved or built.
constexpr std::string_view kGenericDateKeys[] = {"date"};
constexpr std::string_view kModifiedKeys[] = {
    "article:modified_time", "og:article:modified_time", "og:updated_time",
    "datemodified", "article.updated", "dcterms.modified", "dc.date.modified",
    "last-modified", "lastmod"};
constexpr std::string_view kSiteKeys[] = {"og:site_name", "application-name",
                            "dc.publisher", "dcterms.publisher"};
constexpr std::string_view kDescriptionKeys[] = {"og:description", "description",
                                   "twitter:description", "dc.description",
                                   "dcterms.description"};
constexpr std::string_view kImageKeys[] = {"og:image", "og:image:url", "og:image:secure_url",
                             "twitter:image", "twitter:image:src",
                             "thumbnailurl"};
constexpr std::string_view kUrlKeys[] = {"og:url", "twitter:url", "parsely-link"};
constexpr std::string_view kTagKeys[] = {"article:tag", "news_keywords", "parsely-tags"};
constexpr std::string_view kLanguageKeys[] = {"content-language", "dc.language",
                                "dcterms.language", "og:locale"};

// A key not listed above that names a publication date by its words, as
// CMSes coin them: "published", "published_at", "w-published-date",
// "prism.publicationdate", "cxenseparse:recs:publishtime", "date-pub",
// "uploaddate". Not the publisher, nor a schedule ("expiration",
// "auto-publish").
bool IsPublicationDateKey(std::string_view key) {
  auto has = [key](std::string_view w) {
    return key.find(w) != std::string_view::npos;
  };
  if (has("publisher") || has("expir") || has("auto") || has("modif") ||
      has("updat")) {
    return false;
  }
  return has("publish") || has("publication") || has("pubdate") ||
         has("pub-date") || has("pub_date") || has("date-pub") ||
         has("uploaddate") || has("upload_date");
}

bool Listed(Keys keys, std::string_view key) {
  for (std::string_view k : keys) {
    if (k == key) return true;
  }
  return false;
}

void AddAll(const MetaPairs& pairs, Keys keys, std::vector<Candidate>* out) {
  for (std::string_view key : keys) {
    for (const MetaPair& p : pairs) {
      if (p.key == key) out->push_back({p.value, "meta:" + p.key});
    }
  }
}

// Parse.ly's older form: one JSON object in <meta name="parsely-page">.
void ReadParselyPage(const MetaPairs& pairs, PageFacts* facts) {
  for (const MetaPair& p : pairs) {
    if (p.key != "parsely-page") continue;
    nlohmann::json j = util::ParseJsonBounded(p.value);
    if (!j.is_object()) continue;
    std::string label = "meta:parsely-page";
    if (j.contains("title") && j["title"].is_string()) {
      facts->titles.push_back({j["title"].get<std::string>(), label});
    }
    if (j.contains("author") && j["author"].is_string()) {
      facts->authors.push_back(
          AuthorCandidate::Byline(j["author"].get<std::string>(), label));
    }
    if (j.contains("pub_date") && j["pub_date"].is_string()) {
      facts->published.push_back({j["pub_date"].get<std::string>(), label});
    }
  }
}

// One spelling per key: lower case, and the Dublin Core prefixes pages
// write as "DC.", "dc:", "dcterm:", "dcterms:" unified to "dc." and
// "dcterms.".
std::string NormalizeKey(std::string_view key) {
  std::string k = util::AsciiLower(util::Trim(key));
  for (std::string_view p : {"dcterms:", "dcterm:", "dcterm."}) {
    if (k.starts_with(p)) return "dcterms." + k.substr(p.size());
  }
  if (k.starts_with("dc:")) return "dc." + k.substr(3);
  return k;
}

// Keys whose values follow the library convention "Family, Given".
bool IsLibraryKey(std::string_view key) {
  return key == "dc.creator" || key == "dcterms.creator" ||
         key == "citation_author";
}

// "Doe, Jane" -> "Jane Doe", "Jong, Michiel de" -> "Michiel de Jong",
// "Kooman, F." -> "F. Kooman". Only one comma and a one-word family name:
// "Jane Doe, John Roe" is two people and is left alone.
std::string UninvertName(const std::string& v) {
  size_t comma = v.find(',');
  if (comma == std::string::npos || v.find(',', comma + 1) != std::string::npos) {
    return v;
  }
  std::string_view family = util::Trim(std::string_view(v).substr(0, comma));
  std::string_view given = util::Trim(std::string_view(v).substr(comma + 1));
  if (family.empty() || given.empty() || family.find(' ') != std::string_view::npos ||
      std::count(given.begin(), given.end(), ' ') > 2) {
    return v;
  }
  return std::string(given) + " " + std::string(family);
}

// One author candidate per key of kAuthorKeys that `pairs` give; with
// `all_weak`, each ranks below the printed bylines (AuthorCandidate::weak).
void AddAuthors(const MetaPairs& pairs, bool all_weak, PageFacts* facts) {
  for (std::string_view key : kAuthorKeys) {
    // Several tags with one key are several authors (Parse.ly and Dublin
    // Core give one name per tag): one candidate for all of them. But a key
    // given both as property= and as name= is two declarations of the same
    // authors, not more authors: the property= ones lead (as for every
    // field, see CollectMetaPairs) and the name= ones are a second
    // candidate, used when the first names nobody.
    for (bool property : {true, false}) {
      std::string joined;
      for (const MetaPair& p : pairs) {
        // article:author is often a profile URL, which names nobody.
        if (p.key != key || p.property != property || util::HasScheme(p.value) ||
            p.value.starts_with("/")) {
          continue;
        }
        std::string name = IsLibraryKey(key) ? UninvertName(p.value) : p.value;
        if (joined.find(name) != std::string::npos) continue;
        joined += (joined.empty() ? "" : ", ") + name;
      }
      if (joined.empty()) continue;
      facts->authors.push_back(AuthorCandidate::Byline(
          std::move(joined), "meta:" + std::string(key),
          all_weak || key.ends_with("article:author")));
    }
  }
}

}  // namespace

MetaPairs CollectMetaPairs(const dom::Document& doc) {
  // property= pairs first: where a page gives a key both ways, the RDFa
  // property is the deliberate one (Readability reads them the same way).
  MetaPairs pairs;
  MetaPairs named;
  for (const dom::Node* n = doc.root(); n; n = dom::NextInTree(n, doc.root())) {
    if (n->tag != dom::Tag::kMeta) continue;
    // "value" stands in for a missing "content" on some pages (and on pages
    // saved by tools that rename it); "content" wins when both are given.
    const bool from_value_attr = !n->HasAttr("content");
    std::string_view raw = n->Attr(from_value_attr ? "value" : "content");
    std::string value = util::CollapseWhitespace(DecodeEntities(raw));
    if (value.empty()) continue;
    // Each attribute may hold several keys ("og:title twitter:title").
    for (std::string_view attr : {"property", "name", "itemprop", "http-equiv"}) {
      for (std::string_view token : util::Tokens(n->Attr(attr))) {
        std::string key = NormalizeKey(token);
        if (!key.empty()) {
          const bool property = attr == "property";
          (property ? pairs : named)
              .push_back({std::move(key), value, property, from_value_attr});
        }
      }
    }
  }
  pairs.insert(pairs.end(), named.begin(), named.end());
  return pairs;
}

void ReadMetaPairs(const MetaPairs& all_pairs, PageFacts* facts) {
  // Dates read every pair; the other fields only "content" (see
  // MetaPair::from_value_attr).
  MetaPairs pairs;
  for (const MetaPair& p : all_pairs) {
    if (!p.from_value_attr) pairs.push_back(p);
  }
  AddAll(pairs, kTitleKeys, &facts->titles);
  AddAuthors(pairs, /*all_weak=*/false, facts);
  // Authors given in "value" rank below every printed byline: read only
  // for a page that prints its author nowhere (see MetaPair).
  MetaPairs value_pairs;
  for (const MetaPair& p : all_pairs) {
    if (p.from_value_attr) value_pairs.push_back(p);
  }
  AddAuthors(value_pairs, /*all_weak=*/true, facts);
  ReadParselyPage(pairs, facts);
  AddAll(all_pairs, kPublishedKeys, &facts->published);
  for (const MetaPair& p : all_pairs) {
    if (IsPublicationDateKey(p.key) && !Listed(kPublishedKeys, p.key)) {
      facts->published.push_back({p.value, "meta:" + p.key});
    }
  }
  AddAll(all_pairs, kGenericDateKeys, &facts->published);
  AddAll(all_pairs, kModifiedKeys, &facts->modified);
  AddAll(pairs, kSiteKeys, &facts->site_names);
  AddAll(pairs, kDescriptionKeys, &facts->descriptions);
  AddAll(pairs, kImageKeys, &facts->images);
  AddAll(pairs, kUrlKeys, &facts->urls);
  AddAll(pairs, kTagKeys, &facts->tags);
  AddAll(pairs, kLanguageKeys, &facts->languages);
}

void ReadMetaTags(const dom::Document& doc, PageFacts* facts) {
  // <link rel=canonical> outranks og:url: it is what search engines use.
  for (const dom::Node* n = doc.root(); n; n = dom::NextInTree(n, doc.root())) {
    if (n->tag != dom::Tag::kLink) continue;
    std::string rel = util::AsciiLower(n->Attr("rel"));
    std::string_view href = util::Trim(n->Attr("href"));
    if (rel == "canonical" && !href.empty()) {
      facts->urls.push_back({std::string(href), "link:canonical"});
      break;
    }
  }
  std::string_view lang = util::Trim(doc.html()->Attr("lang"));
  if (lang.empty()) lang = util::Trim(doc.html()->Attr("xml:lang"));
  if (!lang.empty()) facts->languages.push_back({std::string(lang), "html:lang"});
  ReadMetaPairs(CollectMetaPairs(doc), facts);
}

}  // namespace artext::metadata
