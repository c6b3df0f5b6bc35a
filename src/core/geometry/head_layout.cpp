#include "core/geometry/head_layout.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace facet::geometry {
namespace {

// The largest of a convex seat's plane distances: the distance to the stone (less its clearance)
// where the nearest point lies on a facet, less near an edge; never more.
double stone_distance(const ConvexSeat& seat, const glm::dvec3& p) {
  double d = -std::numeric_limits<double>::max();
  for (const Plane& plane : seat.planes) d = std::max(d, glm::dot(plane.normal, p) - plane.offset);
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
  // How near a part must be to matter: nearer than the nearest found, and when only the rules
  // matter, nearer than the rule (a part at least that far cannot fall short of it).
  double within(double nearest, double rule) const { return stop ? std::min(nearest, rule) : nearest; }
};

// One stone as the measures take it: its seat's planes and its corners, world.
struct StoneShape {
  const ConvexSeat* seat;
  std::vector<glm::dvec3> corners;
};
StoneShape shape_of(const ProngHead& head) { return {&head.seat, head.stone.world_mesh().positions}; }

// From one stone's corners to another stone.
void stone_to_stone(const StoneShape& from, const StoneShape& to, const Measure& measure, HeadClearance& out) {
  for (const glm::dvec3& v : from.corners) {
    closer(stone_distance(*to.seat, v), v, out.stone_gap_mm, out.stone_at);
    if (measure.short_of_rules(out)) return;
  }
}

// From a stone to metal, along each capsule every 0.05 mm (a rod can cross a facet between its
// corners). A capsule whose distance from the stone's centre, less the stone's reach, is at least
// what matters (Measure::within) is skipped.
void stone_to_metal(const ConvexSeat& stone, const std::vector<const Capsule*>& metal, const Measure& measure, HeadClearance& out) {
  constexpr double kStepMm = 0.05;
  for (const Capsule* c : metal) {
    if (capsule_distance(*c, stone.centre) - stone.bounding_radius_mm >= measure.within(out.stone_to_metal_mm, kSideStoneGapMm)) continue;
    const int steps = std::max(1, int(std::ceil(glm::distance(c->a, c->b) / kStepMm)));
    for (int i = 0; i <= steps; ++i) {
      const glm::dvec3 p = c->a + (c->b - c->a) * (double(i) / steps);
      closer(stone_distance(stone, p) - c->radius_mm, p, out.stone_to_metal_mm, out.stone_metal_at);
    }
    if (measure.short_of_rules(out)) return;
  }
}

// Between two sets of metal rods, the gaps (overlapping ones count too: negative).
void metal_to_metal(const std::vector<const Capsule*>& a, const std::vector<const Capsule*>& b, const Measure& measure, HeadClearance& out) {
  for (const Capsule* ca : a) {
    for (const Capsule* cb : b) {
      const double spread = glm::distance(ca->a, ca->b) + glm::distance(cb->a, cb->b) + ca->radius_mm + cb->radius_mm;
      if (glm::distance(ca->a, cb->a) - spread > measure.within(out.claw_gap_mm, kHeadClawGapMm)) continue;  // no point of them is nearer
      glm::dvec3 at;
      const double gap = capsule_gap(*ca, *cb, at);
      closer(gap, at, out.claw_gap_mm, out.claw_at);
    }
  }
}

std::vector<const Capsule*> all_of(const std::vector<Capsule>& capsules) {
  std::vector<const Capsule*> out;
  for (const Capsule& c : capsules) out.push_back(&c);
  return out;
}

// Claws and rails: the upper capsule of each prong, and the gallery rails (the lower capsules
// meet in the shank anyway).
std::vector<const Capsule*> upper_parts(const ProngHead& head) {
  std::vector<const Capsule*> out;
  for (size_t i = 1; i < head.prongs.size(); i += 2) out.push_back(&head.prongs[i]);
  for (const Capsule& rail : head.rails) out.push_back(&rail);
  return out;
}

std::vector<const Capsule*> prongs_and_rails(const ProngHead& head) {
  std::vector<const Capsule*> out = all_of(head.prongs);
  for (const Capsule& rail : head.rails) out.push_back(&rail);
  return out;
}

constexpr double kFar = std::numeric_limits<double>::max();

HeadClearance measure_clearance(const ProngHead& a, const ProngHead& b, const Measure& measure) {
  HeadClearance out{kFar, {}, kFar, {}, kFar, {}};
  // Rails side by side with less than an opening between them would be one rod with a slot the
  // fillet bridges as a thin web.
  metal_to_metal(upper_parts(a), upper_parts(b), measure, out);
  if (measure.short_of_rules(out)) return out;
  const StoneShape stone_a = shape_of(a), stone_b = shape_of(b);
  stone_to_stone(stone_a, stone_b, measure, out);
  if (measure.short_of_rules(out)) return out;
  stone_to_metal(a.seat, prongs_and_rails(b), measure, out);
  if (measure.short_of_rules(out)) return out;
  stone_to_stone(stone_b, stone_a, measure, out);
  if (measure.short_of_rules(out)) return out;
  stone_to_metal(b.seat, prongs_and_rails(a), measure, out);
  return out;
}

// The head's clearances to other stones and metal (a halo's), by the same rules: its claws and
// rails to the metal, the stones both ways, each stone to the other side's metal.
HeadClearance measure_clearance(const ProngHead& head, const std::vector<StoneShape>& stones, const std::vector<const Capsule*>& metal,
                                const Measure& measure) {
  HeadClearance out{kFar, {}, kFar, {}, kFar, {}};
  metal_to_metal(upper_parts(head), metal, measure, out);
  if (measure.short_of_rules(out)) return out;
  const StoneShape own = shape_of(head);
  const std::vector<const Capsule*> own_metal = prongs_and_rails(head);
  for (const StoneShape& other : stones) {
    // A stone is skipped where no corner can be nearer than what matters: the plane distance
    // changes no faster than the distance itself, so from a stone's centre it falls by at most
    // the stone's bounding radius.
    const double matters = measure.within(out.stone_gap_mm, kSideStoneGapMm);
    if (stone_distance(*other.seat, head.seat.centre) - head.seat.bounding_radius_mm < matters) stone_to_stone(own, other, measure, out);
    if (measure.short_of_rules(out)) return out;
    if (stone_distance(head.seat, other.seat->centre) - other.seat->bounding_radius_mm < matters) stone_to_stone(other, own, measure, out);
    if (measure.short_of_rules(out)) return out;
    stone_to_metal(*other.seat, own_metal, measure, out);
    if (measure.short_of_rules(out)) return out;
  }
  stone_to_metal(head.seat, metal, measure, out);
  return out;
}

// The parts as the measures take them (the seats built once).
struct PreparedParts {
  std::vector<ConvexSeat> seats;
  std::vector<StoneShape> stones;
  std::vector<const Capsule*> metal;
  explicit PreparedParts(const PlacedParts& parts) : metal(all_of(parts.metal)) {
    seats.reserve(parts.stones.size());
    for (const PlacedStone& stone : parts.stones) seats.push_back(stone_seat(stone));
    for (size_t i = 0; i < seats.size(); ++i) stones.push_back({&seats[i], parts.stones[i].world_mesh().positions});
  }
};

}  // namespace

HeadClearance head_clearance(const ProngHead& a, const ProngHead& b) { return measure_clearance(a, b, {false}); }

HeadClearance head_clearance(const ProngHead& head, const PlacedParts& parts) {
  const PreparedParts prepared(parts);
  return measure_clearance(head, prepared.stones, prepared.metal, {false});
}

double side_head_angle(const ProngHead& inner, double inner_angle_rad, const ProngHead& side_at_top, const PlacedParts& also) {
  const PreparedParts prepared(also);
  auto clear_at = [&](double angle) {
    ProngHead side = side_at_top;
    turn_about_ring_axis(side, angle);
    const Measure until_short{true};
    return !until_short.short_of_rules(measure_clearance(inner, side, until_short)) &&
           !until_short.short_of_rules(measure_clearance(side, prepared.stones, prepared.metal, until_short));
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
