#include "core/geometry/bezel_setting.hpp"

#include <algorithm>
#include <cmath>

#include "core/math/det_math.hpp"

namespace facet::geometry {

BezelSetting ring_bezel(const Stone& stone, bool cabochon, const BandShape& band) {
  BezelSetting out;
  const double shank_outer = band.inner_radius_mm() + band.top_thickness_mm;
  out.stone.stone = stone;
  out.stone.placement = ring_top_placement(stone, shank_outer);
  out.cup = bezel_cup(out.stone, cabochon);
  if (!cabochon) out.seat = stone_seat(out.stone);
  // The floor's cylinder: bezel_cup's flat floor's depth under the culet, on the stone's axis.
  const double floor_radius = out.stone.placement.apply({0, 0, out.cup.bottom_z_mm}).y;
  out.cup.floor_radius_mm = floor_radius;
  // The flat bottom: where the cylinder slopes at kRingBezelMaxUndersideSlopeSin, or else just
  // under the cylinder's lowest point under the cup (its outer wall across the finger: world X,
  // the stone's local Y), where it shapes nothing.
  const double steepest = floor_radius * kRingBezelMaxUndersideSlopeSin, across = out.cup.outer_mm().y;
  const double flat_y = across > steepest ? std::sqrt(floor_radius * floor_radius - steepest * steepest)
                                          : std::sqrt(floor_radius * floor_radius - across * across) - 0.1;
  out.cup.bottom_z_mm = std::min(out.cup.bottom_z_mm, flat_y - out.stone.placement.position.y);  // local z is world y here
  return out;
}

std::vector<Capsule> bezel_keep_clear(const BezelCup& cup, double spacing_mm) {
  const glm::dvec2 outer = cup.outer_mm();
  // Ramanujan's perimeter of the ellipse, within a fraction of a percent: enough to space lines.
  const double h = (outer.x - outer.y) * (outer.x - outer.y) / ((outer.x + outer.y) * (outer.x + outer.y));
  const double perimeter = detmath::kPi * (outer.x + outer.y) * (1 + 3 * h / (10 + std::sqrt(4 - 3 * h)));
  const int count = std::max(8, int(std::ceil(perimeter / spacing_mm)));
  std::vector<Capsule> out;
  const auto line = [&](glm::dvec2 at) {
    out.push_back({cup.place.apply({at.x, at.y, cup.bottom_z_mm}), cup.place.apply({at.x, at.y, cup.top_z_mm}), 0.0});
  };
  for (int i = 0; i < count; ++i) {
    double s, c;
    detmath::sincos(2 * detmath::kPi * i / count, s, c);
    line({outer.x * c, outer.y * s});
  }
  const int nx = int(std::ceil(outer.x / spacing_mm)), ny = int(std::ceil(outer.y / spacing_mm));
  for (int i = -nx; i <= nx; ++i)
    for (int j = -ny; j <= ny; ++j) {
      const glm::dvec2 at(i * spacing_mm, j * spacing_mm);
      if ((at.x / outer.x) * (at.x / outer.x) + (at.y / outer.y) * (at.y / outer.y) < 1) line(at);
    }
  return out;
}

double ring_bezel_max_width_mm(const BandShape& band) {
  return kRingBezelMaxAcrossOfBore * 2 * band.inner_radius_mm();
}

}  // namespace facet::geometry
