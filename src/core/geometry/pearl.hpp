// A pearl on a peg: half-drilled and glued onto a peg of wire that rises from the floor of a cup
// round its back (a stud earring), its top (a pendant, the bail above the cup) or its underside (a
// ring, the cup on the shank's top). The trade's way to set a pearl: a claw would scratch its
// nacre, and a bezel hide it.
#pragma once

#include "core/geometry/band.hpp"
#include "core/geometry/head.hpp"
#include "core/geometry/pearl_cup.hpp"

namespace facet::geometry {

// Design choices (our own; the facts file gives the casting limits).
inline constexpr double kPearlCupOfDiameter = 0.5;  // the rim's inside diameter, of the pearl's: the trade's cups hide a third to a half
inline constexpr double kPearlCupWallMm = 0.8;      // the facts' casting wall
inline constexpr double kPegDiameterMm = 0.8;       // the trade's peg wire (0.8-1.0 mm), over the facts' 0.6 mm casting wire
inline constexpr double kPegIntoPearl = 0.5;        // of the diameter: a half-drilled pearl's hole reaches its centre
// On a ring the cup's hollow stays this far above the shank's top: more than half the fillet's
// reach (kFilletMm), or the metal's smooth union would fill the glue's gap under the pearl.
inline constexpr double kPearlCupAboveShankMm = 0.15;

struct PearlSetting {
  PlacedStone stone;  // at the origin, turned as a stud's stone (table, for what it means on a bead, to the viewer)
  PearlCup cup;
  Capsule peg;  // from inside the cup's wall into the pearl's hole
};

// The cup on the side `axis` points to: -Z (behind) on a stud, +Y (above) on a pendant.
// Preconditions: a bead (a sphere), `axis` a unit vector.
PearlSetting pearl_setting(const Stone& pearl, const glm::dvec3& axis);

// A ring's pearl: on top of the shank (+Y), its cup under it sunk into the shank's top, the hollow
// kPearlCupAboveShankMm clear of it, so that cup and shank are one. Turned as a ring's stone (its
// "culet", the pearl's lowest point, towards the finger). Precondition: as pearl_setting's.
PearlSetting ring_pearl(const Stone& pearl, const BandShape& band);

}  // namespace facet::geometry
