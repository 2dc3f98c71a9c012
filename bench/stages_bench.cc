// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Google Benchmark microbenchmarks, one per pipeline stage, on representative
// pages of a corpus:
//
//   bench/stages_bench CORPUS_DIR [--benchmark_filter=...]
//
// The pages are 16 spread evenly over the corpus sorted by size (smallest to
// largest), so a stage's time per page is its mean over the size range.
// Each stage runs on the output of the previous ones, computed before timing.
// "gumbo_floor" is gumbo alone on the prescanned pages: the parse-only floor.

#include <benchmark/benchmark.h>
#include <gumbo.h>

#include <algorithm>
#include <cstdio>

#include "artext/extract.h"
#include "artext/output.h"
#include "charset/decode.h"
#include "clean/prep.h"
#include "content/assemble.h"
#include "content/blocks.h"
#include "corpus.h"
#include "dom/document.h"
#include "dom/prescan.h"
#include "metadata/readers/jsonld.h"
#include "metadata/metadata.h"
#include "score/grab.h"

namespace {

using namespace artext;

struct Sample {
  std::string bytes;    // raw page
  std::string utf8;     // decoded
  std::string floor;    // script and style bodies cut: the floor's input
  std::string scanned;  // prescanned as Document::Parse does it (slim)
};

// The prescan as Document::Parse runs it.
dom::PrescanOptions SlimPrescan() {
  dom::PrescanOptions options;
  options.slim = true;
  return options;
}

std::vector<Sample>& Samples() {
  static std::vector<Sample> samples;
  return samples;
}

int64_t TotalBytes() {
  int64_t n = 0;
  for (const Sample& s : Samples()) n += s.bytes.size();
  return n;
}

template <typename Fn>
void RunOverSamples(benchmark::State& state, Fn fn) {
  for (auto _ : state) {
    for (Sample& s : Samples()) fn(s);
  }
  state.SetItemsProcessed(state.iterations() * Samples().size());
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}

void BM_decode(benchmark::State& state) {
  RunOverSamples(state, [](Sample& s) {
    benchmark::DoNotOptimize(charset::Decode(s.bytes, "", ""));
  });
}

void BM_prescan(benchmark::State& state) {
  RunOverSamples(state, [](Sample& s) {
    benchmark::DoNotOptimize(dom::Prescan(s.utf8, SlimPrescan(), nullptr));
  });
}

void BM_gumbo_floor(benchmark::State& state) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  RunOverSamples(state, [&](Sample& s) {
    GumboOutput* out =
        gumbo_parse_with_options(&options, s.floor.data(), s.floor.size());
    gumbo_destroy_output(&options, out);
  });
}

dom::ParseOptions NoPrescan() {
  dom::ParseOptions options;
  options.prescan = false;  // the samples are prescanned already
  return options;
}

// gumbo plus the conversion into dom::Node, on the slim prescan's output.
void BM_parse(benchmark::State& state) {
  RunOverSamples(state, [](Sample& s) {
    benchmark::DoNotOptimize(dom::Document::Parse(s.scanned, NoPrescan()));
  });
}

// The stages after parsing run on documents parsed once, up front.
std::vector<dom::Document>& Docs() {
  static std::vector<dom::Document> docs = [] {
    std::vector<dom::Document> d;
    for (const Sample& s : Samples()) {
      d.push_back(dom::Document::Parse(s.scanned, NoPrescan()));
    }
    return d;
  }();
  return docs;
}

void BM_metadata(benchmark::State& state) {
  Options options;
  for (auto _ : state) {
    for (const dom::Document& doc : Docs()) {
      benchmark::DoNotOptimize(metadata::ExtractMetadata(
          doc, metadata::ParseJsonLdScripts(doc), options));
    }
  }
  state.SetItemsProcessed(state.iterations() * Docs().size());
}

// Prepare and grab: the cleaning levels and the attempts over them.
void BM_grab(benchmark::State& state) {
  Options options;
  for (auto _ : state) {
    for (dom::Document& doc : Docs()) {
      clean::ResetRemoved(&doc);  // Prepare reads an unmarked tree
      benchmark::DoNotOptimize(
          score::GrabArticle(clean::Prepare(doc), options, &doc));
    }
  }
  state.SetItemsProcessed(state.iterations() * Docs().size());
}

void BM_blocks(benchmark::State& state) {
  Options options;
  std::vector<score::GrabResult> grabs;
  // Each document keeps its grab's `removed` marks, which blocks honour.
  for (dom::Document& doc : Docs()) {
    clean::ResetRemoved(&doc);
    grabs.push_back(score::GrabArticle(clean::Prepare(doc), options, &doc));
  }
  for (auto _ : state) {
    for (const score::GrabResult& g : grabs) {
      benchmark::DoNotOptimize(content::ExtractBlocks(g.containers, g.stats));
    }
  }
  state.SetItemsProcessed(state.iterations() * grabs.size());
}

// Assemble (from a finished article's body) and the JSON output.
void BM_output(benchmark::State& state) {
  std::vector<Article> articles;
  for (const Sample& s : Samples()) {
    Article a;
    Extract(s.bytes, {}, &a);
    articles.push_back(std::move(a));
  }
  for (auto _ : state) {
    for (const Article& a : articles) {
      content::Parts parts;
      parts.body = a.body;
      benchmark::DoNotOptimize(ToJson(content::Assemble(std::move(parts), {}), {}));
    }
  }
  state.SetItemsProcessed(state.iterations() * articles.size());
}

void BM_extract_total(benchmark::State& state) {
  RunOverSamples(state, [](Sample& s) {
    Article a;
    benchmark::DoNotOptimize(Extract(s.bytes, {}, &a));
  });
}

BENCHMARK(BM_decode)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_prescan)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_gumbo_floor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_parse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_metadata)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_grab)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_blocks)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_output)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_extract_total)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc != 2) {
    std::fprintf(stderr, "usage: stages_bench CORPUS_DIR [--benchmark_...]\n");
    return 2;
  }
  auto pages = bench::LoadCorpus(argv[1]);
  if (pages.empty()) {
    std::fprintf(stderr, "stages_bench: no pages under %s\n", argv[1]);
    return 1;
  }
  std::sort(pages.begin(), pages.end(), [](const auto& a, const auto& b) {
    return a.bytes.size() < b.bytes.size();
  });
  constexpr size_t kSamples = 16;
  size_t count = std::min(kSamples, pages.size());
  for (size_t i = 0; i < count; ++i) {
    size_t at = count == 1 ? 0 : i * (pages.size() - 1) / (count - 1);
    Sample s;
    s.bytes = pages[at].bytes;
    s.utf8 = charset::Decode(s.bytes, "", "").utf8;
    s.floor = dom::Prescan(s.utf8, {}, nullptr);
    s.scanned = dom::Prescan(s.utf8, SlimPrescan(), nullptr);
    Samples().push_back(std::move(s));
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
