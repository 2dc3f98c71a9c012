// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The memory budget of a batch (--max-memory). Before a page is handed to a
// worker, its expected peak cost (its size times kPeakBytesPerInputByte) is
// reserved here; the worker gives it back when the page is done. A
// reservation that does not fit waits until enough pages finish, so -j 8
// over large WARC records queues instead of multiplying memory (issue 16,
// row 9). A page whose cost alone exceeds the budget runs when nothing else
// does: a large page is slow, never a deadlock.
//
// Thread safety: every method may be called from any thread.

#ifndef ARTEXT_CLI_MEMORY_BUDGET_H_
#define ARTEXT_CLI_MEMORY_BUDGET_H_

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string_view>

namespace artext::cli {

// Peak RSS of one extraction per byte of input: (peak - the 5 MB of a tiny
// page) / input size, /usr/bin/time -f %M, one page per run. The twelve
// largest corpus pages (0.5-1.6 MB) cost 2.5-5.7 bytes per byte, a
// Wikipedia page 13.3 (tables: many small nodes); a 20 MB page made by
// repeating the body of samples/cli-basic.html 13.6 (278 MB peak). 16 covers
// the worst seen: a budget that underestimates lets -j pages overrun it.
// docs/robustness.md, "Memory budget", has the figures.
inline constexpr uint64_t kPeakBytesPerInputByte = 16;

// HTML compresses about 6x with gzip (200 corpus pages, 25.7 MB, gzip -6
// to 4.2 MB): a .gz page's cost is estimated from its compressed size times
// this.
inline constexpr uint64_t kGzipExpansion = 6;

// glibc keeps memory freed by a thread in that thread's arena: after -j 8
// large pages ran one after another on eight threads, each arena held one
// page's peak, and RSS grew to -j times it whatever the budget (8 records of
// 5 MB under a 256 MiB budget peaked at 495 MB). Release hands it back
// (malloc_trim) after any page whose expected cost is at least this; below
// it the retained memory is small and the trim's walk of every arena is not
// worth it.
inline constexpr uint64_t kTrimAfterBytes = uint64_t{16} << 20;

// --max-memory's default: 1 GiB.
inline constexpr uint64_t kDefaultMaxMemory = uint64_t{1} << 30;

class MemoryBudget {
 public:
  // `limit` 0 means no budget: Reserve never waits.
  explicit MemoryBudget(uint64_t limit) : limit_(limit) {}
  MemoryBudget(const MemoryBudget&) = delete;
  MemoryBudget& operator=(const MemoryBudget&) = delete;

  // Waits until `cost` fits beside what is reserved (or nothing is), then
  // reserves it. Returns the amount to give back to Release.
  uint64_t Reserve(uint64_t cost);
  // Gives `amount` back. After a large page, first returns the memory the
  // allocator keeps to the system (see kTrimAfterBytes).
  void Release(uint64_t amount);

  uint64_t in_use() const;

 private:
  const uint64_t limit_;
  mutable std::mutex mu_;
  std::condition_variable freed_;
  uint64_t in_use_ = 0;  // guarded by mu_
};

// The expected peak cost of extracting `input_bytes` bytes of HTML (or a
// gzip file of that size when `gzipped`).
uint64_t ExpectedCost(uint64_t input_bytes, bool gzipped);

// Parses a size such as "1073741824", "512M", "2G", "64k" (suffixes K, M, G,
// T are powers of 1024, case-insensitive, an optional trailing "B" or "iB").
// Returns false for anything else, or a value that overflows.
bool ParseByteSize(std::string_view text, uint64_t* out);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_MEMORY_BUDGET_H_
