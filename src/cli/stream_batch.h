// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The parallel, order-preserving runner behind batch runs, for work whose
// number of items is not known in advance: the records of a WARC file, the
// lines of a JSON Lines stream (a folder of pages is the simple case of one
// item per file). Items are pulled one at a time from a producer, computed
// on `jobs` threads in any order, and handed to a sink on the calling thread
// strictly in the order the producer gave them, so the output is the same
// whatever the number of threads.
//
// Memory stays bounded: an item is pulled only when fewer than `window`
// items are in flight (pulled but not yet given to the sink), so at most
// `window` items and results exist at once, each no larger than the largest
// record, however large the input.

#ifndef ARTEXT_CLI_STREAM_BATCH_H_
#define ARTEXT_CLI_STREAM_BATCH_H_

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace artext::cli {

// Calls produce(Item*) -> bool until it returns false (the end of the
// items); computes work(Item&&) -> Result for each item on `jobs` threads;
// calls sink(Result&&) -> bool on the calling thread in production order.
// When the sink returns false no new item is pulled; items already running
// finish and are dropped. Returns the number of results given to the sink.
// `produce` is called by the worker threads, one call at a time (it need not
// be thread-safe); `work` is called concurrently. Neither may throw.
template <typename Item, typename Result, typename Produce, typename Work,
          typename Sink>
size_t RunStreamOrdered(int jobs, size_t window, Produce produce, Work work,
                        Sink sink) {
  jobs = std::max(jobs, 1);
  window = std::max<size_t>(window, static_cast<size_t>(jobs));
  std::mutex mu;                    // guards the fields below
  std::mutex produce_mu;            // one produce() call at a time, in order
  std::condition_variable work_cv;  // a window slot freed, or stop
  std::condition_variable sink_cv;  // a result arrived, or the items ended
  std::vector<std::optional<Result>> slots(window);
  size_t next_claim = 0;  // sequence number of the next item to pull
  size_t next_emit = 0;
  size_t count = SIZE_MAX;  // known once produce() has returned false
  bool stop = false;

  auto worker = [&] {
    while (true) {
      {
        std::unique_lock<std::mutex> lock(mu);
        work_cv.wait(lock, [&] {
          return stop || next_claim >= count || next_claim < next_emit + window;
        });
        if (stop || next_claim >= count) return;
      }
      // Pulling and numbering happen under one lock, so item numbers follow
      // the producer's order. The window check above may be stale by the
      // time this thread gets the lock; re-checked below.
      std::unique_lock<std::mutex> produce_lock(produce_mu);
      size_t i;
      {
        std::lock_guard<std::mutex> lock(mu);
        if (stop || next_claim >= count || next_claim >= next_emit + window) {
          continue;
        }
        i = next_claim;
      }
      Item item;
      bool got = produce(&item);
      {
        std::lock_guard<std::mutex> lock(mu);
        if (!got) {
          count = i;
          sink_cv.notify_one();
          work_cv.notify_all();
          return;
        }
        next_claim = i + 1;
      }
      produce_lock.unlock();
      Result result = work(std::move(item));
      std::lock_guard<std::mutex> lock(mu);
      slots[i % window].emplace(std::move(result));
      if (i == next_emit) sink_cv.notify_one();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(static_cast<size_t>(jobs));
  for (int t = 0; t < jobs; ++t) threads.emplace_back(worker);

  size_t emitted = 0;
  while (true) {
    std::unique_lock<std::mutex> lock(mu);
    std::optional<Result>& slot = slots[emitted % window];
    sink_cv.wait(lock, [&] { return slot.has_value() || emitted >= count; });
    if (!slot.has_value()) break;  // every item has been emitted
    Result result(std::move(*slot));
    slot.reset();
    lock.unlock();
    bool go_on = sink(std::move(result));
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

#endif  // ARTEXT_CLI_STREAM_BATCH_H_
