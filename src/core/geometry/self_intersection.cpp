#include "core/geometry/self_intersection.hpp"

#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "core/util/parallel.hpp"

namespace facet::geometry {

namespace {

// Sign of the volume of (a, b, c, d): +1, -1, or 0 when rounding could have flipped it.
// Shewchuk's first error bound for orient3d: (7 + 56 eps) eps times the permanent.
int orientation(const glm::dvec3& a, const glm::dvec3& b, const glm::dvec3& c, const glm::dvec3& d) {
  const glm::dvec3 ad = a - d, bd = b - d, cd = c - d;
  const double bc_x = bd.y * cd.z - bd.z * cd.y, ca_x = cd.y * ad.z - cd.z * ad.y, ab_x = ad.y * bd.z - ad.z * bd.y;
  const double det = ad.x * bc_x + bd.x * ca_x + cd.x * ab_x;
  const double permanent = std::abs(ad.x) * (std::abs(bd.y * cd.z) + std::abs(bd.z * cd.y)) +
                           std::abs(bd.x) * (std::abs(cd.y * ad.z) + std::abs(cd.z * ad.y)) +
                           std::abs(cd.x) * (std::abs(ad.y * bd.z) + std::abs(ad.z * bd.y));
  constexpr double kEpsilon = std::numeric_limits<double>::epsilon() / 2;
  const double bound = (7.0 + 56.0 * kEpsilon) * kEpsilon * permanent;
  return det > bound ? 1 : det < -bound ? -1 : 0;
}

// The same in a plane: +1, -1, or 0 within rounding; Shewchuk's bound for orient2d.
int orientation_2d(const glm::dvec2& a, const glm::dvec2& b, const glm::dvec2& c) {
  const double left = (a.x - c.x) * (b.y - c.y), right = (a.y - c.y) * (b.x - c.x);
  const double det = left - right;
  constexpr double kEpsilon = std::numeric_limits<double>::epsilon() / 2;
  const double bound = (3.0 + 16.0 * kEpsilon) * kEpsilon * (std::abs(left) + std::abs(right));
  return det > bound ? 1 : det < -bound ? -1 : 0;
}

enum class Crossing { none, crosses, uncertain };

// A segment lying in the triangle's plane: does it enter the triangle's interior (a point strictly
// inside, or a strict crossing of an edge)? Contact along the boundary counts as touching, which
// is how coplanar neighbours meet.
Crossing coplanar_crosses(const glm::dvec3& p3, const glm::dvec3& q3, const glm::dvec3& a3, const glm::dvec3& b3, const glm::dvec3& c3) {
  const glm::dvec3 n = glm::abs(glm::cross(b3 - a3, c3 - a3));
  const int drop = n.x >= n.y && n.x >= n.z ? 0 : n.y >= n.z ? 1 : 2;
  auto flat = [drop](const glm::dvec3& v) { return drop == 0 ? glm::dvec2(v.y, v.z) : drop == 1 ? glm::dvec2(v.z, v.x) : glm::dvec2(v.x, v.y); };
  const glm::dvec2 p = flat(p3), q = flat(q3), a = flat(a3), b = flat(b3), c = flat(c3);
  const int turn = orientation_2d(a, b, c);
  if (turn == 0) return Crossing::uncertain;  // a needle of a triangle
  auto inside = [&](const glm::dvec2& x) {
    return orientation_2d(a, b, x) == turn && orientation_2d(b, c, x) == turn && orientation_2d(c, a, x) == turn;
  };
  if (inside(p) || inside(q)) return Crossing::crosses;
  const glm::dvec2 corners[3] = {a, b, c};
  for (int e = 0; e < 3; ++e) {
    const glm::dvec2 &u = corners[e], &v = corners[(e + 1) % 3];
    if (orientation_2d(p, q, u) * orientation_2d(p, q, v) < 0 && orientation_2d(u, v, p) * orientation_2d(u, v, q) < 0)
      return Crossing::crosses;
  }
  return Crossing::none;
}

// Does the segment pq pass through the interior of triangle abc?
Crossing segment_crosses(const glm::dvec3& p, const glm::dvec3& q, const glm::dvec3& a, const glm::dvec3& b, const glm::dvec3& c) {
  const int sp = orientation(a, b, c, p), sq = orientation(a, b, c, q);
  if (sp != 0 && sp == sq) return Crossing::none;  // both ends on one side
  if (sp == 0 && sq == 0) return coplanar_crosses(p, q, a, b, c);
  const int e0 = orientation(p, q, a, b), e1 = orientation(p, q, b, c), e2 = orientation(p, q, c, a);
  if ((e0 > 0 || e1 > 0 || e2 > 0) && (e0 < 0 || e1 < 0 || e2 < 0)) return Crossing::none;  // passes beside
  if (sp == 0 || sq == 0 || e0 == 0 || e1 == 0 || e2 == 0) return Crossing::uncertain;
  return Crossing::crosses;
}

// Do triangles s and t (not sharing an edge) cross?
Crossing triangles_cross(const Mesh& mesh, uint32_t s, uint32_t t) {
  const std::array<uint32_t, 3> u{mesh.indices[3 * s], mesh.indices[3 * s + 1], mesh.indices[3 * s + 2]};
  const std::array<uint32_t, 3> v{mesh.indices[3 * t], mesh.indices[3 * t + 1], mesh.indices[3 * t + 2]};
  int shared = 0;
  for (uint32_t a : u) shared += a == v[0] || a == v[1] || a == v[2];
  // Most pairs that reach here lie each wholly on one side of the other's plane: three signs say
  // so before any edge is tested.
  auto one_side = [&](const std::array<uint32_t, 3>& of, const std::array<uint32_t, 3>& plane) {
    const glm::dvec3 &a = mesh.positions[plane[0]], &b = mesh.positions[plane[1]], &c = mesh.positions[plane[2]];
    const int s0 = orientation(a, b, c, mesh.positions[of[0]]);
    return s0 != 0 && s0 == orientation(a, b, c, mesh.positions[of[1]]) && s0 == orientation(a, b, c, mesh.positions[of[2]]);
  };
  if (shared == 0 && (one_side(u, v) || one_side(v, u))) return Crossing::none;
  // The edges to test: all three, or with a shared vertex the one opposite it.
  bool crosses = false, uncertain = false;
  auto test = [&](const std::array<uint32_t, 3>& edges_of, const std::array<uint32_t, 3>& other) {
    for (int e = 0; e < 3 && !crosses; ++e) {
      const uint32_t p = edges_of[e], q = edges_of[(e + 1) % 3];
      if (shared == 1 && (p == other[0] || p == other[1] || p == other[2] || q == other[0] || q == other[1] || q == other[2]))
        continue;
      const Crossing c = segment_crosses(mesh.positions[p], mesh.positions[q], mesh.positions[other[0]], mesh.positions[other[1]],
                                         mesh.positions[other[2]]);
      crosses |= c == Crossing::crosses;
      uncertain |= c == Crossing::uncertain;
    }
  };
  test(u, v);
  test(v, u);
  return crosses ? Crossing::crosses : uncertain ? Crossing::uncertain : Crossing::none;
}

int shared_vertices(const Mesh& mesh, uint32_t s, uint32_t t) {
  int shared = 0;
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) shared += mesh.indices[3 * s + i] == mesh.indices[3 * t + j];
  return shared;
}

Bounds triangle_box(const Mesh& mesh, uint32_t t) {
  const glm::dvec3 &a = mesh.positions[mesh.indices[3 * t]], &b = mesh.positions[mesh.indices[3 * t + 1]],
                   &c = mesh.positions[mesh.indices[3 * t + 2]];
  return {glm::min(a, glm::min(b, c)), glm::max(a, glm::max(b, c))};
}

bool boxes_meet(const Bounds& a, const Bounds& b) {
  return !glm::any(glm::greaterThan(glm::max(a.min, b.min), glm::min(a.max, b.max)));
}

// Each triangle's plane n.x = d (n the unnormalised cross product, as orientation() uses), and a
// margin beyond which a point's side of it is certain: the rounding of n.p - d is below 1e-15 of
// |b - a| |c - a| (|p| + 1), so a margin of 1e-12 of that leaves a factor of 1000 to spare.
struct TrianglePlanes {
  std::vector<glm::dvec3> normal;
  std::vector<double> offset, margin;
  TrianglePlanes(const Mesh& mesh, double reach_mm) {
    const size_t count = mesh.triangle_count();
    normal.resize(count), offset.resize(count), margin.resize(count);
    for (size_t t = 0; t < count; ++t) {
      const glm::dvec3 &a = mesh.positions[mesh.indices[3 * t]], &b = mesh.positions[mesh.indices[3 * t + 1]],
                       &c = mesh.positions[mesh.indices[3 * t + 2]];
      normal[t] = glm::cross(b - a, c - a);
      offset[t] = glm::dot(normal[t], a);
      margin[t] = 1e-12 * glm::length(b - a) * glm::length(c - a) * (reach_mm + 1.0);
    }
  }
  // Do t's corners that are not s's lie, certainly, all on one side of s's plane?
  bool beside(const Mesh& mesh, uint32_t s, uint32_t t) const {
    int above = 0, below = 0, own = 0;
    for (int k = 0; k < 3; ++k) {
      const uint32_t v = mesh.indices[3 * t + k];
      if (v == mesh.indices[3 * s] || v == mesh.indices[3 * s + 1] || v == mesh.indices[3 * s + 2]) continue;
      ++own;
      const double side = glm::dot(normal[s], mesh.positions[v]) - offset[s];
      above += side > margin[s], below += side < -margin[s];
    }
    return above == own || below == own;
  }
  // Certainly no crossing, as triangles_cross() would find: apart, each wholly on one side of the
  // other's plane (either will do); sharing a corner, each one's far edge on one side of the
  // other's plane (both are tested).
  bool apart(const Mesh& mesh, uint32_t s, uint32_t t, int shared) const {
    return shared == 0 ? beside(mesh, s, t) || beside(mesh, t, s) : beside(mesh, s, t) && beside(mesh, t, s);
  }
};

// Tests one pair (boxes known to meet, not sharing an edge) and records the verdict. `planes`, if
// given, settles most pairs before the exact signs are asked (a pair wholly on one side of either
// plane does not cross, and orientation() would say the same).
void record(const Mesh& mesh, uint32_t s, uint32_t t, int shared, SelfIntersections& out, const TrianglePlanes* planes = nullptr) {
  ++out.pairs_tested;
  if (planes != nullptr && planes->apart(mesh, s, t, shared)) return;
  const Crossing c = triangles_cross(mesh, s, t);
  if (c == Crossing::none) return;
  const std::array<uint32_t, 2> pair{std::min(s, t), std::max(s, t)};
  if (c == Crossing::uncertain) {
    ++out.uncertain_pairs;
    out.uncertain_triangles.push_back(pair);
    return;
  }
  ++out.crossing_pairs;
  out.crossing_triangles.push_back(pair);
}

// What slices of the search found, added up (finish() sorts the pairs).
void merge(const std::vector<SelfIntersections>& found, SelfIntersections& out) {
  for (const SelfIntersections& part : found) {
    out.pairs_tested += part.pairs_tested, out.crossing_pairs += part.crossing_pairs, out.uncertain_pairs += part.uncertain_pairs;
    out.crossing_triangles.insert(out.crossing_triangles.end(), part.crossing_triangles.begin(), part.crossing_triangles.end());
    out.uncertain_triangles.insert(out.uncertain_triangles.end(), part.uncertain_triangles.begin(), part.uncertain_triangles.end());
  }
}

void finish(const Mesh& mesh, SelfIntersections& out) {
  std::sort(out.crossing_triangles.begin(), out.crossing_triangles.end());
  std::sort(out.uncertain_triangles.begin(), out.uncertain_triangles.end());
  if (!out.crossing_triangles.empty()) {
    const uint32_t t = out.crossing_triangles.front()[0];
    out.first_at = (mesh.positions[mesh.indices[3 * t]] + mesh.positions[mesh.indices[3 * t + 1]] + mesh.positions[mesh.indices[3 * t + 2]]) / 3.0;
  }
}

}  // namespace

SelfIntersections self_intersections(const Mesh& mesh) {
  SelfIntersections out;
  const size_t count = mesh.triangle_count();
  if (count == 0) return out;
  // Grid cells about twice the mean edge: most triangles fall in a few cells.
  double edge_sum = 0;
  for (size_t t = 0; t < count; ++t)
    edge_sum += glm::length(mesh.positions[mesh.indices[3 * t + 1]] - mesh.positions[mesh.indices[3 * t]]);
  const double cell = std::max(2.0 * edge_sum / double(count), 1e-6);
  const Bounds all = bounds(mesh);
  const TrianglePlanes planes(mesh, glm::max(glm::length(all.min), glm::length(all.max)));
  auto cell_of = [&](const glm::dvec3& p) { return glm::ivec3(glm::floor((p - all.min) / cell)); };
  // Every (grid cell, triangle) entry, sorted by cell: a run of entries is one cell's triangles
  // (no hash map: the order is the same on every platform).
  auto key = [](const glm::ivec3& c) { return (uint64_t(uint32_t(c.x) & 0x1FFFFF) << 42) | (uint64_t(uint32_t(c.y) & 0x1FFFFF) << 21) | uint64_t(uint32_t(c.z) & 0x1FFFFF); };
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  entries.reserve(count * 2);
  std::vector<Bounds> boxes(count);
  for (uint32_t t = 0; t < count; ++t) {
    boxes[t] = triangle_box(mesh, t);
    const glm::ivec3 lo = cell_of(boxes[t].min), hi = cell_of(boxes[t].max);
    for (int x = lo.x; x <= hi.x; ++x)
      for (int y = lo.y; y <= hi.y; ++y)
        for (int z = lo.z; z <= hi.z; ++z) entries.push_back({key({x, y, z}), t});
  }
  std::sort(entries.begin(), entries.end());
  std::vector<size_t> runs;  // where each cell's entries begin
  for (size_t i = 0; i < entries.size(); ++i)
    if (i == 0 || entries[i].first != entries[i - 1].first) runs.push_back(i);
  runs.push_back(entries.size());

  // The cells in slices over the cores, each slice recording its own pairs; merged and sorted
  // after, so the answer does not depend on the threads.
  const size_t cells = runs.size() - 1, slices = std::min<size_t>(cells, 256);
  std::vector<SelfIntersections> found(slices);
  util::parallel_for(slices, [&](size_t slice) {
    for (size_t r = slice * cells / slices; r < (slice + 1) * cells / slices; ++r) {
      const size_t begin = runs[r], end = runs[r + 1];
      const uint64_t cell_key = entries[begin].first;
      for (size_t i = begin; i < end; ++i) {
        for (size_t j = i + 1; j < end; ++j) {
          const uint32_t s = entries[i].second, t = entries[j].second;
          // Boxes apart: no contact. Otherwise the pair is tested once, in the cell holding the
          // low corner of the boxes' overlap.
          if (!boxes_meet(boxes[s], boxes[t])) continue;
          if (key(cell_of(glm::max(boxes[s].min, boxes[t].min))) != cell_key) continue;
          const int shared = shared_vertices(mesh, s, t);
          if (shared >= 2) continue;
          record(mesh, s, t, shared, found[slice], &planes);
        }
      }
    }
  });
  merge(found, out);
  finish(mesh, out);
  return out;
}

SelfIntersections self_intersections_among(const Mesh& mesh, std::span<const uint32_t> triangles) {
  SelfIntersections out;
  if (triangles.empty()) return out;
  // A grid over the listed triangles only (cells about twice their mean edge), then one pass over
  // the mesh: each triangle is tested against the listed ones in the cells its box covers, each
  // pair once, in the cell holding the low corner of the boxes' overlap (a pair of two listed
  // triangles from the higher one's side).
  std::vector<Bounds> boxes(triangles.size());
  double edge_sum = 0;
  Bounds reach = triangle_box(mesh, triangles[0]);
  for (size_t i = 0; i < triangles.size(); ++i) {
    boxes[i] = triangle_box(mesh, triangles[i]);
    reach = {glm::min(reach.min, boxes[i].min), glm::max(reach.max, boxes[i].max)};
    const uint32_t t = triangles[i];
    edge_sum += glm::length(mesh.positions[mesh.indices[3 * t + 1]] - mesh.positions[mesh.indices[3 * t]]);
  }
  const double cell = std::max(2.0 * edge_sum / double(triangles.size()), 1e-6);
  auto cell_of = [&](const glm::dvec3& p) { return glm::ivec3(glm::floor((p - reach.min) / cell)); };
  auto key = [](const glm::ivec3& c) { return (uint64_t(uint32_t(c.x) & 0x1FFFFF) << 42) | (uint64_t(uint32_t(c.y) & 0x1FFFFF) << 21) | uint64_t(uint32_t(c.z) & 0x1FFFFF); };
  std::vector<std::pair<uint64_t, uint32_t>> entries;  // (cell, index into triangles)
  for (uint32_t i = 0; i < triangles.size(); ++i) {
    const glm::ivec3 lo = cell_of(boxes[i].min), hi = cell_of(boxes[i].max);
    for (int x = lo.x; x <= hi.x; ++x)
      for (int y = lo.y; y <= hi.y; ++y)
        for (int z = lo.z; z <= hi.z; ++z) entries.push_back({key({x, y, z}), i});
  }
  std::sort(entries.begin(), entries.end());
  // Which cells hold a listed triangle, one bit each where the grid is not too large: most of the
  // mesh lies in empty cells, and a bit is cheaper to read than a search of the entries.
  const glm::ivec3 dims = cell_of(reach.max) + 1;
  const bool dense = double(dims.x) * dims.y * dims.z <= double(1 << 26);
  std::vector<uint64_t> occupied;
  auto bit_of = [&](int x, int y, int z) { return (size_t(x) * size_t(dims.y) + size_t(y)) * size_t(dims.z) + size_t(z); };
  if (dense) {
    occupied.assign((size_t(dims.x) * dims.y * dims.z + 63) / 64, 0);
    for (uint32_t i = 0; i < triangles.size(); ++i) {
      const glm::ivec3 lo = cell_of(boxes[i].min), hi = cell_of(boxes[i].max);
      for (int x = lo.x; x <= hi.x; ++x)
        for (int y = lo.y; y <= hi.y; ++y)
          for (int z = lo.z; z <= hi.z; ++z) occupied[bit_of(x, y, z) / 64] |= uint64_t(1) << (bit_of(x, y, z) % 64);
    }
  }
  // The mesh in slices over the cores, each recording its own pairs (merged and sorted after).
  const uint32_t count = uint32_t(mesh.triangle_count());
  const size_t slices = std::min<size_t>(count, 64);
  std::vector<SelfIntersections> found(slices);
  util::parallel_for(slices, [&](size_t slice) {
    for (uint32_t t = uint32_t(slice * count / slices); t < uint32_t((slice + 1) * count / slices); ++t) {
      const Bounds box = triangle_box(mesh, t);
      if (!boxes_meet(box, reach)) continue;
      const glm::ivec3 lo = glm::max(cell_of(box.min), glm::ivec3(0)), hi = glm::min(cell_of(glm::min(box.max, reach.max)), dims - 1);
      bool listed = false, looked = false;
      auto consider = [&](uint32_t i) {
        const uint32_t s = triangles[i];
        if (!looked) listed = std::binary_search(triangles.begin(), triangles.end(), t), looked = true;
        if (s == t || (listed && t < s) || !boxes_meet(boxes[i], box)) return;
        const int shared = shared_vertices(mesh, s, t);
        if (shared >= 2) return;
        record(mesh, s, t, shared, found[slice]);
      };
      // A triangle much larger than the cells (a few changed triangles spread over a coarse mesh)
      // is tested against every listed triangle instead of cell by cell.
      const glm::dvec3 span = glm::dvec3(hi - lo + 1);
      if (span.x * span.y * span.z > double(triangles.size())) {
        for (uint32_t i = 0; i < triangles.size(); ++i) consider(i);
        continue;
      }
      for (int x = lo.x; x <= hi.x; ++x)
        for (int y = lo.y; y <= hi.y; ++y)
          for (int z = lo.z; z <= hi.z; ++z) {
            if (dense && !(occupied[bit_of(x, y, z) / 64] >> (bit_of(x, y, z) % 64) & 1)) continue;
            const uint64_t cell_key = key({x, y, z});
            for (auto it = std::lower_bound(entries.begin(), entries.end(), std::pair<uint64_t, uint32_t>{cell_key, 0});
                 it != entries.end() && it->first == cell_key; ++it)
              // Each pair once: in the cell holding the low corner of the boxes' overlap.
              if (boxes_meet(boxes[it->second], box) && key(cell_of(glm::max(boxes[it->second].min, box.min))) == cell_key) consider(it->second);
          }
    }
  });
  merge(found, out);
  finish(mesh, out);
  return out;
}

}  // namespace facet::geometry
