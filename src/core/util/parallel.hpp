// Work spread over the machine's cores where the build has threads (the native CLI, tests and
// benchmarks), done in order where it has none (the browser: a plain page has no shared memory).
// Each item must write only its own results, so the output is the same either way, byte for byte.
#pragma once

#include <cstddef>
#include <functional>

namespace facet::util {

// Calls work(i) for every i in [0, count), in chunks handed to the threads as they free up.
void parallel_for(size_t count, const std::function<void(size_t)>& work);

// How many threads parallel_for uses: the machine's cores, at most the limit (1 in a build
// without threads).
unsigned worker_count();
// Caps the threads (0: no cap). Tests compare a capped run with a free one.
void set_worker_limit(unsigned limit);

}  // namespace facet::util
