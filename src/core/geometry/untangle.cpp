#include "core/geometry/untangle.hpp"

#include <glm/geometric.hpp>

#include <algorithm>

namespace facet::geometry {
namespace {

constexpr int kMaxRounds = 40;
constexpr double kStep = 0.35;   // of the way to the neighbours' mean, per round ...
constexpr double kMaxStepMm = 0.002;  // ... but no farther: a fold is microns deep, and the
                                      // mean of a coarse fan's neighbours can lie far off the surface
constexpr int kWidenEvery = 8;   // rounds before the moved set grows by a ring of neighbours

void sort_unique(std::vector<uint32_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

void untangle(Mesh& mesh, UntangleStats* stats) {
  UntangleStats local;
  UntangleStats& s = stats != nullptr ? *stats : local;
  SelfIntersections found = self_intersections(mesh);
  s.crossing_pairs_before = found.crossing_pairs;
  s.uncertain_pairs_before = found.uncertain_pairs;
  if (found.crossing_pairs + found.uncertain_pairs == 0) {
    s.after = found;
    return;
  }
  const VertexTriangles triangles_of(mesh);
  const std::vector<glm::dvec3> original = mesh.positions;
  std::vector<uint32_t> moved;  // every vertex moved so far
  std::vector<uint32_t> active;
  for (int round = 0; round < kMaxRounds && found.crossing_pairs + found.uncertain_pairs > 0; ++round) {
    ++s.rounds;
    // The vertices of every pair still found, widened by a ring now and then when stepping them
    // alone does not open the fold.
    active.clear();
    for (const auto& list : {found.crossing_triangles, found.uncertain_triangles})
      for (const auto& pair : list)
        for (uint32_t t : pair)
          for (int k = 0; k < 3; ++k) active.push_back(mesh.indices[3 * t + k]);
    sort_unique(active);
    for (int ring = 0; ring < round / kWidenEvery; ++ring) {
      const size_t n = active.size();
      for (size_t i = 0; i < n; ++i)
        for (uint32_t t : triangles_of.of(active[i]))
          for (int k = 0; k < 3; ++k) active.push_back(mesh.indices[3 * t + k]);
      sort_unique(active);
    }
    // Each active vertex steps towards the mean of its neighbours (each counted once per
    // triangle of its fan, i.e. twice), all from the same old positions.
    std::vector<glm::dvec3> next(active.size());
    for (size_t i = 0; i < active.size(); ++i) {
      const uint32_t v = active[i];
      glm::dvec3 sum(0.0);
      int count = 0;
      for (uint32_t t : triangles_of.of(v))
        for (int k = 0; k < 3; ++k) {
          const uint32_t w = mesh.indices[3 * t + k];
          if (w == v) continue;
          sum += mesh.positions[w];
          ++count;
        }
      const glm::dvec3 mean = sum / double(count);
      glm::dvec3 step = (mean - mesh.positions[v]) * kStep;
      const double length = glm::length(step);
      if (length > kMaxStepMm) step *= kMaxStepMm / length;
      next[i] = mesh.positions[v] + step;
    }
    std::vector<uint32_t> touched;
    for (size_t i = 0; i < active.size(); ++i) {
      mesh.positions[active[i]] = next[i];
      for (uint32_t t : triangles_of.of(active[i])) touched.push_back(t);
    }
    s.vertex_moves += active.size();
    moved.insert(moved.end(), active.begin(), active.end());
    sort_unique(moved);
    sort_unique(touched);
    // Only pairs with a moved triangle can have changed.
    found = self_intersections_among(mesh, touched);
  }
  // Pairs without a moved triangle are as they were: clean. What the last re-check found is what
  // is left (the tests measure the whole mesh again).
  s.after = found;
  for (uint32_t v : moved) s.largest_move_mm = std::max(s.largest_move_mm, glm::length(mesh.positions[v] - original[v]));
  s.moved = std::move(moved);
}

}  // namespace facet::geometry
