// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/stream_batch.h"

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace artext::cli {
namespace {

// A producer of 0..n-1.
struct Counter {
  size_t n;
  size_t next = 0;
  bool operator()(size_t* item) {
    if (next >= n) return false;
    *item = next++;
    return true;
  }
};

TEST(RunStreamOrdered, DeliversInProductionOrderWhateverTheFinishingOrder) {
  for (int jobs : {1, 2, 8}) {
    std::vector<size_t> seen;
    size_t n = RunStreamOrdered<size_t, size_t>(
        jobs, 4 * jobs, Counter{200},
        [](size_t&& i) {
          // Later items finish first within each group of 5.
          std::this_thread::sleep_for(std::chrono::microseconds((5 - i % 5) * 50));
          return i * 3;
        },
        [&](size_t&& r) {
          seen.push_back(r / 3);
          EXPECT_EQ(r % 3, 0u);
          return true;
        });
    EXPECT_EQ(n, 200u);
    ASSERT_EQ(seen.size(), 200u) << jobs << " jobs";
    for (size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], i);
  }
}

TEST(RunStreamOrdered, EmptyProducerEndsAtOnce) {
  int sunk = 0;
  size_t n = RunStreamOrdered<size_t, size_t>(
      4, 16, Counter{0}, [](size_t&& i) { return i; },
      [&](size_t&&) {
        ++sunk;
        return true;
      });
  EXPECT_EQ(n, 0u);
  EXPECT_EQ(sunk, 0);
}

TEST(RunStreamOrdered, PullsNoMoreThanTheWindowAhead) {
  // The producer records how far it ran ahead of the sink: that bounds the
  // items and results alive at once, hence memory.
  const size_t window = 6;
  std::atomic<size_t> produced{0};
  std::atomic<size_t> emitted{0};
  std::atomic<size_t> worst{0};
  size_t next = 0;
  RunStreamOrdered<size_t, size_t>(
      3, window,
      [&](size_t* item) {
        if (next >= 300) return false;
        *item = next++;
        size_t ahead = ++produced - emitted.load();
        size_t old = worst.load();
        while (ahead > old && !worst.compare_exchange_weak(old, ahead)) {}
        return true;
      },
      [](size_t&& i) { return i; },
      [&](size_t&&) {
        std::this_thread::sleep_for(std::chrono::microseconds(100));
        ++emitted;
        return true;
      });
  EXPECT_EQ(emitted.load(), 300u);
  EXPECT_LE(worst.load(), window + 1);  // +1: the one being consumed
}

TEST(RunStreamOrdered, NeverHoldsMoreThanTheWindowOfItemsAndResults) {
  // Every item and every result is a live Tracked until destroyed: the
  // bound on these is the bound on memory (a record each).
  std::atomic<int> alive{0};
  std::atomic<int> peak{0};
  struct Tracked {
    std::atomic<int>* alive = nullptr;
    std::atomic<int>* peak = nullptr;
    Tracked() = default;
    Tracked(std::atomic<int>* a, std::atomic<int>* p) : alive(a), peak(p) {
      int now = ++*alive;
      int old = peak->load();
      while (now > old && !peak->compare_exchange_weak(old, now)) {}
    }
    Tracked(Tracked&& o) noexcept : alive(o.alive), peak(o.peak) { o.alive = nullptr; }
    Tracked& operator=(Tracked&& o) noexcept {
      if (alive) --*alive;
      alive = o.alive;
      peak = o.peak;
      o.alive = nullptr;
      return *this;
    }
    ~Tracked() {
      if (alive) --*alive;
    }
  };
  const size_t window = 6;
  int produced = 0;
  RunStreamOrdered<Tracked, Tracked>(
      3, window,
      [&](Tracked* item) {
        if (produced++ >= 300) return false;
        *item = Tracked(&alive, &peak);
        return true;
      },
      [&](Tracked&& item) {
        Tracked result(&alive, &peak);  // the item dies when work returns
        (void)item;
        return result;
      },
      [](Tracked&&) {
        std::this_thread::sleep_for(std::chrono::microseconds(100));
        return true;
      });
  // window results or items in flight, plus the one being consumed, plus
  // one result per thread that briefly coexists with its item.
  EXPECT_LE(peak.load(), static_cast<int>(window) + 1 + 3);
  EXPECT_EQ(alive.load(), 0);
}

TEST(RunStreamOrdered, SinkReturningFalseStopsPulling) {
  size_t pulled = 0;
  std::vector<size_t> seen;
  size_t n = RunStreamOrdered<size_t, size_t>(
      4, 16,
      [&](size_t* item) {
        *item = pulled++;
        return true;  // endless: only the sink can stop the run
      },
      [](size_t&& i) { return i; },
      [&](size_t&& i) {
        seen.push_back(i);
        return i < 9;
      });
  EXPECT_EQ(n, 10u);
  EXPECT_EQ(seen.size(), 10u);
  EXPECT_LE(pulled, 10u + 16u + 4u);
}

}  // namespace
}  // namespace artext::cli
