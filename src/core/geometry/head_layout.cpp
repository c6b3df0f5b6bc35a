#include "core/geometry/head_layout.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace facet::geometry {
namespace {

// The largest of a convex seat's plane distances: the distance to the stone (less its clearance)
// where the nearest point lies on a facet, less near an edge; never more.
double stone_distance(const ProngHead& head, const glm::dvec3& p) {
  double d = -std::numeric_limits<double>::max();
  for (const Plane& plane : head.seat.planes) d = std::max(d, glm::dot(plane.normal, p) - plane.offset);
  return d + kSeatClearanceMm;
}

void closer(double candidate, const glm::dvec3& at, double& best, glm::dvec3& best_at) {
  if (candidate < best) best = candidate, best_at = at;
}

// What the layout needs to know: whether every clearance reaches its rule. Measuring stops at the
// first one that does not (most of the layout's trials), or measures all when `stop` is false.
struct Measure {
  bool stop;
  bool short_of_rules(const HeadClearance& c) const {
    return stop && (c.claw_gap_mm < kHeadClawGapMm || c.stone_gap_mm < kSideStoneGapMm || c.stone_to_metal_mm < kSideStoneGapMm);
  }
};

// From `from`'s stone to `to`'s stone (at the stone's vertices) and to `to`'s metal (along each
// prong and rail, every 0.05 mm: a rod can cross a facet between its corners). A capsule whose
// distance from the stone's centre, less the stone's reach, exceeds the nearest found is skipped.
void stone_clearances(const ProngHead& from, const ProngHead& to, const Measure& measure, HeadClearance& out) {
  for (const glm::dvec3& v : from.stone.world_mesh().positions) {
    closer(stone_distance(to, v), v, out.stone_gap_mm, out.stone_at);
    if (measure.short_of_rules(out)) return;
  }
  constexpr double kStepMm = 0.05;
  const glm::dvec3 centre = from.seat.centre;
  const double reach = from.seat.bounding_radius_mm;
  for (const std::vector<Capsule>* parts : {&to.prongs, &to.rails}) {
    for (const Capsule& c : *parts) {
      if (capsule_distance(c, centre) - reach >= out.stone_to_metal_mm) continue;
      const int steps = std::max(1, int(std::ceil(glm::distance(c.a, c.b) / kStepMm)));
      for (int i = 0; i <= steps; ++i) {
        const glm::dvec3 p = c.a + (c.b - c.a) * (double(i) / steps);
        closer(stone_distance(from, p) - c.radius_mm, p, out.stone_to_metal_mm, out.stone_metal_at);
      }
      if (measure.short_of_rules(out)) return;
    }
  }
}

std::vector<const Capsule*> upper_parts(const ProngHead& head) {
  std::vector<const Capsule*> out;
  for (size_t i = 1; i < head.prongs.size(); i += 2) out.push_back(&head.prongs[i]);
  for (const Capsule& rail : head.rails) out.push_back(&rail);
  return out;
}

HeadClearance measure_clearance(const ProngHead& a, const ProngHead& b, const Measure& measure) {
  constexpr double kFar = std::numeric_limits<double>::max();
  HeadClearance out{kFar, {}, kFar, {}, kFar, {}};
  // Claws and rails: the upper capsule of each prong, and the gallery rails (the lower capsules
  // meet in the shank anyway). Rails side by side with less than an opening between them would
  // be one rod with a slot the fillet bridges as a thin web.
  const std::vector<const Capsule*> upper_a = upper_parts(a), upper_b = upper_parts(b);
  for (const Capsule* ca : upper_a) {
    for (const Capsule* cb : upper_b) {
      const double spread = glm::distance(ca->a, ca->b) + glm::distance(cb->a, cb->b) + ca->radius_mm + cb->radius_mm;
      if (glm::distance(ca->a, cb->a) - spread > out.claw_gap_mm) continue;  // no point of them is nearer
      glm::dvec3 at;
      const double gap = capsule_gap(*ca, *cb, at);
      closer(gap, at, out.claw_gap_mm, out.claw_at);
    }
  }
  if (measure.short_of_rules(out)) return out;
  stone_clearances(a, b, measure, out);
  if (measure.short_of_rules(out)) return out;
  stone_clearances(b, a, measure, out);
  return out;
}

}  // namespace

HeadClearance head_clearance(const ProngHead& a, const ProngHead& b) { return measure_clearance(a, b, {false}); }

double side_head_angle(const ProngHead& inner, double inner_angle_rad, const ProngHead& side_at_top) {
  auto clear_at = [&](double angle) {
    ProngHead side = side_at_top;
    turn_about_ring_axis(side, angle);
    const Measure until_short{true};
    return !until_short.short_of_rules(measure_clearance(inner, side, until_short));
  };
  // Walk out in 2-degree steps to the first angle that clears, then halve the last step down to
  // 0.004 degrees (under a micrometre at the girdle): the gap grows as the side head moves away.
  constexpr double kStep = 0.03490658503988659;  // 2 degrees
  double fits = inner_angle_rad + kStep;
  while (fits < kMaxSideAngleRad && !clear_at(fits)) fits += kStep;
  if (fits >= kMaxSideAngleRad) return kMaxSideAngleRad;
  double touches = fits - kStep;
  for (int i = 0; i < 9; ++i) {
    const double middle = (touches + fits) / 2;
    (clear_at(middle) ? fits : touches) = middle;
  }
  return fits;
}

}  // namespace facet::geometry
