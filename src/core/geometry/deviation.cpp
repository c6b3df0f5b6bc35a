#include "core/geometry/deviation.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace facet::geometry {

// Closest point on a triangle by its Voronoi regions (Ericson, Real-Time Collision Detection 5.1.5).
double point_triangle_distance(const glm::dvec3& p, const glm::dvec3& a, const glm::dvec3& b, const glm::dvec3& c) {
  const glm::dvec3 ab = b - a, ac = c - a, ap = p - a;
  const double d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return glm::distance(p, a);
  const glm::dvec3 bp = p - b;
  const double d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return glm::distance(p, b);
  const double vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return glm::distance(p, a + ab * (d1 / (d1 - d3)));
  const glm::dvec3 cp = p - c;
  const double d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return glm::distance(p, c);
  const double vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return glm::distance(p, a + ac * (d2 / (d2 - d6)));
  const double va = d3 * d6 - d5 * d4;
  if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) return glm::distance(p, b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6))));
  const double denom = 1.0 / (va + vb + vc);
  return glm::distance(p, a + ab * (vb * denom) + ac * (vc * denom));
}

namespace {

struct TriangleGrid {
  double cell;
  glm::dvec3 origin;
  std::unordered_map<uint64_t, std::vector<uint32_t>> bins;
  static uint64_t key(glm::ivec3 c) { return (uint64_t(uint32_t(c.x) & 0x1FFFFF) << 42) | (uint64_t(uint32_t(c.y) & 0x1FFFFF) << 21) | (uint32_t(c.z) & 0x1FFFFF); }
  glm::ivec3 at(const glm::dvec3& p) const { return glm::ivec3(glm::floor((p - origin) / cell)); }
};

}  // namespace

Deviation surface_deviation(const Mesh& mesh, const DistanceField& field, const Bounds& bounds, double spacing_mm, double tolerance_mm,
                            double search_mm) {
  TriangleGrid grid{std::max(search_mm, 0.05), bounds.min - glm::dvec3(1.0), {}};
  for (uint32_t t = 0; t < mesh.triangle_count(); ++t) {
    const glm::dvec3 &a = mesh.positions[mesh.indices[3 * t]], &b = mesh.positions[mesh.indices[3 * t + 1]], &c = mesh.positions[mesh.indices[3 * t + 2]];
    const glm::ivec3 lo = grid.at(glm::min(a, glm::min(b, c))), hi = grid.at(glm::max(a, glm::max(b, c)));
    for (int x = lo.x; x <= hi.x; ++x)
      for (int y = lo.y; y <= hi.y; ++y)
        for (int z = lo.z; z <= hi.z; ++z) grid.bins[TriangleGrid::key({x, y, z})].push_back(t);
  }
  Deviation out;
  for (const glm::dvec3& v : mesh.positions) out.vertex_max_mm = std::max(out.vertex_max_mm, std::fabs(field(v)));

  const glm::dvec3 start = bounds.min + glm::dvec3(0.31, 0.17, 0.23) * spacing_mm;  // off any meshing grid
  const glm::ivec3 count = glm::ivec3(glm::ceil((bounds.max - bounds.min) / spacing_mm)) + 1;
  double sum = 0;
  for (int i = 0; i < count.x; ++i)
    for (int j = 0; j < count.y; ++j)
      for (int k = 0; k < count.z; ++k) {
        glm::dvec3 p = start + glm::dvec3(i, j, k) * spacing_mm;
        double f = field(p);
        if (std::fabs(f) > spacing_mm) continue;
        for (int step = 0; step < 8 && std::fabs(f) > 1e-9; ++step) {
          const glm::dvec3 g = field_gradient(field, p, 1e-5);
          const double g2 = glm::dot(g, g);
          if (g2 == 0) break;
          p -= g * (f / g2);
          f = field(p);
        }
        if (std::fabs(f) > 1e-7) continue;  // did not land on the surface (a crease): skip
        double best = search_mm;
        const glm::ivec3 c = grid.at(p);
        for (int x = -1; x <= 1; ++x)
          for (int y = -1; y <= 1; ++y)
            for (int z = -1; z <= 1; ++z) {
              auto it = grid.bins.find(TriangleGrid::key(c + glm::ivec3(x, y, z)));
              if (it == grid.bins.end()) continue;
              for (uint32_t t : it->second) {
                best = std::min(best, point_triangle_distance(p, mesh.positions[mesh.indices[3 * t]], mesh.positions[mesh.indices[3 * t + 1]],
                                                              mesh.positions[mesh.indices[3 * t + 2]]));
              }
            }
        ++out.samples;
        sum += best;
        out.over_tolerance += best > tolerance_mm;
        if (best > out.max_mm) out.max_mm = best, out.worst_at = p;
      }
  out.mean_mm = out.samples > 0 ? sum / double(out.samples) : 0;
  return out;
}

}  // namespace facet::geometry
