// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/memory_budget.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <cctype>
#include <string>

namespace artext::cli {

uint64_t MemoryBudget::Reserve(uint64_t cost) {
  if (limit_ == 0) return 0;
  std::unique_lock<std::mutex> lock(mu_);
  freed_.wait(lock, [&] { 
    return in_use_ == 0 || (in_use_ <= limit_ && cost <= limit_ - in_use_);
  });
  in_use_ += cost;
  return cost;
}

void MemoryBudget::Release(uint64_t amount) {
  if (amount == 0) return;
#ifdef __GLIBC__
  if (amount >= kTrimAfterBytes) malloc_trim(0);
#endif
  {
    std::lock_guard<std::mutex> lock(mu_);
    in_use_ -= amount;
  }
  freed_.notify_all();
}

uint64_t MemoryBudget::in_use() const {
  std::lock_guard<std::mutex> lock(mu_);
  return in_use_;
}

uint64_t ExpectedCost(uint64_t input_bytes, bool gzipped) {
  uint64_t bytes = input_bytes;
  if (gzipped) {
    bytes = bytes > UINT64_MAX / kGzipExpansion ? UINT64_MAX
                                                : bytes * kGzipExpansion;
  }
  return bytes > UINT64_MAX / kPeakBytesPerInputByte
             ? UINT64_MAX
             : bytes * kPeakBytesPerInputByte;
}

bool ParseByteSize(std::string_view text, uint64_t* out) {
  size_t digits = 0;
  uint64_t value = 0;
  while (digits < text.size() &&
         std::isdigit(static_cast<unsigned char>(text[digits]))) {
    uint64_t d = static_cast<uint64_t>(text[digits] - '0');
    if (value > (UINT64_MAX - d) / 10) return false;
    value = value * 10 + d;
    ++digits;
  }
  if (digits == 0) return false;
  std::string unit;
  for (char c : text.substr(digits)) {
    unit += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  // "K", "KB" and "KiB" all mean 1024: a memory size, not a disk's.
  if (unit.size() >= 2 && unit.back() == 'b') unit.pop_back();
  if (unit.size() == 2 && unit.back() == 'i') unit.pop_back();
  int shift;
  if (unit.empty() || unit == "b") {
    shift = 0;
  } else if (unit.size() != 1) {
    return false;
  } else if (unit[0] == 'k') {
    shift = 10;
  } else if (unit[0] == 'm') {
    shift = 20;
  } else if (unit[0] == 'g') {
    shift = 30;
  } else if (unit[0] == 't') {
    shift = 40;
  } else {
    return false;
  }
  if (shift > 0 && value > (UINT64_MAX >> shift)) return false;
  *out = value << shift;
  return true;
}

}  // namespace artext::cli
