#include "core/util/parallel.hpp"

#include <atomic>

#if FACET_THREADS
#include <algorithm>
#include <thread>
#include <vector>
#endif

namespace facet::util {

namespace {
std::atomic<unsigned> worker_limit{0};
}

void set_worker_limit(unsigned limit) { worker_limit = limit; }

unsigned worker_count() {
#if FACET_THREADS
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency()), limit = worker_limit;
  return limit > 0 ? std::min(cores, limit) : cores;
#else
  return 1;
#endif
}

void parallel_for(size_t count, const std::function<void(size_t)>& work) {
#if FACET_THREADS
  const unsigned threads = unsigned(std::min<size_t>(worker_count(), count));
  if (threads > 1) {
    // Small chunks taken in turn: items differ a lot in cost (a leaf block full of surface or
    // nearly empty), so a fixed split would leave a thread idle.
    constexpr size_t kChunk = 16;
    std::atomic<size_t> next{0};
    auto run = [&] {
      for (size_t begin; (begin = next.fetch_add(kChunk)) < count;)
        for (size_t i = begin; i < std::min(count, begin + kChunk); ++i) work(i);
    };
    std::vector<std::thread> helpers;
    for (unsigned t = 1; t < threads; ++t) helpers.emplace_back(run);
    run();
    for (std::thread& helper : helpers) helper.join();
    return;
  }
#endif
  for (size_t i = 0; i < count; ++i) work(i);
}

}  // namespace facet::util
