#include "core/geometry/head.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/math/det_math.hpp"

namespace facet::geometry {
namespace {

using detmath::kPi;


glm::dvec3 horizontal(double angle) {
  double s, c;
  detmath::sincos(angle, s, c);
  return {c, s, 0.0};
}

}  // namespace

double clear_reach(const Stone& stone, double z, const glm::dvec3& direction, double clearance_mm) {
  double best = std::numeric_limits<double>::max();
  for (const Plane& plane : stone.facets) {
    const double along = plane.normal.x * direction.x + plane.normal.y * direction.y;
    if (along <= 1e-6) continue;
    best = std::min(best, (clearance_mm + plane.offset - plane.normal.z * z) / along);
  }
  return best;
}

double girdle_reach(const Stone& stone, const glm::dvec3& direction) {
  return std::max(0.0, glm::dot(girdle_point(stone, direction), direction));
}

glm::dvec3 girdle_point(const Stone& stone, const glm::dvec3& direction) {
  glm::dvec3 point(0.0);
  double best = -std::numeric_limits<double>::max();
  for (const glm::dvec3& v : stone.mesh.positions) {
    const glm::dvec3 flat(v.x, v.y, 0.0);
    const double along = glm::dot(flat, direction);
    if (along > best) best = along, point = flat;
  }
  return point;
}

double prong_overlap_mm(double prong_diameter_mm) { return kSeatNotchFraction * prong_diameter_mm - kSeatClearanceMm; }

Mesh PlacedStone::world_mesh() const {
  Mesh out = stone.mesh;
  for (glm::dvec3& p : out.positions) p = placement.apply(p);
  return out;
}

// Evenly from the diagonals (four prongs on a square's corners), or from a pointed stone's point
// (+X), so each point has a prong over it: a pear's and heart's one, a marquise's two with an even
// count.
double first_prong_angle(const Stone& stone, int prongs) { return stone.points > 0 ? 0.0 : kPi / prongs; }

glm::dvec3 prong_direction(const Stone& stone, int index, int prongs) { return horizontal(first_prong_angle(stone, prongs) + 2 * kPi * index / prongs); }

ProngLine prong_line(const Stone& stone, const glm::dvec3& direction, double prong_diameter_mm) {
  const double dp = prong_diameter_mm, stone_width = std::min(stone.length_mm, stone.width_mm);
  const double centre = girdle_reach(stone, direction) + dp / 2 - prong_overlap_mm(dp);
  return {direction * centre,
          direction * (centre - 0.1 * dp) + glm::dvec3(0, 0, stone.girdle_top_z_mm + kProngPastGirdle * stone_width)};
}

double gallery_rail_z(const Stone& stone) { return stone.girdle_bottom_z_mm + 0.35 * (stone.culet_z_mm - stone.girdle_bottom_z_mm); }

double gallery_rail_radius(double prong_diameter_mm) {
  return 0.5 * std::max(kRailDiameterFraction * prong_diameter_mm, kMinRailDiameterMm);
}

std::vector<Capsule> gallery_rail(const Stone& stone, const Placement3& place, int prongs, double prong_reach_mm,
                                  double prong_diameter_mm) {
  const double rail_z = gallery_rail_z(stone), rail_radius = gallery_rail_radius(prong_diameter_mm);
  const int rail_points = 8 * prongs;
  const double rail_clearance = rail_radius + kSeatClearanceMm + 0.05;
  std::vector<glm::dvec3> rail;  // stone-local, at z = rail_z
  for (int k = 0; k < rail_points; ++k) {
    // Offset half a step, so each prong meets the middle of a rail segment, not a joint.
    const glm::dvec3 d = horizontal(first_prong_angle(stone, prongs) + 2 * kPi * (k + 0.5) / rail_points);
    const double tight = clear_reach(stone, rail_z, d, rail_clearance);
    const double out = tight + 0.5 * std::max(0.0, prong_reach_mm - tight);
    rail.push_back(d * out + glm::dvec3(0, 0, rail_z));
  }
  // A straight segment cuts inside its end points, most at a pear's or marquise's tip: push both
  // ends out until the segment clears along its length too.
  for (int pass = 0; pass < 8; ++pass) {
    bool moved = false;
    for (int k = 0; k < rail_points; ++k) {
      glm::dvec3& a = rail[size_t(k)];
      glm::dvec3& b = rail[size_t((k + 1) % rail_points)];
      double grow = 1.0;
      for (double t : {0.25, 0.5, 0.75}) {
        const glm::dvec3 at = a + (b - a) * t;
        const double reach = std::hypot(at.x, at.y);
        grow = std::max(grow, clear_reach(stone, rail_z, glm::dvec3(at.x / reach, at.y / reach, 0.0), rail_clearance) / reach);
      }
      if (grow <= 1.0) continue;
      a.x *= grow, a.y *= grow, b.x *= grow, b.y *= grow;
      moved = true;
    }
    if (!moved) break;
  }
  for (glm::dvec3& point : rail) point = place.apply(point);
  std::vector<Capsule> out;
  for (int k = 0; k < rail_points; ++k) out.push_back({rail[size_t(k)], rail[size_t((k + 1) % rail_points)], rail_radius});
  return out;
}

Placement3 ring_top_placement(const Stone& stone, double shank_outer_radius_mm) {
  return {kStoneToRing, {0.0, shank_outer_radius_mm + kCuletAboveShankMm - stone.culet_z_mm, 0.0}};
}

ProngHead prong_head(const Stone& stone, int prongs, double prong_diameter_mm, double inner_radius_mm, double top_thickness_mm,
                     double top_width_mm) {
  ProngHead head;
  const double dp = prong_diameter_mm, radius = dp / 2;
  head.stone = {"", 0, stone, ring_top_placement(stone, inner_radius_mm + top_thickness_mm)};
  const Placement3& place = head.stone.placement;

  // Prongs: evenly around, none on the finger's axis; each from inside the shank up past the girdle.
  const double base_radius = inner_radius_mm + 0.6 * top_thickness_mm;
  const double base_z_limit = std::max(0.0, top_width_mm / 2 - radius);
  std::vector<glm::dvec3> bases, girdles;
  for (int i = 0; i < prongs; ++i) {
    const ProngLine line = prong_line(stone, prong_direction(stone, i, prongs), dp);
    const glm::dvec3 girdle = place.apply(line.girdle), tip = place.apply(line.tip);
    const double base_x = 0.6 * girdle.x;
    const glm::dvec3 base(base_x, std::sqrt(std::max(0.0, base_radius * base_radius - base_x * base_x)),
                          std::clamp(0.5 * girdle.z, -base_z_limit, base_z_limit));
    head.prongs.push_back({base, girdle, radius});
    head.prongs.push_back({girdle, tip, radius});
    head.prong_tips.push_back(tip + glm::dvec3(0, radius, 0));
    bases.push_back(base), girdles.push_back(girdle);
  }

  // Gallery rail a third of the way down the pavilion, just outside it, halfway out to the prongs.
  const double rail_y = place.apply({0, 0, gallery_rail_z(stone)}).y;
  double prong_reach = 0;
  for (int i = 0; i < prongs; ++i) {
    const double t = std::clamp((rail_y - bases[size_t(i)].y) / (girdles[size_t(i)].y - bases[size_t(i)].y), 0.0, 1.0);
    const glm::dvec3 at = bases[size_t(i)] + (girdles[size_t(i)] - bases[size_t(i)]) * t;
    prong_reach += std::sqrt(at.x * at.x + at.z * at.z) / prongs;
  }
  head.rails = gallery_rail(stone, place, prongs, prong_reach, dp);
  head.seat = stone_seat(head.stone);
  return head;
}

ConvexSeat stone_seat(const PlacedStone& placed) {
  ConvexSeat seat;
  seat.centre = placed.placement.position;
  for (const Plane& p : placed.stone.facets) {
    const glm::dvec3 n = placed.placement.rotation * p.normal;
    seat.planes.push_back({n, p.offset + glm::dot(n, seat.centre) + kSeatClearanceMm, p.tag});
  }
  double far = 0;
  for (const glm::dvec3& v : placed.stone.mesh.positions) far = std::max(far, glm::length(v));
  seat.bounding_radius_mm = far + kSeatClearanceMm;
  return seat;
}

void turn_about_ring_axis(ProngHead& head, double angle_rad) {
  double s, c;
  detmath::sincos(angle_rad, s, c);
  const glm::dmat3 turn(glm::dvec3(c, s, 0), glm::dvec3(-s, c, 0), glm::dvec3(0, 0, 1));  // columns
  Placement3& place = head.stone.placement;
  place.rotation = turn * place.rotation;
  place.position = turn * place.position;
  for (Capsule& capsule : head.prongs) capsule.a = turn * capsule.a, capsule.b = turn * capsule.b;
  for (Capsule& capsule : head.rails) capsule.a = turn * capsule.a, capsule.b = turn * capsule.b;
  for (Capsule& capsule : head.legs) capsule.a = turn * capsule.a, capsule.b = turn * capsule.b;
  for (glm::dvec3& tip : head.prong_tips) tip = turn * tip;
  // A plane through the origin's turn keeps its offset: dot(R n, R x) = dot(n, x).
  for (Plane& plane : head.seat.planes) plane.normal = turn * plane.normal;
  head.seat.centre = turn * head.seat.centre;
}

Mesh torus_mesh(const Torus& torus, int segments, int wire_segments) {
  const glm::dvec3 w = torus.axis;
  const glm::dvec3 helper = std::fabs(w.x) < 0.9 ? glm::dvec3(1, 0, 0) : glm::dvec3(0, 1, 0);
  const glm::dvec3 u = glm::normalize(glm::cross(helper, w)), v = glm::cross(w, u);
  Mesh mesh;
  for (int i = 0; i < segments; ++i) {
    double s, c;
    detmath::sincos(2 * kPi * i / segments, s, c);
    const glm::dvec3 out = u * c + v * s;
    for (int j = 0; j < wire_segments; ++j) {
      double sj, cj;
      detmath::sincos(2 * kPi * j / wire_segments, sj, cj);
      mesh.positions.push_back(torus.centre + out * (torus.major_mm + torus.minor_mm * cj) + w * (torus.minor_mm * sj));
    }
  }
  auto id = [&](int i, int j) { return uint32_t((i % segments) * wire_segments + j % wire_segments); };
  for (int i = 0; i < segments; ++i)
    for (int j = 0; j < wire_segments; ++j)
      mesh.indices.insert(mesh.indices.end(), {id(i, j), id(i + 1, j), id(i + 1, j + 1), id(i, j), id(i + 1, j + 1), id(i, j + 1)});
  orient_outward(mesh);
  return mesh;
}

Mesh capsule_mesh(const Capsule& capsule, int segments) {
  const glm::dvec3 axis = capsule.b - capsule.a;
  const double length = glm::length(axis);
  const glm::dvec3 w = length > 0 ? axis / length : glm::dvec3(0, 0, 1);
  const glm::dvec3 helper = std::fabs(w.x) < 0.9 ? glm::dvec3(1, 0, 0) : glm::dvec3(0, 1, 0);
  const glm::dvec3 u = glm::normalize(glm::cross(helper, w)), v = glm::cross(w, u);
  // Profile from the bottom pole to the top pole: (distance from the axis, height along it).
  const int quarter = std::max(2, segments / 4);
  std::vector<std::pair<double, double>> profile;
  for (int j = 0; j <= quarter; ++j) {
    double s, c;
    detmath::sincos(-kPi / 2 + kPi / 2 * j / quarter, s, c);
    profile.push_back({capsule.radius_mm * c, capsule.radius_mm * s});
  }
  for (int j = 0; j <= quarter; ++j) {
    double s, c;
    detmath::sincos(kPi / 2 * j / quarter, s, c);
    profile.push_back({capsule.radius_mm * c, length + capsule.radius_mm * s});
  }
  Mesh mesh;
  const uint32_t bottom = 0;
  mesh.positions.push_back(capsule.a - w * capsule.radius_mm);
  for (size_t j = 1; j + 1 < profile.size(); ++j) {
    for (int i = 0; i < segments; ++i) {
      double s, c;
      detmath::sincos(2 * kPi * i / segments, s, c);
      mesh.positions.push_back(capsule.a + (u * c + v * s) * profile[j].first + w * profile[j].second);
    }
  }
  const uint32_t top = uint32_t(mesh.positions.size());
  mesh.positions.push_back(capsule.b + w * capsule.radius_mm);
  const uint32_t rings = uint32_t(profile.size() - 2);
  auto id = [&](uint32_t ring, int i) { return 1 + ring * uint32_t(segments) + uint32_t(i % segments); };
  for (int i = 0; i < segments; ++i) {
    mesh.indices.insert(mesh.indices.end(), {bottom, id(0, i + 1), id(0, i)});
    mesh.indices.insert(mesh.indices.end(), {top, id(rings - 1, i), id(rings - 1, i + 1)});
    for (uint32_t r = 0; r + 1 < rings; ++r) {
      mesh.indices.insert(mesh.indices.end(), {id(r, i), id(r, i + 1), id(r + 1, i + 1), id(r, i), id(r + 1, i + 1), id(r + 1, i)});
    }
  }
  return mesh;
}

ConvexSeat light_hole(const Placement3& place, glm::dvec3 top_local, double radius_mm, double depth_mm) {
  ConvexSeat hole;
  const glm::dvec3 up = place.rotation * glm::dvec3(0, 0, 1);
  const glm::dvec3 top = place.apply(top_local);
  hole.centre = top - up * (depth_mm / 2);
  hole.bounding_radius_mm = std::hypot(radius_mm / detmath::cos(kPi / 8), depth_mm / 2);
  hole.planes.push_back({up, glm::dot(up, top)});
  hole.planes.push_back({-up, -glm::dot(up, top - up * depth_mm)});
  for (int i = 0; i < 8; ++i) {
    double s, c;
    detmath::sincos(2 * kPi * i / 8, s, c);
    const glm::dvec3 n = place.rotation * glm::dvec3(c, s, 0);
    hole.planes.push_back({n, glm::dot(n, hole.centre) + radius_mm});
  }
  return hole;
}


}  // namespace facet::geometry
