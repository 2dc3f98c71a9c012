// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The command line's output bound: what it writes for a page is at most a
// fixed multiple of the page's size (docs/robustness.md).

#ifndef ARTEXT_CLI_BOUNDED_OUTPUT_H_
#define ARTEXT_CLI_BOUNDED_OUTPUT_H_

#include <cstddef>
#include <string>

#include "artext/article.h"
#include "artext/output.h"
#include "cli/format.h"

namespace artext::cli {

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

}  // namespace artext::cli

#endif  // ARTEXT_CLI_BOUNDED_OUTPUT_H_
