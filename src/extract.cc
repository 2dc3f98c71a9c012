// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The recipe, after Readability.js's parse(): every pass is a named
// function from what earlier passes returned to a result of its own, and
// none edits another's result. In order:
//   decode -> parse -> read JSON-LD (once) -> metadata -> collect figures
//   and page signals (the untouched tree, before cleaning drops captions,
//   carts and reply boxes) -> prepare (what
//   each cleaning level drops) -> grab (scores, trying the levels in order)
//   -> blocks -> trim to the JSON-LD body -> page type (from the signals
//   gathered on the untouched tree and what the passes found) -> assemble.
// The one shared, mutable thing is the Document's `removed` marks, which
// GrabArticle sets to its winning level for the block pass to honour.

#include "artext/extract.h"
#include "extract_internal.h"

#include <cstdio>

#include "charset/decode.h"
#include "charset/mojibake.h"
#include "classify/page_signals.h"
#include "classify/page_type.h"
#include "clean/prep.h"
#include "content/assemble.h"
#include "content/blocks.h"
#include "content/jsonld_body.h"
#include "content/figures.h"
#include "content/link_base.h"
#include "content/main_region.h"
#include "content/script_body.h"
#include "decisions/record.h"
#include "decisions/view.h"
#include "dom/document.h"
#include "heuristics.h"
#include "input/sniff.h"
#include "metadata/readers/jsonld.h"
#include "metadata/metadata.h"
#include "score/grab.h"
#include "util/deadline.h"

namespace artext {

namespace {

// Status::Timeout naming the pass after which the budget was found spent.
// It names no option: the caller says how its users set the budget.
Status OverBudget(const util::Deadline& deadline, const char* after_pass) {
  char msg[128];
  std::snprintf(msg, sizeof msg,
                "extraction stopped after %s: %.2f s, over the %g s budget",
                after_pass, deadline.ElapsedSeconds(), deadline.budget_seconds());
  return Status::Timeout(msg);
}

// The metadata pass hands over the elements whose text it took; in the
// decision record they are where that text went.
void RecordConsumed(const metadata::Metadata& meta, decisions::Record* record) {
  using decisions::Rule;
  const metadata::ConsumedNodes& c = meta.consumed;
  if (c.headline && meta.headline) {
    record->Add(c.headline, Rule::kHeadlineNode, "[" + meta.headline->source + "]");
  }
  if (c.byline) {
    record->Add(c.byline, Rule::kBylineNode, "[" + meta.authors.source + "]");
  }
  if (c.dateline && meta.dates.published) {
    record->Add(c.dateline, Rule::kDatelineNode,
                "[" + meta.dates.published->source + "]");
  }
}

Status ExtractPage(std::string_view bytes, const Options& options,
                   const dom::ParseOptions& parse_options,
                   bool read_script_body, Article* out);

// The body of a page whose DOM gave little or none, from the HTML a
// script holds (content/script_body.h): the page is decoded again (the parse consumed
// the first decoding, and the prescan cut the scripts), and the script's
// HTML goes through the same passes as a page of its own. Empty when no
// script holds a story.
std::vector<Block> ScriptBody(std::string_view bytes, const Options& options,
                              const dom::ParseOptions& parse_options) {
  const charset::Decoded decoded =
      charset::Decode(bytes, options.charset, options.transport_charset);
  const std::string inner = content::FindScriptBodyHtml(decoded.utf8);
  if (inner.empty()) return {};
  const std::string page =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
      "<article>" + inner + "</article></body></html>";
  Options inner_options = options;
  inner_options.charset.clear();
  inner_options.transport_charset.clear();
  inner_options.debug = false;
  inner_options.why = false;
  Article article;
  if (!ExtractPage(page, inner_options, parse_options,
                   /*read_script_body=*/false, &article).ok()) {
    return {};
  }
  return std::move(article.body);
}

Status ExtractPage(std::string_view bytes, const Options& options,
                   const dom::ParseOptions& parse_options,
                   bool read_script_body, Article* out) {
  const util::Deadline deadline(options.timeout_seconds);
  if (bytes.size() > options.max_input_bytes) {
    return Status::InputTooLarge("input", options.max_input_bytes,
                                 bytes.size());
  }
  if (std::string why = input::WhyNotHtml(bytes); !why.empty()) {
    return Status::NotHtml(why);
  }
  charset::Decoded decoded =
      charset::Decode(bytes, options.charset, options.transport_charset);
  // Text double-encoded by the site ("â€™" for "’") reads as it was
  // written (charset/mojibake.h).
  charset::RepairMojibake(&decoded.utf8);
  if (deadline.Expired()) return OverBudget(deadline, "decoding");

  dom::Document doc = dom::Document::Parse(std::move(decoded.utf8), parse_options);
  if (deadline.Expired()) return OverBudget(deadline, "parsing");

  const std::vector<metadata::JsonLdBlock> jsonld =
      metadata::ParseJsonLdScripts(doc);
  metadata::Metadata meta = metadata::ExtractMetadata(doc, jsonld, options);
  // The decision record, kept only when asked for (decisions/record.h).
  std::optional<decisions::Record> record_storage;
  if (options.debug || options.why) record_storage.emplace();
  decisions::Record* record = record_storage ? &*record_storage : nullptr;
  if (record) RecordConsumed(meta, record);
  // Pictures and body links are resolved as a browser would.
  const std::string base = content::LinkBase(
      doc, options.url, meta.url ? std::string_view(meta.url->value) : "");
  std::vector<Image> figures = content::CollectFigures(doc, base, record);
  // Before cleaning drops the carts, reply boxes and sidebars it counts.
  const classify::PageSignals signals =
      classify::GatherPageSignals(doc, jsonld);
  if (deadline.Expired()) return OverBudget(deadline, "metadata");

  const clean::Prepared prepared = clean::Prepare(doc, record);
  score::GrabResult grab = score::GrabArticle(prepared, options, &doc, record);
  if (deadline.Expired()) return OverBudget(deadline, "scoring");

  content::BlockCounts counts;
  // The block decisions wait until the page type says which reading wins.
  decisions::Record article_blocks;
  std::vector<Block> blocks = content::ExtractBlocks(
      grab.containers, grab.stats, &counts, record ? &article_blocks : nullptr);
  content::ResolveLinks(base, &blocks);
  const std::string ld_body = content::FindJsonLdArticleBody(jsonld);
  content::Trimmed trimmed =
      content::TrimToJsonLdBody(ld_body, std::move(blocks), record);
  // A page rendered by script: the DOM holds no story (or only the
  // site's header, a line or two), a script may hold more.
  if (read_script_body && content::TextChars(trimmed.blocks) <
                              heuristics::kMinScriptBodyChars) {
    std::vector<Block> from_script = ScriptBody(bytes, options, parse_options);
    if (content::TextChars(from_script) > content::TextChars(trimmed.blocks)) {
      trimmed.blocks = std::move(from_script);
      if (options.debug) {
        grab.notes.push_back("body read from the HTML in a script: " +
                             std::to_string(trimmed.blocks.size()) + " blocks");
      }
    }
  }

  classify::PageTypeResult page_type = classify::ClassifyPageType(
      signals,
      classify::GatherEvidence(meta, trimmed.blocks, counts, options),
      options);
  metadata::ForgetArticleCredits(page_type.type, options.debug, &meta);
  // A page that is not an article keeps its main text too (a listing's
  // items, a thread's posts): read its main region, and keep that when it
  // holds more than the article reading found.
  if (page_type.type != PageType::kArticle) {
    decisions::Record region_blocks;
    std::vector<Block> page_body = content::ReadMainRegion(
        doc, grab.stats, record ? &region_blocks : nullptr);
    content::ResolveLinks(base, &page_body);
    if (content::TextChars(page_body) > content::TextChars(trimmed.blocks)) {
      trimmed.blocks = std::move(page_body);
      if (record) record->ForgetContainers();
      article_blocks = std::move(region_blocks);
    }
  }
  if (record) record->Append(std::move(article_blocks));

  content::Parts parts{.metadata = std::move(meta),
                       .images = std::move(figures),
                       .body = std::move(trimmed.blocks),
                       .page_type = std::move(page_type),
                       .encoding = std::move(decoded.encoding),
                       .encoding_source = std::move(decoded.source),
                       .notes = std::move(grab.notes),
                       .record = record};
  if (options.debug) {
    parts.notes.push_back("json-ld articleBody: " +
                          std::to_string(ld_body.size()) + " bytes, " +
                          std::to_string(trimmed.dropped) + " blocks trimmed");
  }
  Article article = content::Assemble(std::move(parts), options);
  if (record && options.debug) {
    std::vector<std::string> lines = record->Lines();
    article.debug.insert(article.debug.end(), lines.begin(), lines.end());
  }
  if (record && options.why) {
    article.trace = decisions::BuildTrace(
        doc, *record,
        {.top = grab.top, .top_score = grab.top_score,
         .runner_up = grab.runner_up, .runner_up_score = grab.runner_up_score});
  }
  if (deadline.Expired()) return OverBudget(deadline, "assembly");
  *out = std::move(article);
  return Status::Ok();
}

}  // namespace

namespace internal {

Status ExtractWithParseOptions(std::string_view bytes, const Options& options,
                               const dom::ParseOptions& parse_options,
                               Article* out) {
  return ExtractPage(bytes, options, parse_options, /*read_script_body=*/true,
                     out);
}

}  // namespace internal

Status Extract(std::string_view bytes, const Options& options, Article* out) {
  dom::ParseOptions parse_options;
  parse_options.max_depth = options.max_nesting_depth;
  parse_options.max_elements = options.max_elements;
  return internal::ExtractWithParseOptions(bytes, options, parse_options, out);
}

}  // namespace artext
