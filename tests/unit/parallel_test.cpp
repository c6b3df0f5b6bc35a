// util::parallel_for, and the mesher's promise that the cores it uses do not change its output:
// the browser builds with one thread what the CLI builds with all of them.
#include <doctest/doctest.h>

#include <atomic>
#include <vector>

#include "core/geometry/piece_model.hpp"
#include "core/spec/spec_io.hpp"
#include "core/util/parallel.hpp"

using namespace facet;

TEST_CASE("parallel_for: every item once, however the count falls against the chunks") {
  for (size_t count : {size_t(0), size_t(1), size_t(15), size_t(16), size_t(17), size_t(1000)}) {
    std::vector<std::atomic<int>> seen(count);
    util::parallel_for(count, [&](size_t i) { seen[i].fetch_add(1); });
    int wrong = 0;
    for (const auto& s : seen) wrong += s.load() != 1;
    CAPTURE(count);
    CHECK(wrong == 0);
  }
}

TEST_CASE("parallel_for: a halo ring's production mesh is the same bytes on one thread as on all") {
  const geometry::PieceModel model = geometry::piece_model(spec::default_design("halo")->piece);
  util::set_worker_limit(1);
  const geometry::Mesh alone = geometry::production_metal(model);
  util::set_worker_limit(0);
  const geometry::Mesh together = geometry::production_metal(model);
  MESSAGE("threads: ", util::worker_count());
  REQUIRE(alone.positions.size() > 10000);
  CHECK(alone.positions == together.positions);
  CHECK(alone.indices == together.indices);
}
