#include "core/geometry/pendant.hpp"

namespace facet::geometry {

PendantSetting pendant_setting(const Stone& stone, bool cabochon) {
  PendantSetting out;
  out.stone.stone = stone;
  // Local X (the length) hangs along +Y, local Y runs to -X, the table (+Z) faces the viewer.
  out.stone.placement.rotation = glm::dmat3(glm::dvec3(0, 1, 0), glm::dvec3(-1, 0, 0), glm::dvec3(0, 0, 1));
  out.cup = bezel_cup(out.stone, cabochon);
  if (!cabochon) out.seat = stone_seat(out.stone);
  // The loop stands on the cup's top edge, its wire's centre line through the wall's outer face
  // (half the wire in the wall, the fillet round it), centred on the cup's depth.
  const double top_edge = out.cup.outer_mm().x;  // local X hangs along +Y
  const double wire_radius = kBailWireMm / 2, loop_radius = kBailOpeningMm / 2 + wire_radius;
  const double middle_z = (out.cup.bottom_z_mm + out.cup.top_z_mm) / 2;
  out.bail = {{0.0, top_edge + loop_radius, middle_z}, {1.0, 0.0, 0.0}, loop_radius, wire_radius};
  return out;
}

}  // namespace facet::geometry
