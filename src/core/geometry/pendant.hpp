// A pendant: the centre stone in a bezel cup, facing the viewer (+Z), its length hanging along Y,
// and a bail above the cup for the chain.
#pragma once

#include <optional>

#include "core/geometry/head.hpp"

namespace facet::geometry {

// Design choices of the bail (our own): a loop of round wire, its plane across the pendant's face
// so the chain runs through it left to right. The opening takes chains up to about 3 mm and the
// clasp's ring; the wire is as thick as the thinnest shank the facts allow, since the whole piece
// hangs from it.
inline constexpr double kBailWireMm = 1.2;
inline constexpr double kBailOpeningMm = 4.0;

struct PendantSetting {
  PlacedStone stone;
  BezelCup cup;
  std::optional<ConvexSeat> seat;  // faceted stones: the pavilion's bearing (a cabochon sits on the floor)
  Torus bail;
};

// Precondition: bezel_fits_cut(the stone's cut); `cabochon` says whether it is one.
PendantSetting pendant_setting(const Stone& stone, bool cabochon);

}  // namespace facet::geometry
