// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/assemble.h"

#include <algorithm>

#include "content/direction.h"
#include "heuristics.h"
#include "util/text.h"

namespace artext::content {
namespace {

// A chosen value and its provenance; a value left empty counts as none.
void Set(std::optional<std::string>* field,
         const std::optional<metadata::Candidate>& c, const char* name,
         Article* article) {
  if (!c || c->value.empty()) return;
  *field = c->value;
  article->provenance[name] = c->source;
}

void SetMetadata(metadata::Metadata meta, Article* article) {
  Set(&article->url, meta.url, "url", article);
  Set(&article->site_name, meta.site_name, "site_name", article);
  Set(&article->headline, meta.headline, "headline", article);
  if (!meta.authors.names.empty()) {
    article->authors = std::move(meta.authors.names);
    article->byline = std::move(meta.authors.byline);
    article->provenance["authors"] = meta.authors.source;
  }
  Set(&article->language, meta.language, "language", article);
  Set(&article->date_published, meta.dates.published, "date_published",
      article);
  Set(&article->date_modified, meta.dates.modified, "date_modified", article);
  Set(&article->description, meta.description, "description", article);
  Set(&article->image, meta.image, "image", article);
  article->tags = std::move(meta.tags);
  if (!article->tags.empty()) article->provenance["tags"] = meta.tags_source;
}

}  // namespace

Article Assemble(Parts parts, const Options& options) {
  Article article;
  article.encoding = std::move(parts.encoding);
  article.provenance["encoding"] = std::move(parts.encoding_source);
  article.debug = std::move(parts.metadata.debug);
  SetMetadata(std::move(parts.metadata), &article);
  article.images = std::move(parts.images);

  // The headline and captions are metadata; drop blocks that only repeat
  // them (the page prints them inside the article container).
  auto& body = parts.body;
  body.erase(std::remove_if(body.begin(), body.end(),
                            [&](const Block& b) {
                              using decisions::Rule;
                              if (article.headline &&
                                  b.text == *article.headline) {
                                if (parts.record) {
                                  parts.record->AddText(b.text,
                                                        Rule::kRepeatsHeadline);
                                }
                                return true;
                              }
                              for (const Image& img : article.images) {
                                if (!img.caption.empty() && b.text == img.caption) {
                                  if (parts.record) {
                                    parts.record->AddText(
                                        b.text, Rule::kRepeatsCaption);
                                  }
                                  return true;
                                }
                              }
                              return false;
                            }),
             body.end());
  article.body = std::move(body);
  for (const Block& b : article.body) {
    if (!article.text.empty()) article.text += "\n\n";
    article.text += b.text;
  }
  article.word_count = util::CountWords(article.text);
  article.direction = TextDirection(article.text);
  article.page_type = parts.page_type.type;
  article.is_article = article.page_type == PageType::kArticle;
  std::string reasons;
  for (const std::string& r : parts.page_type.reasons) {
    if (!reasons.empty()) reasons += "; ";
    reasons += r;
  }
  article.provenance["page_type"] = reasons;
  article.provenance["is_article"] = reasons;
  if (options.debug) {
    article.debug.push_back(std::string("page type: ") +
                            PageTypeName(article.page_type) + " (" + reasons +
                            ")");
    if (!parts.page_type.signals_line.empty()) {
      article.debug.push_back(parts.page_type.signals_line);
    }
    article.debug.insert(article.debug.end(), parts.notes.begin(),
                         parts.notes.end());
  }
  return article;
}

}  // namespace artext::content
