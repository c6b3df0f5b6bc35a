// Side stones down the shoulders: how far round the ring each pair of side heads goes, and how
// much room neighbouring heads leave each other (what the layout ensures and the checks report).
#pragma once

#include "core/geometry/head.hpp"

namespace facet::geometry {

// Our layout rules, from jewelry-facts.md's gaps: claws and rails of neighbouring heads stay at least the
// platinum opening apart (so the layout casts in every alloy), and a stone keeps this much room
// from the next stone and from the next head's metal (a setter's tools, and no chipped girdles).
inline constexpr double kHeadClawGapMm = 0.8;
inline constexpr double kSideStoneGapMm = 0.2;
// Side heads go no further down the shoulder than this from the top (80 degrees).
inline constexpr double kMaxSideAngleRad = 1.3962634015954636;

struct HeadClearance {
  double claw_gap_mm;          // between the claws (above the girdles) and rails of the two heads
  glm::dvec3 claw_at;
  double stone_gap_mm;         // between the two stones (at least this: sampled at vertices)
  glm::dvec3 stone_at;
  double stone_to_metal_mm;    // from each stone to the other head's prongs and rails (at least)
  glm::dvec3 stone_metal_at;
};
HeadClearance head_clearance(const ProngHead& a, const ProngHead& b);

// Stones and metal already placed that a side head keeps clear of as well: a halo round the centre.
struct PlacedParts {
  std::vector<PlacedStone> stones;
  std::vector<Capsule> metal;
};
// The same clearances from `head` to those parts: its claws and rails to their metal, the stones
// both ways, each stone to the other side's metal.
HeadClearance head_clearance(const ProngHead& head, const PlacedParts& parts);

// The angle from the top (about +Z, towards -X) at which `side_at_top`, a head built at the top,
// clears `inner`, a head already placed at `inner_angle_rad` >= 0, and `also`, by the rules above;
// at most kMaxSideAngleRad. Mirrored (negated), it places the other stone of the pair.
double side_head_angle(const ProngHead& inner, double inner_angle_rad, const ProngHead& side_at_top, const PlacedParts& also = {});

}  // namespace facet::geometry
