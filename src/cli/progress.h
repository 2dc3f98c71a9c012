// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The counts of a run, the live progress line a terminal shows while it
// runs, and the closing summary. Both go to stderr; stdout carries data only.

#ifndef ARTEXT_CLI_PROGRESS_H_
#define ARTEXT_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace artext::cli {

struct RunStats {
  size_t total = 0;  // inputs enumerated; 0 when unknown (WARC, JSON Lines)
  size_t done = 0;   // inputs finished (any outcome)
  size_t articles = 0;
  size_t not_articles = 0;
  size_t failed = 0;
  size_t skipped = 0;  // --skip-existing
  // --articles-only in a text format: not articles, nothing written (a
  // part of not_articles).
  size_t not_written = 0;
  size_t not_html = 0;  // WARC records holding no HTML page (not in `done`)
};

// "[  120/2000]  85.3 pages/s  ETA 0:22  2 failed": what the live line says.
std::string ProgressLine(const RunStats& stats, double elapsed_seconds);

// "2000 processed: 1890 articles, 100 not articles, 10 failed, 0 skipped
// in 12.4 s (161.3 pages/s)".
std::string SummaryLine(const RunStats& stats, double elapsed_seconds);

// Redraws the progress line in place ("\r...\033[K") at most every
// kRedrawInterval, so a fast run does not spend its time on the terminal.
// Disabled meters do nothing. Single-threaded (the runner's sink thread).
class ProgressMeter {
 public:
  ProgressMeter(std::FILE* out, bool enabled);
  void Update(const RunStats& stats);
  // Erases the line so the summary or a diagnostic starts on a clean line.
  void Clear();
  double ElapsedSeconds() const;

 private:
  std::FILE* out_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace artext::cli

#endif  // ARTEXT_CLI_PROGRESS_H_
