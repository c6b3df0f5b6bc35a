// A halo: small stones in a ring around the centre head, each in a seat cut into a frame of metal
// and held by beads shared between neighbours (bead/pavé setting), the frame tied to the centre's
// prongs and down into the shank.
#pragma once

#include "core/geometry/bezel.hpp"
#include "core/geometry/head.hpp"
#include "core/geometry/head_layout.hpp"

namespace facet::geometry {

// Design choices (ours, from jewelry-facts.md's limits).
inline constexpr double kHaloGapToProngsMm = 0.2;  // halo stones' girdles clear of the centre's claws
inline constexpr double kHaloBeadGripMm = 0.16;     // beads reach this far over each girdle (>= 0.15)
inline constexpr double kHaloBeadDiameterMm = 1.0;  // notched by two seats (0.18 mm each), still
                                                     // >= 0.6 mm across where a caster measures it
inline constexpr double kHaloFrameUnderGirdleMm = 0.25;  // frame top under the girdle: walls
                                                          // between pockets stay >= 0.6 mm
inline constexpr double kHaloTieDiameterMm = 0.7;   // ties from the frame to prongs and shank
// The least gap halo_capacity leaves between neighbours: about the templates' spacing (the halo
// ring's 18 x 1.3 mm stand 0.48 mm apart). Packed closer, the beads between, notched by both
// seats, came out thinner than a caster takes (0.57 mm at a 0.1 or 0.2 mm gap).
inline constexpr double kHaloFillGapMm = 0.4;

struct HaloSetting {
  std::vector<PlacedStone> stones;  // numbered 1..count counter-clockwise from the finger's axis
  std::vector<Capsule> frame;       // a closed chain under the stones
  std::vector<Capsule> beads;       // zero-length capsules: spheres, two between each pair
  std::vector<Capsule> ties;        // frame to each prong of the centre head, and to the shank
  std::vector<ConvexSeat> seats;    // each stone grown by the clearance, plus a light hole under it
  // Smallest girdle-to-girdle gap between neighbouring halo stones (negative: they overlap) and
  // where (midway between the two).
  double stone_gap_mm = 0;
  glm::dvec3 stone_gap_at{0.0};
  double bead_grip_mm = 0;  // how far the beads reach over the girdles, the least of them
};

// `count` stones like `stone` around the centre head `centre`, clear of its claws, on a ring whose
// shank top is at `shank_outer_radius_mm` (0 on a pendant: no ties down to a shank).
// Preconditions: count >= 3, a convex cut, a head with prongs.
HaloSetting halo_setting(const ProngHead& centre, const Stone& stone, int count, double shank_outer_radius_mm);

// Round a bezel cup (a ring's or a pendant's): the stones clear of its outer wall, their tables
// just under its rim, the frame joined to the wall all round by a collar (on a ring, nothing ties
// it down to the shank: the cup stands in it). Preconditions as above; `centre` is the cup's stone.
inline constexpr double kHaloTableUnderRimMm = 0.3;  // or higher, with the frame this far over the cup's floor:
inline constexpr double kHaloFrameOverFloorMm = 0.3;  // twice the fillet
inline constexpr double kHaloCollarRadiusMm = 0.6;  // reaches 0.5 mm into the frame at its height
HaloSetting halo_setting(const BezelCup& cup, const PlacedStone& centre, const Stone& stone, int count);

// The halo's stones and metal (frame, beads, ties), for the side heads to keep clear of.
PlacedParts halo_parts(const HaloSetting& halo);

}  // namespace facet::geometry
