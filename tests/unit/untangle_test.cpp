#include <doctest/doctest.h>
#include <glm/geometric.hpp>

#include "core/geometry/self_intersection.hpp"
#include "core/geometry/untangle.hpp"

using namespace facet;

namespace {

// A closed slab over an n x n grid of `cell_mm` squares: a domed top (z = thickness + 0.5 (x^2 +
// y^2)), a flat bottom at z = 0, and walls around. Outward, one shell. Thin, it is two sheets of
// metal as close as the mesher's cells, where a vertex pushed a few microns goes through.
geometry::Mesh domed_slab(int n, double cell_mm, double thickness_mm) {
  geometry::Mesh mesh;
  const int side = n + 1;
  auto top = [&](int i, int j) { return uint32_t(i * side + j); };
  auto bottom = [&](int i, int j) { return uint32_t(side * side + i * side + j); };
  for (int layer = 0; layer < 2; ++layer)
    for (int i = 0; i < side; ++i)
      for (int j = 0; j < side; ++j) {
        const double x = (i - n / 2.0) * cell_mm, y = (j - n / 2.0) * cell_mm;
        mesh.positions.push_back({x, y, layer == 0 ? thickness_mm + 0.5 * (x * x + y * y) : 0.0});
      }
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      mesh.indices.insert(mesh.indices.end(), {top(i, j), top(i + 1, j), top(i + 1, j + 1), top(i, j), top(i + 1, j + 1), top(i, j + 1)});
      mesh.indices.insert(mesh.indices.end(),
                          {bottom(i, j), bottom(i + 1, j + 1), bottom(i + 1, j), bottom(i, j), bottom(i, j + 1), bottom(i + 1, j + 1)});
    }
  // The rim, counter-clockwise seen from above, and a wall quad under each step of it.
  std::vector<std::pair<int, int>> rim;
  for (int i = 0; i < n; ++i) rim.push_back({i, 0});
  for (int j = 0; j < n; ++j) rim.push_back({n, j});
  for (int i = n; i > 0; --i) rim.push_back({i, n});
  for (int j = n; j > 0; --j) rim.push_back({0, j});
  for (size_t k = 0; k < rim.size(); ++k) {
    const auto [i0, j0] = rim[k];
    const auto [i1, j1] = rim[(k + 1) % rim.size()];
    mesh.indices.insert(mesh.indices.end(), {bottom(i0, j0), bottom(i1, j1), top(i1, j1), bottom(i0, j0), top(i1, j1), top(i0, j0)});
  }
  return mesh;
}

}  // namespace

TEST_CASE("untangle: a vertex folded past its neighbours is stepped back until nothing crosses; the connectivity is kept") {
  const double cell = 0.01;
  geometry::Mesh mesh = domed_slab(20, cell, 0.004);
  REQUIRE(geometry::check_topology(mesh).closed_and_oriented());
  REQUIRE(geometry::signed_volume_mm3(mesh) > 0);
  REQUIRE(geometry::self_intersections(mesh).crossing_pairs == 0);
  // A fold as the mesher leaves one: a vertex of the top sheet pushed 6 microns down, through the
  // bottom one (and a little aside, off the bottom's grid lines).
  const uint32_t folded = 7 * 21 + 9;
  mesh.positions[folded] += glm::dvec3(0.3 * cell, 0.2 * cell, -0.006);
  const geometry::SelfIntersections before = geometry::self_intersections(mesh);
  REQUIRE(before.crossing_pairs > 0);
  const std::vector<uint32_t> indices = mesh.indices;

  geometry::UntangleStats stats;
  geometry::untangle(mesh, &stats);
  CHECK(stats.crossing_pairs_before == before.crossing_pairs);
  CHECK(stats.after.crossing_pairs == 0);
  CHECK(stats.after.uncertain_pairs == 0);
  // Measured again from scratch, not taken from the function's own account.
  const geometry::SelfIntersections after = geometry::self_intersections(mesh);
  CHECK(after.crossing_pairs == 0);
  CHECK(after.uncertain_pairs == 0);
  CHECK(mesh.indices == indices);
  CHECK(geometry::check_topology(mesh).closed_and_oriented());
  CHECK(stats.largest_move_mm > 0);
  CHECK(stats.largest_move_mm < 0.006);  // a step back, not a smoothing of the whole region
}

TEST_CASE("untangle: a mesh without crossings is left exactly as it was") {
  geometry::Mesh mesh = domed_slab(12, 0.05, 1.0);
  const geometry::Mesh before = mesh;
  geometry::UntangleStats stats;
  geometry::untangle(mesh, &stats);
  CHECK(stats.rounds == 0);
  CHECK(mesh.positions == before.positions);
  CHECK(mesh.indices == before.indices);
}

// The whole-mesh search settles most pairs by their planes first (TrianglePlanes); the re-check
// asks every pair's exact signs: the same pairs either way, folds sharing a corner among them.
TEST_CASE("self_intersections_among: re-checking the moved triangles finds the same pairs as the whole-mesh search") {
  geometry::Mesh mesh = domed_slab(20, 0.01, 0.004);
  mesh.positions[7 * 21 + 9] += glm::dvec3(0.003, 0.002, -0.006);
  const geometry::SelfIntersections all = geometry::self_intersections(mesh);
  REQUIRE(all.crossing_pairs > 0);
  std::vector<uint32_t> fan;
  for (uint32_t t = 0; t < mesh.triangle_count(); ++t)
    for (int k = 0; k < 3; ++k)
      if (mesh.indices[3 * t + k] == 7 * 21 + 9) fan.push_back(t);
  const geometry::SelfIntersections among = geometry::self_intersections_among(mesh, fan);
  CHECK(among.crossing_triangles == all.crossing_triangles);
  CHECK(among.uncertain_triangles == all.uncertain_triangles);
}
