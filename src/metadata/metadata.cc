// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// First version: meta tags, <title>/<h1>, <time>, html lang and figures.
// JSON-LD, visible bylines and date parsing are layered on in their own
// files as they land.

#include "metadata/metadata.h"

#include <string>

#include "dom/text.h"
#include "dom/walk.h"
#include "util/text.h"

namespace artext::metadata {
namespace {

struct MetaTags {
  std::string Get(std::string_view key) const {
    for (const auto& [k, v] : pairs) {
      if (util::EqualsIgnoreCase(k, key)) return v;
    }
    return {};
  }
  std::vector<std::pair<std::string, std::string>> pairs;
};

MetaTags CollectMeta(const dom::Document& doc) {
  MetaTags tags;
  for (const dom::Node* n = doc.root(); n; n = dom::NextInTree(n, doc.root())) {
    if (n->tag != dom::Tag::kMeta) continue;
    std::string_view key = n->Attr("property");
    if (key.empty()) key = n->Attr("name");
    if (key.empty()) key = n->Attr("itemprop");
    std::string_view value = n->Attr("content");
    if (key.empty() || value.empty()) continue;
    tags.pairs.emplace_back(std::string(key), util::CollapseWhitespace(value));
  }
  return tags;
}

const dom::Node* FindFirst(const dom::Node* root, dom::Tag tag) {
  for (const dom::Node* n = root; n; n = dom::NextInTree(n, root)) {
    if (n->tag == tag) return n;
  }
  return nullptr;
}

void SetIf(std::optional<std::string>* field, std::string value,
           const char* name, const char* source, Article* article) {
  if (field->has_value() || value.empty()) return;
  *field = std::move(value);
  article->provenance[name] = source;
}

}  // namespace

void ExtractMetadata(const dom::Document& doc, const Options& options,
                     Article* article) {
  MetaTags meta = CollectMeta(doc);
  if (!options.url.empty()) {
    SetIf(&article->url, options.url, "url", "option:url", article);
  }
  SetIf(&article->headline, meta.Get("og:title"), "headline", "meta:og:title",
        article);
  if (const dom::Node* h1 = FindFirst(doc.body(), dom::Tag::kH1)) {
    SetIf(&article->headline, dom::FlatText(h1), "headline", "dom:h1", article);
  }
  if (const dom::Node* title = FindFirst(doc.root(), dom::Tag::kTitle)) {
    SetIf(&article->headline, dom::FlatText(title), "headline", "dom:title",
          article);
  }
  std::string author = meta.Get("author");
  if (!author.empty()) {
    article->byline = author;
    article->authors.push_back(author);
    article->provenance["authors"] = "meta:author";
  }
  SetIf(&article->date_published, meta.Get("article:published_time"),
        "date_published", "meta:article:published_time", article);
  SetIf(&article->date_modified, meta.Get("article:modified_time"),
        "date_modified", "meta:article:modified_time", article);
  SetIf(&article->site_name, meta.Get("og:site_name"), "site_name",
        "meta:og:site_name", article);
  SetIf(&article->description, meta.Get("og:description"), "description",
        "meta:og:description", article);
  SetIf(&article->description, meta.Get("description"), "description",
        "meta:description", article);
  SetIf(&article->image, meta.Get("og:image"), "image", "meta:og:image",
        article);
  SetIf(&article->language, std::string(util::Trim(doc.html()->Attr("lang"))),
        "language", "html:lang", article);
  for (const auto& [k, v] : meta.pairs) {
    if (util::EqualsIgnoreCase(k, "article:tag")) article->tags.push_back(v);
  }
}

}  // namespace artext::metadata
