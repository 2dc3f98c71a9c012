// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Corpus throughput: artext's whole extraction against a parse-only floor
// (gumbo alone, with its default options but max_errors = 0, on the same
// pages with script and style bodies removed), measured in the same process
// on the same pages, so machine noise cancels in the ratio.
//
//   bench/throughput CORPUS_DIR [-j N] [--repeat R]
//
// CORPUS_DIR holds *.html or *.html.gz files (any depth), e.g.
// ../shared/corpus/scrapinghub/html. Pages are read and decompressed before
// timing; only extraction (or parsing) is timed. The contenders run in
// interleaved rounds (floor, full gumbo, artext; R times), and each reports
// its best round: the round least disturbed by other processes. The ratio is
// also given per round (median), which is the figure that survives a busy
// machine best.

#include <gumbo.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "artext/extract.h"
#include "corpus.h"
#include "dom/prescan.h"

using Clock = std::chrono::steady_clock;

namespace {

struct Contender {
  const char* name;
  double best_seconds = 1e300;
  double best_cpu_seconds = 1e300;  // process CPU time of its best CPU round
  std::vector<double> round_seconds;
  std::vector<double> page_ms;  // from the best round
};

// Runs `work(i)` over all pages on `jobs` threads, pages handed out in
// order; returns the wall time and fills `page_ms`.
template <typename Work>
double TimeRound(size_t pages, int jobs, std::vector<double>* page_ms,
                 Work work) {
  page_ms->assign(pages, 0);
  std::atomic<size_t> next{0};
  auto start = Clock::now();
  std::vector<std::thread> threads;
  for (int t = 0; t < jobs; ++t) {
    threads.emplace_back([&] {
      for (size_t i; (i = next++) < pages;) {
        auto t0 = Clock::now();
        work(i);
        (*page_ms)[i] =
            std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      }
    });
  }
  for (auto& th : threads) th.join();
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double CpuSeconds() {
  struct rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec +
         ru.ru_stime.tv_usec / 1e6;
}

template <typename Work>
void Round(Contender* c, size_t pages, int jobs, Work work) {
  std::vector<double> ms;
  double cpu0 = CpuSeconds();
  double s = TimeRound(pages, jobs, &ms, work);
  c->best_cpu_seconds = std::min(c->best_cpu_seconds, CpuSeconds() - cpu0);
  c->round_seconds.push_back(s);
  if (s < c->best_seconds) {
    c->best_seconds = s;
    c->page_ms = std::move(ms);
  }
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * v.size()))];
}

void Report(const Contender& c, size_t pages, double mb) {
  // CPU ms a page is the figure least disturbed by other processes
  // competing for the cores (wall time includes waiting for them).
  std::printf("%-24s %7.1f pages/s %6.1f MB/s  p50 %6.2f ms  p95 %6.2f ms"
              "  best round %.3f s  CPU %.2f ms/page\n",
              c.name, pages / c.best_seconds, mb / c.best_seconds,
              Percentile(c.page_ms, 0.5), Percentile(c.page_ms, 0.95),
              c.best_seconds, 1000 * c.best_cpu_seconds / pages);
}

double MaxRssMb() {
  struct rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: throughput CORPUS_DIR [-j N] [--repeat R]\n");
    return 2;
  }
  int jobs = 1, repeat = 5;
  for (int i = 2; i + 1 < argc; ++i) {
    if (!std::strcmp(argv[i], "-j")) jobs = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--repeat")) repeat = std::max(1, std::atoi(argv[++i]));
  }
  std::vector<std::string> pages;
  for (auto& page : artext::bench::LoadCorpus(argv[1])) {
    pages.push_back(std::move(page.bytes));
  }
  if (pages.empty()) {
    std::fprintf(stderr, "throughput: no pages under %s\n", argv[1]);
    return 1;
  }
  double mb = 0;
  for (const auto& p : pages) mb += p.size() / 1e6;
  std::printf("%zu pages, %.1f MB, -j %d, %d interleaved rounds\n",
              pages.size(), mb, jobs, repeat);

  // The floor's input: script and style bodies removed (not timed).
  std::vector<std::string> stripped;
  for (const auto& p : pages) stripped.push_back(artext::dom::Prescan(p, {}, nullptr));
  double rss_loaded = MaxRssMb();
  GumboOptions gopts = kGumboDefaultOptions;
  gopts.max_errors = 0;
  auto gumbo = [&](const std::string& html) {
    GumboOutput* out = gumbo_parse_with_options(&gopts, html.data(), html.size());
    gumbo_destroy_output(&gopts, out);
  };
  Contender floor{"gumbo floor (no js/css)"}, full{"gumbo (full page)"},
      artext_run{"artext extract"};
  std::atomic<int> articles{0};
  for (int r = 0; r < repeat; ++r) {
    Round(&floor, pages.size(), jobs, [&](size_t i) { gumbo(stripped[i]); });
    Round(&full, pages.size(), jobs, [&](size_t i) { gumbo(pages[i]); });
    Round(&artext_run, pages.size(), jobs, [&](size_t i) {
      artext::Article a;
      if (artext::Extract(pages[i], {}, &a).ok() && a.is_article) ++articles;
    });
  }
  Report(full, pages.size(), mb);
  Report(floor, pages.size(), mb);
  Report(artext_run, pages.size(), mb);
  std::vector<double> ratios;
  for (int r = 0; r < repeat; ++r) {
    ratios.push_back(artext_run.round_seconds[r] / floor.round_seconds[r]);
  }
  std::printf("ratio artext / floor: %.2f (best rounds), %.2f (median of "
              "per-round ratios, min %.2f, max %.2f)\n",
              artext_run.best_seconds / floor.best_seconds,
              Percentile(ratios, 0.5), Percentile(ratios, 0),
              Percentile(ratios, 1));
  std::printf("ratio by CPU time: %.2f\n",
              artext_run.best_cpu_seconds / floor.best_cpu_seconds);
  std::printf("articles: %d of %zu per round\n", articles.load() / repeat,
              pages.size());
  std::printf("peak memory: %.1f MB whole process (%.1f MB with the corpus "
              "and its stripped copy loaded, before timing)\n",
              MaxRssMb(), rss_loaded);
  return 0;
}
