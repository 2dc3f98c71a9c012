// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/progress.h"

namespace artext::cli {
namespace {

// Ten redraws a second look live without costing measurable time.
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);

std::string Clock(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60,
                  s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  }
  return buf;
}

}  // namespace

std::string ProgressLine(const RunStats& stats, double elapsed) {
  double rate = elapsed > 0 ? static_cast<double>(stats.done) / elapsed : 0;
  char buf[160];
  int width = static_cast<int>(std::to_string(stats.total).size());
  if (stats.total == 0) {
    std::snprintf(buf, sizeof buf, "[%zu] %.1f pages/s", stats.done, rate);
  } else {
    std::snprintf(buf, sizeof buf, "[%*zu/%zu] %.1f pages/s", width,
                  stats.done, stats.total, rate);
  }
  std::string line = buf;
  if (rate > 0 && stats.done < stats.total) {
    line += "  ETA " + Clock(static_cast<double>(stats.total - stats.done) / rate);
  }
  if (stats.failed > 0) line += "  " + std::to_string(stats.failed) + " failed";
  return line;
}

std::string SummaryLine(const RunStats& s, double elapsed) {
  double rate = elapsed > 0 ? static_cast<double>(s.done) / elapsed : 0;
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "%zu processed: %zu articles, %zu not articles, %zu failed, "
                "%zu skipped in %.1f s (%.1f pages/s)",
                s.done, s.articles, s.not_articles, s.failed, s.skipped,
                elapsed, rate);
  std::string line = buf;
  if (s.not_written > 0) {
    line += "; " + std::to_string(s.not_written) +
            " not articles not written (--articles-only)";
  }
  if (s.not_html > 0) {
    line += "; " + std::to_string(s.not_html) +
            " WARC records without HTML skipped";
  }
  if (s.done < s.total) {
    line += "; stopped early, " + std::to_string(s.total - s.done) +
            " not processed";
  }
  return line;
}

ProgressMeter::ProgressMeter(std::FILE* out, bool enabled)
    : out_(out),
      enabled_(enabled),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_ - kRedrawInterval) {}

double ProgressMeter::ElapsedSeconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                       start_)
      .count();
}

void ProgressMeter::Update(const RunStats& stats) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  bool last = stats.total > 0 && stats.done >= stats.total;
  if (now - last_draw_ < kRedrawInterval && !last) return;
  last_draw_ = now;
  std::fprintf(out_, "\r%s\033[K", ProgressLine(stats, ElapsedSeconds()).c_str());
  std::fflush(out_);
  drawn_ = true;
}

void ProgressMeter::Clear() {
  if (!enabled_ || !drawn_) return;
  std::fputs("\r\033[K", out_);
  std::fflush(out_);
  drawn_ = false;
}

}  // namespace artext::cli
