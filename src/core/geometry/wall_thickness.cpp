#include "core/geometry/wall_thickness.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_set>

#include "core/geometry/dual_contour.hpp"

namespace facet::geometry {
namespace {

constexpr double kGradientStepMm = 0.002;
constexpr double kMinStepMm = 0.005;
constexpr int kBisections = 10;
// A wall's far side faces back within this angle's cosine (53 degrees), as wall-thickness checks
// in printing software ask: nearer an edge, the ray leaves through the edge's other face.
constexpr double kOppositeWallCos = 0.6;
constexpr double kOnSeatMm = 0.005;

glm::dvec3 outward_normal(const MetalModel& metal, const MetalModel::Nearby& parts, const glm::dvec3& p) {
  return unit_gradient([&](const glm::dvec3& q) { return metal.distance(q, parts); }, p, kGradientStepMm, glm::dvec3(0.0));
}

// On a seat's face, or (a mesh point a few microns off the surface) where a seat is what cuts the
// metal: the metal's field there is the seat's, turned inside out.
bool on_a_seat(const MetalModel& metal, const MetalModel::Nearby& parts, const glm::dvec3& p) {
  const double f = metal.distance(p, parts);
  for (uint32_t i : parts.seats) {
    const double s = seat_distance(metal.seats[i], p);
    if (std::fabs(s) < kOnSeatMm || std::fabs(s + f) < 1e-9) return true;
  }
  return false;
}

}  // namespace

std::optional<double> wall_thickness_at(const MetalModel& metal, const glm::dvec3& surface_point, double cap_mm) {
  const MetalModel::Nearby parts = metal.nearby(surface_point, cap_mm + 0.05);
  if (on_a_seat(metal, parts, surface_point)) return std::nullopt;
  const glm::dvec3 n = -outward_normal(metal, parts, surface_point);
  if (n == glm::dvec3(0.0)) return std::nullopt;
  auto f = [&](double t) { return metal.distance(surface_point + n * t, parts); };
  // A mesh vertex lies within meshing tolerance of the surface: measure from where the ray enters.
  const double start = f(0.0);
  // March in by the field's value (it never overstates the distance, so no wall is stepped over)
  // until the ray leaves the metal, then bisect for the exit.
  double inside = start + kMinStepMm, t = inside;
  while (t < cap_mm + start) {
    const double d = f(t);
    if (d <= 0) {
      inside = t;
      t += std::max(-d, kMinStepMm);
      continue;
    }
    double outside = t;
    for (int i = 0; i < kBisections; ++i) {
      const double mid = (inside + outside) / 2;
      (f(mid) > 0 ? outside : inside) = mid;
    }
    const glm::dvec3 exit = surface_point + n * ((inside + outside) / 2);
    // An opposite wall faces back along the ray; a face met at a slant is the other side of an
    // edge, not a wall. And a seat has its own rule (seat_depth).
    if (glm::dot(outward_normal(metal, parts, exit), n) < kOppositeWallCos || on_a_seat(metal, parts, exit)) return std::nullopt;
    return std::max(0.0, (inside + outside) / 2 - start);
  }
  return cap_mm;
}

std::vector<WallSample> wall_thickness(const Mesh& mesh, const MetalModel& metal, double spacing_mm, double cap_mm) {
  auto key = [spacing_mm](const glm::dvec3& p) {
    const auto cell = [&](double x) { return uint64_t(int64_t(std::floor(x / spacing_mm)) + (1 << 20)) & 0x1FFFFF; };
    return cell(p.x) | cell(p.y) << 21 | cell(p.z) << 42;
  };
  // Points inside the faces, never on an edge (where the normal is the two faces' bisector): the
  // centroids of each triangle cut into pieces no longer than the spacing. The first one in each
  // cube of the spacing is kept.
  std::unordered_set<uint64_t> seen_cells;
  std::vector<std::pair<uint32_t, glm::dvec3>> chosen;
  for (uint32_t t = 0; t < mesh.triangle_count(); ++t) {
    const glm::dvec3 a = mesh.positions[mesh.indices[3 * t]], b = mesh.positions[mesh.indices[3 * t + 1]],
                     c = mesh.positions[mesh.indices[3 * t + 2]];
    const double longest = std::max({glm::length(b - a), glm::length(c - b), glm::length(a - c)});
    const int pieces = std::clamp(int(std::ceil(longest / spacing_mm)), 1, 1000);
    for (int i = 0; i < pieces; ++i) {
      for (int j = 0; i + j < pieces; ++j) {
        const double u = (i + 1.0 / 3) / pieces, v = (j + 1.0 / 3) / pieces;
        const glm::dvec3 p = a + (b - a) * u + (c - a) * v;
        if (seen_cells.insert(key(p)).second) chosen.push_back({t, p});
      }
    }
  }
  std::vector<WallSample> out;
  out.reserve(chosen.size());
  for (const auto& [triangle, p] : chosen)
    if (const auto thickness = wall_thickness_at(metal, p, cap_mm)) out.push_back({triangle, p, *thickness});
  return out;
}

}  // namespace facet::geometry
