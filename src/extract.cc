// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The recipe. Each step is a named pass that can be tested alone:
//   decode -> parse -> metadata (untouched tree) -> grab (prepare + score)
//   -> blocks -> assemble.

#include "artext/extract.h"

#include "charset/decode.h"
#include "content/blocks.h"
#include "content/assemble.h"
#include "content/jsonld_body.h"
#include "dom/document.h"
#include "metadata/metadata.h"
#include "score/grab.h"

namespace artext {

const char* Version() { return ARTEXT_VERSION; }

Status Extract(std::string_view bytes, const Options& options, Article* out) {
  if (bytes.size() > options.max_input_bytes) {
    return Status::TooLarge("input is " + std::to_string(bytes.size()) +
                            " bytes; the limit is " +
                            std::to_string(options.max_input_bytes) +
                            " (--max-bytes)");
  }
  Article article;
  charset::Decoded decoded =
      charset::Decode(bytes, options.charset, options.transport_charset);
  article.encoding = decoded.encoding;
  article.provenance["encoding"] = decoded.source;

  dom::ParseOptions parse_options;
  parse_options.max_depth = options.max_nesting_depth;
  dom::Document doc = dom::Document::Parse(std::move(decoded.utf8), parse_options);

  metadata::ExtractMetadata(doc, options, &article);

  score::GrabResult grab = score::GrabArticle(&doc, options);
  content::BlockCounts counts;
  article.body = content::ExtractBlocks(grab.containers, grab.stats, &counts);
  std::string ld_body = content::FindJsonLdArticleBody(doc);
  int trimmed = content::TrimToJsonLdBody(ld_body, &article.body);
  content::Assemble(options, counts, &article);
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

}  // namespace artext
