// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Serialisation of an Article. Pure functions; they never throw (invalid
// UTF-8 is replaced by U+FFFD on output).

#ifndef ARTEXT_OUTPUT_H_
#define ARTEXT_OUTPUT_H_

#include <cstddef>
#include <string>

#include "artext/article.h"

namespace artext {

// The version of docs/schema.json, written as "schema_version" on every
// JSON record (article, error, skip). Raised when a key changes meaning or
// goes away; new keys do not raise it.
inline constexpr int kSchemaVersion = 1;

enum class Format { kJson, kJsonl, kText, kMarkdown, kHtml, kWhy };

struct OutputOptions {
  bool pretty = true;    // JSON: indent two spaces (false for JSON Lines)
  bool explain = false;  // JSON: add the "provenance" object
  bool debug = false;    // JSON: add the "debug" list
};

// The documented JSON schema (docs/schema.json): every key always present.
std::string ToJson(const Article& article, const OutputOptions& options);
// Headline, "By ..." line, date line, blank line, blocks separated by blank
// lines. Ends with a newline.
std::string ToText(const Article& article);
std::string ToMarkdown(const Article& article);
// A minimal, clean, standalone HTML document of the article.
std::string ToHtml(const Article& article);

// The `--why` view: one self-contained HTML page (inline CSS, no scripts, no
// links, the page's text escaped) showing every text block of the page
// coloured by where it went, with the rule that decided. Needs
// Article::trace (Options::why); without it, says so.
std::string ToWhyHtml(const Article& article);

// Serialise in the given format (JSON Lines is compact JSON).
std::string Render(const Article& article, Format format,
                   const OutputOptions& options);

// Output bounded by the input. A page's output is at most
// kMaxOutputPerInputByte times its input (after gunzip) plus
// kOutputAllowance bytes: without a bound, a hostile page of tiny list
// items or escaped characters gives 6-12 times its size, enough to fill a
// disk in an --output-dir run. Real pages give far less than their size.
inline constexpr size_t kMaxOutputPerInputByte = 4;
// The metadata of a page with no body is ~1 KB; --debug notes a few more.
inline constexpr size_t kOutputAllowance = 64 * 1024;
size_t OutputLimit(size_t input_bytes);

struct BoundedOutput {
  std::string output;
  // Body blocks left out at the end (0: the output is whole). The JSON
  // then holds "truncated": true; the other formats end with a line
  // saying so (a comment in Markdown and HTML).
  size_t blocks_left_out = 0;
  size_t blocks = 0;  // body blocks of the article
  // False when even the article without its body is over the limit
  // (`output` is then empty).
  bool fits = true;
};

// Render, within `max_bytes`: when the whole article would be longer, the
// body is cut at a block boundary (its last blocks left out, `text`
// following; `word_count` stays the whole body's) and the output says so.
BoundedOutput RenderWithin(const Article& article, Format format,
                           const OutputOptions& options, size_t max_bytes);

}  // namespace artext

#endif  // ARTEXT_OUTPUT_H_
