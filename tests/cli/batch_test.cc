// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/batch.h"

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include <gtest/gtest.h>

namespace artext::cli {
namespace {

TEST(RunOrdered, DeliversInIndexOrderWhateverTheFinishingOrder) {
  for (int jobs : {1, 2, 8}) {
    std::vector<size_t> seen;
    size_t n = RunOrdered<size_t>(
        200, jobs, 4 * jobs,
        [](size_t i) {
          // Later items finish first within each group of 5.
          std::this_thread::sleep_for(std::chrono::microseconds((5 - i % 5) * 50));
          return i * 3;
        },
        [&](size_t i, size_t&& r) {
          EXPECT_EQ(r, i * 3);
          seen.push_back(i);
          return true;
        });
    EXPECT_EQ(n, 200u);
    ASSERT_EQ(seen.size(), 200u);
    for (size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], i);
  }
}

TEST(RunOrdered, NeverHoldsMoreThanTheWindow) {
  std::atomic<int> alive{0};
  std::atomic<int> peak{0};
  struct Tracked {
    std::atomic<int>* alive;
    explicit Tracked(std::atomic<int>* a) : alive(a) { ++*alive; }
    Tracked(Tracked&& o) noexcept : alive(o.alive) { o.alive = nullptr; }
    ~Tracked() {
      if (alive) --*alive;
    }
  };
  const size_t window = 6;
  RunOrdered<Tracked>(
      300, 3, window,
      [&](size_t) {
        Tracked t(&alive);
        int now = alive.load();
        int old = peak.load();
        while (now > old && !peak.compare_exchange_weak(old, now)) {}
        return t;
      },
      [&](size_t, Tracked&&) {
        // A slow sink: workers must wait rather than pile up results.
        std::this_thread::sleep_for(std::chrono::microseconds(100));
        return true;
      });
  EXPECT_LE(peak.load(), static_cast<int>(window) + 1);  // +1: being consumed
  EXPECT_EQ(alive.load(), 0);
}

TEST(RunOrdered, SinkReturningFalseStopsTheRun) {
  std::atomic<size_t> started{0};
  std::vector<size_t> seen;
  size_t n = RunOrdered<size_t>(
      10000, 4, 16,
      [&](size_t i) {
        ++started;
        return i;
      },
      [&](size_t i, size_t&&) {
        seen.push_back(i);
        return i < 9;
      });
  EXPECT_EQ(n, 10u);
  EXPECT_EQ(seen.size(), 10u);
  EXPECT_LE(started.load(), 10u + 16u);
}

TEST(RunOrdered, EmptyRunCallsNothing) {
  size_t n = RunOrdered<int>(
      0, 4, 16, [](size_t) { return 1; },
      [](size_t, int&&) {
        ADD_FAILURE();
        return true;
      });
  EXPECT_EQ(n, 0u);
}

}  // namespace
}  // namespace artext::cli
