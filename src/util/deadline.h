// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// A per-extraction time budget (Options::timeout_seconds). The pipeline asks
// Expired() between its passes, so a page over budget stops at the next pass
// boundary instead of running to the end. A pass already running is not
// interrupted (gumbo's parse is one library call); Options::max_nesting_depth
// and max_input_bytes are what bound a single pass.

#ifndef ARTEXT_UTIL_DEADLINE_H_
#define ARTEXT_UTIL_DEADLINE_H_

#include <chrono>

namespace artext::util {

class Deadline {
 public:
  using Clock = std::chrono::steady_clock;

  // seconds <= 0: no budget, never expires.
  explicit Deadline(double seconds)
      : start_(Clock::now()), seconds_(seconds) {}

  bool Expired() const { return seconds_ > 0 && ElapsedSeconds() > seconds_; }
  double ElapsedSeconds() const {
    return std::chrono::duration<double>(Clock::now() - start_).count();
  }
  double budget_seconds() const { return seconds_; }

 private:
  Clock::time_point start_;
  double seconds_;
};

}  // namespace artext::util

#endif  // ARTEXT_UTIL_DEADLINE_H_
