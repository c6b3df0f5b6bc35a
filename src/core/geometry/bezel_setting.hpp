// A stone set in a bezel cup, on a pendant or on a ring, and the ring's: the cup standing on the
// shank's top, reaching down into it so that the whole of its floor is carried.
#pragma once

#include <optional>

#include "core/geometry/band.hpp"
#include "core/geometry/bezel.hpp"
#include "core/geometry/field.hpp"
#include "core/geometry/head.hpp"

namespace facet::geometry {

// Where the underside's cylinder slopes more than this (sine of 30 degrees) it turns flat: its
// edge with the cup's upright wall stays at 60 degrees or more, which casts (and which the wall
// check does not read as a wall: it counts edges under 53 degrees).
inline constexpr double kRingBezelMaxUndersideSlopeSin = 0.5;
// The widest cup across the finger, of the bore's diameter: wider, its flat floor would hang
// below the shank's curve in a deep box (a saddle ring's curved floor is not built).
inline constexpr double kRingBezelMaxAcrossOfBore = 0.75;

struct BezelSetting {
  PlacedStone stone;
  BezelCup cup;
  std::optional<ConvexSeat> seat;  // faceted stones: the pavilion's bearing (a cabochon sits on the floor)
};

// A ring's centre stone in a bezel: placed as a prong head's stone (ring_top_placement), the cup's
// underside curved about the ring's axis kBezelFloorMm under the stone's culet (or base), which
// puts it kBezelFloorMm - kCuletAboveShankMm (0.6 mm) into the shank's top: cup and shank meet
// in a solid neck, and nothing of the cup comes near the finger. Far out across the finger, where
// the curve grows steep, the underside is flat (always outside the curve, so off the finger too).
// Preconditions: bezel_fits_cut(the stone's cut), `cabochon` says whether it is
// one, and ring_bezel_fits(stone width, band).
BezelSetting ring_bezel(const Stone& stone, bool cabochon, const BandShape& band);

// The cup as upright lines (capsules of no radius) from its floor to its rim, `spacing_mm` apart or
// closer round its outer wall and across the inside: what a row of stones along the shank keeps
// clear of, as it keeps clear of a prong head's capsules (a stone can slip between none of them).
std::vector<Capsule> bezel_keep_clear(const BezelCup& cup, double spacing_mm);

// The widest stone (across the finger) a ring's bezel takes at this band's size.
double ring_bezel_max_width_mm(const BandShape& band);

}  // namespace facet::geometry
