#include "core/geometry/pearl.hpp"

#include <cmath>

namespace facet::geometry {

PearlSetting pearl_setting(const Stone& pearl, const glm::dvec3& axis) {
  PearlSetting out;
  out.stone.stone = pearl;
  out.stone.placement.rotation = kStoneFacingViewer;  // as a stud's stone
  const double radius = pearl.width_mm / 2;
  out.cup.centre = glm::dvec3(0.0);
  out.cup.axis = axis;
  out.cup.inner_mm = radius + kSeatClearanceMm;  // the glue's gap
  out.cup.outer_mm = out.cup.inner_mm + kPearlCupWallMm;
  // The rim's inside circle kPearlCupOfDiameter of the pearl's across.
  out.cup.rim_sin = kPearlCupOfDiameter * radius / out.cup.inner_mm;
  out.cup.rim_cos = std::sqrt(1 - out.cup.rim_sin * out.cup.rim_sin);
  // The peg: from the middle of the cup's wall to the end of the hole, its round end in the hole's.
  const double peg_radius = kPegDiameterMm / 2, hole_end = radius - kPegIntoPearl * pearl.width_mm;
  out.peg = {axis * (out.cup.inner_mm + kPearlCupWallMm / 2), axis * (hole_end + peg_radius), peg_radius};
  return out;
}

PearlSetting ring_pearl(const Stone& pearl, const BandShape& band) {
  PearlSetting out = pearl_setting(pearl, {0.0, -1.0, 0.0});
  const glm::dvec3 centre(0.0, band.inner_radius_mm() + band.top_thickness_mm + kPearlCupAboveShankMm + out.cup.inner_mm, 0.0);
  out.stone.placement = {kStoneToRing, centre};
  out.cup.centre = centre;
  out.peg.a += centre, out.peg.b += centre;
  return out;
}

}  // namespace facet::geometry
