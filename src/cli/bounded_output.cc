// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// RenderWithin: the output bound (cli/bounded_output.h). A cheap upper bound clears
// every real page at once; only past it are the body blocks measured, each
// rendered alone in an article with nothing else, and as many leading
// blocks kept as fit.

#include <string>
#include <vector>

#include "cli/bounded_output.h"

namespace artext::cli {
namespace {

// No format writes a byte of text as more than 6 (a control character as
// \u001f in JSON, '"' as &quot; in HTML), and JSON writes the body twice
// (`body` and `text`); structure is under 128 bytes a block.
constexpr size_t kMaxEscape = 6;
constexpr size_t kBlockStructure = 128;
// Room kept for the line saying the output was truncated.
constexpr size_t kTruncationNote = 160;

size_t UpperBound(const Article& a, const OutputOptions& options) {
  size_t strings = 0, items = 0;
  auto add = [&](const std::string& s) {
    strings += s.size();
    ++items;
  };
  auto add_optional = [&](const std::optional<std::string>& s) {
    if (s) add(*s);
  };
  for (const auto* s : {&a.url, &a.headline, &a.byline, &a.date_published,
                        &a.date_modified, &a.site_name, &a.language,
                        &a.description, &a.image}) {
    add_optional(*s);
  }
  for (const std::string& s : a.authors) add(s);
  for (const std::string& s : a.tags) add(s);
  for (const Image& img : a.images) {
    add(img.url);
    add(img.caption);
    add(img.credit);
  }
  for (const Block& b : a.body) {
    add(b.text);
    add(b.text);  // again in `text`
    for (const Link& link : b.links) {
      add(link.text);
      add(link.href);
    }
  }
  if (options.explain) {
    for (const auto& [key, value] : a.provenance) {
      add(key);
      add(value);
    }
  }
  if (options.debug) {
    for (const std::string& s : a.debug) add(s);
  }
  // The why view (-f why) prints every text block of the page.
  if (a.trace) {
    for (const TracedBlock& b : a.trace->blocks) {
      add(b.text);
      add(b.reason);
      add(b.element);
    }
  }
  add(a.encoding);
  return 4096 + strings * kMaxEscape + items * kBlockStructure;
}

std::string JoinedText(const std::vector<Block>& body, size_t count) {
  std::string text;
  for (size_t i = 0; i < count; ++i) {
    if (i) text += "\n\n";
    text += body[i].text;
  }
  return text;
}

// JSON: "truncated": true as the object's last key (Article has no such
// field: only this bound cuts a body).
std::string MarkTruncated(std::string json) {
  size_t close = json.rfind('}');
  if (close == std::string::npos) return json;
  bool pretty = close > 0 && json[close - 1] == '\n';
  json.replace(pretty ? close - 1 : close, pretty ? 1 : 0,
               pretty ? ",\n  \"truncated\": true\n" : ",\"truncated\":true");
  return json;
}

std::string TruncationNote(Format format, size_t left_out, size_t blocks) {
  std::string what = "artext: output truncated to stay within " +
                     std::to_string(kMaxOutputPerInputByte) +
                     " times the input: the last " + std::to_string(left_out) +
                     " of " + std::to_string(blocks) + " body blocks left out";
  switch (format) {
    case Format::kMarkdown:
    case Format::kHtml:
    case Format::kWhy: return "<!-- " + what + " -->\n";
    case Format::kText: return "[" + what + "]\n";
    case Format::kJson:
    case Format::kJsonl: break;  // "truncated": true
  }
  return "";
}

}  // namespace

size_t OutputLimit(size_t input_bytes) {
  return input_bytes * kMaxOutputPerInputByte + kOutputAllowance;
}

BoundedOutput RenderWithin(const Article& article, Format format,
                           const OutputOptions& options, size_t max_bytes) {
  BoundedOutput result;
  result.blocks = article.body.size();
  if (UpperBound(article, options) <= max_bytes) {
    result.output = Render(article, format, options);
    return result;
  }
  // What each block adds: rendered alone, less an empty article.
  Article probe;
  const size_t empty = Render(probe, format, options).size();
  std::vector<size_t> cost(article.body.size());
  size_t total = 0;
  for (size_t i = 0; i < article.body.size(); ++i) {
    probe.body.assign(1, article.body[i]);
    probe.text = article.body[i].text;
    // + the blank line between blocks, in `text` and in the body.
    cost[i] = Render(probe, format, options).size() - empty + 8;
    total += cost[i];
  }
  Article cut = article;
  cut.body.clear();
  cut.text.clear();
  const size_t base = Render(cut, format, options).size() + kTruncationNote;
  if (base > max_bytes) {
    result.fits = false;
    return result;
  }
  if (base - kTruncationNote + total <= max_bytes) {  // the estimate was loose
    std::string whole = Render(article, format, options);
    if (whole.size() <= max_bytes) {
      result.output = std::move(whole);
      return result;
    }
  }
  size_t keep = 0;
  for (size_t used = base; keep < cost.size() && used + cost[keep] <= max_bytes;
       ++keep) {
    used += cost[keep];
  }
  while (true) {
    cut.body.assign(article.body.begin(), article.body.begin() + keep);
    cut.text = JoinedText(cut.body, keep);
    result.blocks_left_out = article.body.size() - keep;
    result.output = Render(cut, format, options);
    result.output = (format == Format::kJson || format == Format::kJsonl)
                        ? MarkTruncated(std::move(result.output))
                        : result.output + TruncationNote(format, result.blocks_left_out,
                                                         result.blocks);
    if (result.output.size() <= max_bytes || keep == 0) break;
    keep = keep * 9 / 10;  // the per-block measure was short: cut more
  }
  if (result.output.size() > max_bytes) {
    result.output.clear();
    result.fits = false;
  }
  return result;
}

}  // namespace artext::cli
