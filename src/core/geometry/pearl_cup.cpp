#include "core/geometry/pearl_cup.hpp"

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include <algorithm>
#include <vector>
#include <cmath>

#include "core/math/det_math.hpp"

namespace facet::geometry {

double PearlCup::distance(const glm::dvec3& p) const {
  const glm::dvec3 q = p - centre;
  const double r = std::sqrt(glm::dot(q, q));
  // The cone: a point at angle phi from the axis is r sin(phi - rim) from it, or r from its apex
  // once phi - rim passes 90 degrees (sqrt, not trig: the same bits in the CLI and the browser).
  const double along = glm::dot(q, axis), across = std::sqrt(std::max(0.0, r * r - along * along));
  const double towards = along * rim_cos + across * rim_sin;  // r cos(phi - rim)
  const double cone = towards >= 0 ? across * rim_cos - along * rim_sin : r;
  return std::max({r - outer_mm, inner_mm - r, cone});
}

Bounds PearlCup::bounds() const {
  // Within the outer sphere; the rim's plane cuts it, but a box round the sphere is enough.
  return {centre - outer_mm, centre + outer_mm};
}

double PearlCup::rim_radius_mm() const { return inner_mm * rim_sin; }

Mesh pearl_cup_mesh(const PearlCup& cup, int segments) {
  // Two axes across the cup's: any pair making a frame with it.
  const glm::dvec3 helper = std::fabs(cup.axis.x) < 0.9 ? glm::dvec3(1, 0, 0) : glm::dvec3(0, 1, 0);
  const glm::dvec3 u = glm::normalize(glm::cross(cup.axis, helper)), v = glm::cross(cup.axis, u);
  // The cross-section as (distance from the axis, height along it), from the outer pole down the
  // outside to the rim, across it, and up the inside to the inner pole; 24 steps on each arc.
  const int arc_steps = 24;
  const double rim_angle = detmath::atan2(cup.rim_sin, cup.rim_cos);
  std::vector<glm::dvec2> section;
  auto arc = [&](double radius, bool down) {
    for (int i = 0; i <= arc_steps; ++i) {
      const double t = rim_angle * (down ? i : arc_steps - i) / arc_steps;
      double s, c;
      detmath::sincos(t, s, c);
      section.push_back({radius * s, radius * c});
    }
  };
  arc(cup.outer_mm, true);
  arc(cup.inner_mm, false);
  std::vector<std::vector<glm::dvec3>> rings;
  for (const glm::dvec2& point : section) {
    if (point.x == 0.0) {
      rings.push_back({cup.centre + cup.axis * point.y});
      continue;
    }
    std::vector<glm::dvec3> ring;
    for (int k = 0; k < segments; ++k) {
      double s, c;
      detmath::sincos(2 * detmath::kPi * k / segments, s, c);
      ring.push_back(cup.centre + cup.axis * point.y + (u * c + v * s) * point.x);
    }
    rings.push_back(std::move(ring));
  }
  Mesh mesh = loft(rings);
  orient_outward(mesh);
  return mesh;
}

}  // namespace facet::geometry
