// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Corpus throughput: artext's whole extraction against a parse-only floor
// (gumbo alone on the same pages with script and style bodies removed),
// measured in the same process on the same pages, so machine noise cancels
// in the ratio.
//
//   bench/throughput CORPUS_DIR [-j N] [--repeat R]
//
// CORPUS_DIR holds *.html or *.html.gz files (any depth), e.g.
// ../shared/corpus/scrapinghub/html. Pages are read and decompressed before
// timing; only extraction (or parsing) is timed.

#include <gumbo.h>
#include <sys/resource.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "artext/extract.h"
#include "dom/prescan.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::string data((std::istreambuf_iterator<char>(in)), {});
  if (data.size() < 2 || static_cast<unsigned char>(data[0]) != 0x1f ||
      static_cast<unsigned char>(data[1]) != 0x8b) {
    return data;
  }
  std::string out;
  z_stream zs{};
  inflateInit2(&zs, 15 + 32);
  zs.next_in = reinterpret_cast<Bytef*>(data.data());
  zs.avail_in = static_cast<uInt>(data.size());
  char buf[1 << 16];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
  }
  inflateEnd(&zs);
  return out;
}

struct Run {
  double seconds = 0;
  std::vector<double> page_ms;
};

// Runs `work(i)` over all pages on `jobs` threads, pages taken in order.
template <typename Work>
Run Time(size_t pages, int jobs, int repeat, Work work) {
  Run run;
  run.page_ms.assign(pages, 0);
  auto start = Clock::now();
  for (int r = 0; r < repeat; ++r) {
    std::atomic<size_t> next{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < jobs; ++t) {
      threads.emplace_back([&] {
        for (size_t i; (i = next++) < pages;) {
          auto t0 = Clock::now();
          work(i);
          double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
          if (r == 0) run.page_ms[i] = ms;
        }
      });
    }
    for (auto& th : threads) th.join();
  }
  run.seconds = std::chrono::duration<double>(Clock::now() - start).count() / repeat;
  return run;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * v.size()))];
}

void Report(const char* name, const Run& run, size_t pages, double mb) {
  std::printf("%-22s %8.1f pages/s %7.1f MB/s  p50 %6.2f ms  p95 %6.2f ms  total %.3f s\n",
              name, pages / run.seconds, mb / run.seconds,
              Percentile(run.page_ms, 0.5), Percentile(run.page_ms, 0.95),
              run.seconds);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: throughput CORPUS_DIR [-j N] [--repeat R]\n");
    return 2;
  }
  int jobs = 1, repeat = 3;
  for (int i = 2; i + 1 < argc; ++i) {
    if (!std::strcmp(argv[i], "-j")) jobs = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--repeat")) repeat = std::max(1, std::atoi(argv[++i]));
  }
  std::vector<std::string> pages;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(argv[1], ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (it->is_regular_file() &&
        (name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".html.gz"))) {
      pages.push_back(ReadFile(it->path()));
    }
  }
  if (pages.empty()) {
    std::fprintf(stderr, "throughput: no pages under %s\n", argv[1]);
    return 1;
  }
  double mb = 0;
  for (const auto& p : pages) mb += p.size() / 1e6;
  std::printf("%zu pages, %.1f MB, -j %d, best of the mean of %d runs\n",
              pages.size(), mb, jobs, repeat);

  // The floor: script and style bodies removed (not timed), then gumbo alone.
  std::vector<std::string> stripped;
  for (const auto& p : pages) stripped.push_back(artext::dom::Prescan(p, {}, nullptr));
  GumboOptions gopts = kGumboDefaultOptions;
  gopts.max_errors = 0;
  Run floor = Time(pages.size(), jobs, repeat, [&](size_t i) {
    GumboOutput* out = gumbo_parse_with_options(&gopts, stripped[i].data(), stripped[i].size());
    gumbo_destroy_output(&gopts, out);
  });
  Run gumbo_full = Time(pages.size(), jobs, repeat, [&](size_t i) {
    GumboOutput* out = gumbo_parse_with_options(&gopts, pages[i].data(), pages[i].size());
    gumbo_destroy_output(&gopts, out);
  });
  std::atomic<int> articles{0};
  Run artext_run = Time(pages.size(), jobs, repeat, [&](size_t i) {
    artext::Article a;
    if (artext::Extract(pages[i], {}, &a).ok() && a.is_article) ++articles;
  });
  Report("gumbo (full page)", gumbo_full, pages.size(), mb);
  Report("gumbo floor (no js/css)", floor, pages.size(), mb);
  Report("artext extract", artext_run, pages.size(), mb);
  std::printf("ratio artext / floor: %.2f\n", artext_run.seconds / floor.seconds);
  std::printf("articles: %d of %zu per run\n", articles.load() / repeat, pages.size());
  struct rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("peak memory (whole process, corpus held in memory): %.1f MB\n",
              ru.ru_maxrss / 1024.0);
  return 0;
}
