// A pavé row along the shank: small round stones one after another on the top of the band, each
// in a seat cut to its shape with a light hole through to the finger, held by beads raised between
// neighbours (two in each gap, either side of the row, and two past each end stone).
// The girdle's underside sits just over the band's crest: no metal stands over a girdle except the beads,
// so nothing but the beads holds the stone (no thin lip for the casting to lose) and the stone goes
// in from above, as a setter needs.
#pragma once

#include "core/geometry/head.hpp"

namespace facet::geometry {

// Design choices (ours, from jewelry-facts.md's limits).
inline constexpr double kPaveGirdleOverCrestMm = 0.05;  // the girdle's underside over the crest:
                                                         // the seat's rim is its cone alone (its
                                                         // girdle wall, 0.02 mm out, stays in air)
inline constexpr double kPaveBeadGripMm = 0.16;          // beads reach this far over each girdle
inline constexpr double kPaveBeadDiameterMm = 1.0;       // as the halo's: notched by two seats, still
                                                         // >= 0.6 mm where a caster measures it
inline constexpr double kPaveEndGapMm = 0.2;             // end beads stand as a neighbour would
inline constexpr double kPaveClearanceMm = 0.3;          // girdles clear of the head's parts (beads may
                                                         // merge with them: metal joining metal)
inline constexpr double kPaveLightHoleFraction = 0.4;    // hole radius, of the stone's radius

struct PaveRow {
  std::string id;                    // the stone group's
  std::vector<PlacedStone> stones;   // numbered 1..count from from_deg towards to_deg
  std::vector<Capsule> beads;        // spheres
  std::vector<ConvexSeat> seats;     // each stone grown by the clearance, and its light hole
  int requested = 0;                 // the group's count; stones.size() is less only when no arc is left
  double head_clear_deg = 0;  // how far from the top a stone centre must be to clear the head (0: none)
  // Smallest girdle-to-girdle gap between neighbours (negative: they overlap), and where; the
  // largest double when the row has fewer than two stones.
  double stone_gap_mm = 0;
  glm::dvec3 stone_gap_at{0.0};
  double bead_grip_mm = 0;  // the least reach of a bead over a girdle
  glm::dvec3 bead_grip_at{0.0};
};

// `count` stones like `stone` spread evenly over the band's top between `from_deg` and `to_deg`
// (from the top, positive towards +X), skipping the part of that arc where a stone would come
// within kPaveClearanceMm of `keep_clear` (the head's prongs, rails and halo) or of a seat in
// `keep_clear_seats` (the stones above). Preconditions: a round cut, count >= 1, from < to.
PaveRow pave_row(const Stone& stone, int count, double from_deg, double to_deg, const BandShape& band,
                 const std::vector<Capsule>& keep_clear, const std::vector<ConvexSeat>& keep_clear_seats);

// How many stones like `stone` the arc holds, packed kPaveEndGapMm apart, on the same terms as
// pave_row: what a configurator offers as "fill the arc".
int pave_capacity(const Stone& stone, double from_deg, double to_deg, const BandShape& band, const std::vector<Capsule>& keep_clear,
                  const std::vector<ConvexSeat>& keep_clear_seats);

}  // namespace facet::geometry
