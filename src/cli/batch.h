// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The parallel, order-preserving runner behind batch runs. Work items are
// numbered 0..count-1 and computed on `jobs` threads in any order; results
// are handed to a sink on the calling thread strictly in index order, so the
// output of a run is the same whatever the number of threads.
//
// Memory stays bounded: a worker may not start item i until item
// i - window has been handed to the sink, so at most `window` results exist
// at any time, however long the run and however slow the sink.

#ifndef ARTEXT_CLI_BATCH_H_
#define ARTEXT_CLI_BATCH_H_

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace artext::cli {

// Runs work(i) -> Result for every i in [0, count) on `jobs` threads and calls
// sink(i, Result&&) -> bool on the calling thread in increasing i. When the
// sink returns false no new item is started; items already running finish
// and are dropped. Returns the number of results given to the sink.
// `work` is called concurrently and must be thread-safe; it must not throw.
template <typename Result, typename Work, typename Sink>
size_t RunOrdered(size_t count, int jobs, size_t window, Work work, Sink sink) {
  jobs = std::max(jobs, 1);
  window = std::max<size_t>(window, static_cast<size_t>(jobs));
  std::mutex mu;
  std::condition_variable work_cv;  // a window slot freed, or stop
  std::condition_variable sink_cv;  // the next result in order arrived
  std::vector<std::optional<Result>> slots(window);
  size_t next_claim = 0;  // guarded by mu
  size_t next_emit = 0;   // guarded by mu
  bool stop = false;      // guarded by mu

  auto worker = [&] {
    std::unique_lock<std::mutex> lock(mu);
    while (true) {
      work_cv.wait(lock, [&] {
        return stop || next_claim >= count || next_claim < next_emit + window;
      });
      if (stop || next_claim >= count) return;
      size_t i = next_claim++;
      lock.unlock();
      Result result = work(i);
      lock.lock();
      slots[i % window].emplace(std::move(result));
      if (i == next_emit) sink_cv.notify_one();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(static_cast<size_t>(jobs));
  for (int t = 0; t < jobs; ++t) threads.emplace_back(worker);

  size_t emitted = 0;
  while (emitted < count) {
    std::unique_lock<std::mutex> lock(mu);
    std::optional<Result>& slot = slots[emitted % window];
    sink_cv.wait(lock, [&] { return slot.has_value(); });
    Result result(std::move(*slot));
    slot.reset();
    lock.unlock();
    bool go_on = sink(emitted, std::move(result));
    ++emitted;
    lock.lock();
    next_emit = emitted;
    if (!go_on) stop = true;
    lock.unlock();
    work_cv.notify_all();
    if (!go_on) break;
  }
  for (std::thread& t : threads) t.join();
  return emitted;
}

}  // namespace artext::cli

#endif  // ARTEXT_CLI_BATCH_H_
