#include "core/geometry/pendant.hpp"

#include <algorithm>

namespace facet::geometry {

BezelSetting pendant_setting(const Stone& stone, bool cabochon, std::optional<double> closed_floor_mm) {
  BezelSetting out;
  out.stone.stone = stone;
  // Local X (the length) hangs along +Y, local Y runs to -X, the table (+Z) faces the viewer.
  out.stone.placement.rotation = kStoneFacingViewer;
  out.cup = bezel_cup(out.stone, cabochon);
  if (closed_floor_mm) {
    out.cup.closed_back = true;
    out.cup.bottom_z_mm = stone.culet_z_mm - kSeatClearanceMm - *closed_floor_mm;
  }
  if (!cabochon) out.seat = stone_seat(out.stone);
  return out;
}

double closed_back_floor_mm(const spec::Piece& piece) {
  double deepest = 0;
  for (const spec::Engraving& e : piece.engraving)
    if (e.location == "back" && e.style != "embossed") deepest = std::max(deepest, e.depth_mm);
  return kBezelFloorMm + deepest;
}

BailAnchor bail_anchor(const BezelSetting& setting) {
  // The cup's outer wall at the top (local X hangs along +Y), centred on the cup's depth.
  return {setting.cup.outer_mm().x, (setting.cup.bottom_z_mm + setting.cup.top_z_mm) / 2, setting.cup.bottom_z_mm, true};
}

PendantBail pendant_bail(std::string_view kind, const BailAnchor& anchor) {
  const double wire_radius = kBailWireMm / 2, loop_radius = kBailOpeningMm / 2 + wire_radius;
  const glm::dvec3 across(1.0, 0.0, 0.0);  // the chain's line
  PendantBail out;
  if (kind == "hidden") {
    // The loop's top stays under the top edge; its front wire lies on the back, where the chain
    // runs between loop and piece.
    const double centre_y = anchor.top_y_mm - loop_radius - wire_radius;
    const double back_z = anchor.back_z_mm;
    out.loop = {{0.0, centre_y, back_z - loop_radius}, across, loop_radius, wire_radius};
    // A basket's bar runs up the back from the base, its back face where a bezel's floor would be.
    if (!anchor.solid_back) out.bar = Capsule{{0.0, 0.0, back_z + wire_radius}, {0.0, centre_y, back_z + wire_radius}, wire_radius};
    return out;
  }
  if (kind == "hinged") {
    const double lug_wire = kLugWireMm / 2, lug_radius = kLugHoleMm / 2 + lug_wire;
    out.loop = {{0.0, anchor.top_y_mm + lug_radius, anchor.top_z_mm}, {0.0, 0.0, 1.0}, lug_radius, lug_wire};
    return out;
  }
  // The wire's centre line through the top edge's outer face (half the wire in the metal, the
  // fillet round it), at the metal's depth there.
  out.loop = {{0.0, anchor.top_y_mm + loop_radius, anchor.top_z_mm}, across, loop_radius, wire_radius};
  return out;
}

PendantBasket pendant_basket(const Stone& stone, int prongs, double prong_diameter_mm) {
  // A stud's basket on a post as thick as the base; the post's top end becomes the ball.
  StudSetting stud = stud_setting(stone, prongs, prong_diameter_mm, kBasketBaseDiameterMm);
  return {std::move(stud.head), {stud.post.a, stud.post.a, kBasketBaseDiameterMm / 2}};
}

}  // namespace facet::geometry
