#include "core/geometry/stud.hpp"

namespace facet::geometry {

StudSetting stud_setting(const Stone& stone, int prongs, double prong_diameter_mm, double post_diameter_mm) {
  StudSetting out;
  ProngHead& head = out.head;
  const double dp = prong_diameter_mm, radius = dp / 2, post_radius = post_diameter_mm / 2;
  // As a pendant's stone: local X (the length) along +Y, local Y to -X, the table (+Z) to the viewer.
  head.stone.placement.rotation = kStoneFacingViewer;
  const Placement3& place = head.stone.placement;
  head.stone.stone = stone;
  head.seat = stone_seat(head.stone);

  // Each prong bends at the rail's height just clear of the pavilion (its knee), and its leg runs
  // from there to the post's rim under the culet. The legs meet there: the basket's one root.
  const double rail_z = gallery_rail_z(stone), clearance = radius + kSeatClearanceMm + 0.05;
  std::vector<glm::dvec3> directions, knees;
  double prong_reach = 0;
  for (int i = 0; i < prongs; ++i) {
    const glm::dvec3 d = prong_direction(stone, i, prongs);
    const double reach = clear_reach(stone, rail_z, d, clearance);
    directions.push_back(d), knees.push_back(d * reach + glm::dvec3(0, 0, rail_z));
    prong_reach += reach / prongs;
  }
  // The root sinks until every leg clears the seat along its whole length by its radius (a straight
  // leg cuts inside its ends where the pavilion bulges between facets).
  double root_z = stone.culet_z_mm - radius - kSeatClearanceMm - kBasketUnderCuletMm;
  auto legs_clear = [&](double z) {
    for (int i = 0; i < prongs; ++i) {
      const glm::dvec3 root = directions[size_t(i)] * post_radius + glm::dvec3(0, 0, z);
      for (int k = 0; k <= 16; ++k) {
        const glm::dvec3 p = knees[size_t(i)] + (root - knees[size_t(i)]) * (k / 16.0);
        if (seat_distance(head.seat, place.apply(p)) < radius) return false;
      }
    }
    return true;
  };
  for (int step = 0; step < 200 && !legs_clear(root_z); ++step) root_z -= 0.02;

  for (int i = 0; i < prongs; ++i) {
    const ProngLine line = prong_line(stone, directions[size_t(i)], dp);
    const glm::dvec3 girdle = place.apply(line.girdle), tip = place.apply(line.tip), knee = place.apply(knees[size_t(i)]);
    head.prongs.push_back({knee, girdle, radius});
    head.prongs.push_back({girdle, tip, radius});
    head.legs.push_back({place.apply(directions[size_t(i)] * post_radius + glm::dvec3(0, 0, root_z)), knee, radius});
    head.prong_tips.push_back(tip + place.rotation * glm::dvec3(0, 0, radius));
  }
  head.rails = gallery_rail(stone, place, prongs, prong_reach, dp);
  out.post = {place.apply({0, 0, root_z}), place.apply({0, 0, root_z - kPostLengthMm}), post_radius};
  return out;
}

}  // namespace facet::geometry
