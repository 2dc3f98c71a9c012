// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/memory_budget.h"

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace artext::cli {
namespace {

TEST(ParseByteSize, NumbersAndBinarySuffixes) {
  uint64_t v = 0;
  EXPECT_TRUE(ParseByteSize("1073741824", &v));
  EXPECT_EQ(v, 1073741824u);
  EXPECT_TRUE(ParseByteSize("512M", &v));
  EXPECT_EQ(v, 512u << 20);
  EXPECT_TRUE(ParseByteSize("2g", &v));
  EXPECT_EQ(v, uint64_t{2} << 30);
  EXPECT_TRUE(ParseByteSize("64KiB", &v));
  EXPECT_EQ(v, 64u << 10);
  EXPECT_TRUE(ParseByteSize("3MB", &v));
  EXPECT_EQ(v, 3u << 20);
  EXPECT_TRUE(ParseByteSize("0", &v));
  EXPECT_EQ(v, 0u);
  for (const char* bad : {"", "M", "-1", "1.5G", "12X", "1 G", "1GG",
                          "99999999999999999999", "16777216T"}) {
    EXPECT_FALSE(ParseByteSize(bad, &v)) << bad;
  }
}

TEST(ExpectedCost, SizeTimesTheMeasuredFactor) {
  EXPECT_EQ(ExpectedCost(1000, false), 1000 * kPeakBytesPerInputByte);
  EXPECT_EQ(ExpectedCost(1000, true),
            1000 * kGzipExpansion * kPeakBytesPerInputByte);
  EXPECT_EQ(ExpectedCost(UINT64_MAX / 2, false), UINT64_MAX);
}

TEST(MemoryBudget, ReservationsBeyondTheLimitWait) {
  MemoryBudget budget(100);
  uint64_t first = budget.Reserve(60);
  std::atomic<bool> second_in{false};
  std::thread t([&] {
    uint64_t got = budget.Reserve(60);
    second_in = true;
    budget.Release(got);
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(second_in);  // 60 + 60 > 100
  budget.Release(first);
  t.join();
  EXPECT_TRUE(second_in);
  EXPECT_EQ(budget.in_use(), 0u);
}

TEST(MemoryBudget, AnItemLargerThanTheBudgetRunsAlone) {
  MemoryBudget budget(100);
  uint64_t big = budget.Reserve(500);  // nothing else runs: never a deadlock
  EXPECT_EQ(big, 500u);
  std::atomic<bool> small_in{false};
  std::thread t([&] {
    budget.Release(budget.Reserve(1));
    small_in = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(small_in);
  budget.Release(big);
  t.join();
  EXPECT_TRUE(small_in);
}

TEST(MemoryBudget, ConcurrentReservationsStayWithinTheLimit) {
  MemoryBudget budget(1000);
  std::atomic<uint64_t> held{0}, peak{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        uint64_t cost = 100 + 50 * static_cast<uint64_t>((t + i) % 7);
        uint64_t got = budget.Reserve(cost);
        uint64_t now = held += got;
        std::this_thread::sleep_for(std::chrono::microseconds(50));
        uint64_t seen = peak;
        while (now > seen && !peak.compare_exchange_weak(seen, now)) {}
        held -= got;
        budget.Release(got);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_LE(peak.load(), 1000u);
  EXPECT_GE(peak.load(), 200u);  // they did overlap
  EXPECT_EQ(budget.in_use(), 0u);
}

TEST(MemoryBudget, ZeroMeansNoBudget) {
  MemoryBudget budget(0);
  EXPECT_EQ(budget.Reserve(uint64_t{1} << 40), 0u);
  EXPECT_EQ(budget.Reserve(uint64_t{1} << 40), 0u);
}

}  // namespace
}  // namespace artext::cli
