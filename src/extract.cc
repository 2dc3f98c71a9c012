// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The recipe. Each step is a named pass that can be tested alone:
//   decode -> parse -> metadata (untouched tree) -> grab (prepare + score)
//   -> blocks -> assemble.

#include "artext/extract.h"
#include "extract_internal.h"

#include <cstdio>

#include "charset/decode.h"
#include "content/blocks.h"
#include "content/assemble.h"
#include "content/jsonld_body.h"
#include "content/figures.h"
#include "dom/document.h"
#include "input/sniff.h"
#include "metadata/metadata.h"
#include "score/grab.h"
#include "util/deadline.h"
#include "util/url.h"

namespace artext {

const char* Version() { return ARTEXT_VERSION; }

namespace {

// Status::Timeout naming the pass after which the budget was found spent.
Status OverBudget(const util::Deadline& deadline, const char* after_pass) {
  char msg[128];
  std::snprintf(msg, sizeof msg,
                "extraction stopped after %s: %.2f s, over the %g s budget "
                "(--timeout)",
                after_pass, deadline.ElapsedSeconds(), deadline.budget_seconds());
  return Status::Timeout(msg);
}

}  // namespace

namespace internal {

Status ExtractWithParseOptions(std::string_view bytes, const Options& options,
                               const dom::ParseOptions& parse_options,
                               Article* out) {
  const util::Deadline deadline(options.timeout_seconds);
  if (bytes.size() > options.max_input_bytes) {
    return Status::InputTooLarge("input", options.max_input_bytes,
                                 bytes.size());
  }
  if (std::string why = input::WhyNotHtml(bytes); !why.empty()) {
    return Status::NotHtml(why);
  }
  Article article;
  charset::Decoded decoded =
      charset::Decode(bytes, options.charset, options.transport_charset);
  if (deadline.Expired()) return OverBudget(deadline, "decoding");
  article.encoding = decoded.encoding;
  article.provenance["encoding"] = decoded.source;

  dom::Document doc = dom::Document::Parse(std::move(decoded.utf8), parse_options);
  if (deadline.Expired()) return OverBudget(deadline, "parsing");

  metadata::ExtractMetadata(doc, options, &article);
  // Before cleaning drops the captions; addresses resolved like the page's own.
  article.images = content::CollectFigures(doc);
  const std::string& base = options.url.empty() && article.url ? *article.url : options.url;
  for (Image& image : article.images) image.url = util::ResolveUrl(base, image.url);
  if (deadline.Expired()) return OverBudget(deadline, "metadata");

  score::GrabResult grab = score::GrabArticle(&doc, options);
  if (deadline.Expired()) return OverBudget(deadline, "scoring");
  content::BlockCounts counts;
  article.body = content::ExtractBlocks(grab.containers, grab.stats, &counts);
  std::string ld_body = content::FindJsonLdArticleBody(doc);
  int trimmed = content::TrimToJsonLdBody(ld_body, &article.body);
  content::Assemble(options, counts, &article);
  if (deadline.Expired()) return OverBudget(deadline, "assembly");
  if (options.debug) {
    article.debug.insert(article.debug.end(), grab.notes.begin(),
                         grab.notes.end());
    article.debug.push_back("json-ld articleBody: " +
                            std::to_string(ld_body.size()) + " bytes, " +
                            std::to_string(trimmed) + " blocks trimmed");
  }
  *out = std::move(article);
  return Status::Ok();
}

}  // namespace internal

Status Extract(std::string_view bytes, const Options& options, Article* out) {
  dom::ParseOptions parse_options;
  parse_options.max_depth = options.max_nesting_depth;
  parse_options.max_elements = options.max_elements;
  return internal::ExtractWithParseOptions(bytes, options, parse_options, out);
}

}  // namespace artext
