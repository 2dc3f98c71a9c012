// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Equivalence check for dom::Prescan over a corpus:
//
//   bench/prescan_check CORPUS_DIR
//
// For every page: (1) gumbo's tree of the decoded page and of the
// prescanned page (slim, as Document::Parse runs it) must be equal, apart
// from script/style/iframe text, comments and what the slim mode leaves out
// (tests/testing/gumbo_tree.h); (2) artext's JSON output with and
// without the prescan must be identical. Prints each difference and the
// totals; exits 1 when any output differs. A tree difference alone is
// reported, not fatal: cutting a <nav> also drops the formatting elements
// gumbo would have reconstructed after it from an unclosed one inside it
// (a menu's unclosed <a> wraps the rest of the page), and the dump cannot
// follow that; the outputs are what must not change.

#include <cstdio>
#include <string>

#include "artext/output.h"
#include "charset/decode.h"
#include "corpus.h"
#include "dom/document.h"
#include "dom/prescan.h"
#include "extract_internal.h"
#include "testing/gumbo_tree.h"

namespace {

// artext::Extract's own passes, with the prescan switched on or off.
std::string ExtractJson(const std::string& bytes, bool prescan) {
  artext::Options options;
  artext::dom::ParseOptions parse;
  parse.max_depth = options.max_nesting_depth;
  parse.prescan = prescan;
  artext::Article article;
  artext::Status s =
      artext::internal::ExtractWithParseOptions(bytes, options, parse, &article);
  return s.ok() ? artext::ToJson(article, {}) : "error: " + s.ToString();
}

// The first line where `a` and `b` differ, for the report.
std::string FirstDifference(const std::string& a, const std::string& b) {
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  size_t line = a.rfind('\n', i);
  line = line == std::string::npos ? 0 : line + 1;
  auto cut = [&](const std::string& s) {
    return s.substr(line, std::min<size_t>(160, s.find('\n', i) - line));
  };
  return "    without: " + cut(a) + "\n    with:    " + cut(b);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: prescan_check CORPUS_DIR\n");
    return 2;
  }
  auto pages = artext::bench::LoadCorpus(argv[1]);
  int tree_diffs = 0, output_diffs = 0;
  size_t bytes_in = 0, bytes_out = 0, dropped = 0, renamed = 0;
  for (const auto& page : pages) {
    std::string utf8 = artext::charset::Decode(page.bytes, "", "").utf8;
    artext::dom::PrescanStats stats;
    artext::dom::PrescanOptions options;
    options.slim = true;  // as Document::Parse runs it
    std::string scanned = artext::dom::Prescan(utf8, options, &stats);
    dropped += stats.dropped_tags;
    renamed += stats.renamed_tags;
    bytes_in += utf8.size();
    bytes_out += scanned.size();
    std::string t0 = artext::testing::GumboTree(utf8, /*slim=*/true);
    std::string t1 = artext::testing::GumboTree(scanned, /*slim=*/true);
    if (t0 != t1) {
      ++tree_diffs;
      std::printf("tree differs: %s\n%s\n", page.name.c_str(),
                  FirstDifference(t0, t1).c_str());
    }
    std::string j0 = ExtractJson(page.bytes, false),
                j1 = ExtractJson(page.bytes, true);
    if (j0 != j1) {
      ++output_diffs;
      std::printf("output differs: %s\n%s\n", page.name.c_str(),
                  FirstDifference(j0, j1).c_str());
    }
  }
  std::printf("%zu pages, %.1f MB decoded -> %.1f MB prescanned (%.0f%%); "
              "trees differ on %d, outputs differ on %d\n",
              pages.size(), bytes_in / 1e6, bytes_out / 1e6,
              100.0 * bytes_out / std::max<size_t>(1, bytes_in), tree_diffs,
              output_diffs);
  std::printf("tags dropped by the depth cap: %zu; renamed by the crash "
              "guard: %zu\n", dropped, renamed);
  return output_diffs ? 1 : 0;
}
