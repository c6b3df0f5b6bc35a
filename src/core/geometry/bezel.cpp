#include "core/geometry/bezel.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

#include "core/geometry/engraving.hpp"
#include "core/geometry/head.hpp"
#include "core/math/det_math.hpp"

namespace facet::geometry {
namespace {

// Eberly, "Distance from a Point to an Ellipse, an Ellipsoid, or a Hyperellipsoid" (2013): for a
// point (z0, z1) = (y0/e0, y1/e1) off the ellipse, the nearest point is given by the root s of
// F(s) = (r0 z0 / (s + r0))^2 + (z1 / (s + 1))^2 - 1, which is decreasing and convex for s > -1.
// Eberly bisects; Newton's method from the bracket's left end (where F >= 0) climbs to the root
// without passing it, in a handful of steps instead of sixty (the cup's field is asked millions
// of times). `limit` is the bracket's right end.
double ellipse_root(double r0, double z0, double z1, double g) {
  const double n0 = r0 * z0;
  const double limit = g < 0 ? 0 : std::sqrt(n0 * n0 + z1 * z1) - 1;
  double s = z1 - 1;
  for (int i = 0; i < 100; ++i) {
    const double a = n0 / (s + r0), b = z1 / (s + 1);
    const double f = a * a + b * b - 1;
    if (f <= 0) break;
    const double slope = -2 * (a * a / (s + r0) + b * b / (s + 1));
    const double next = std::min(s - f / slope, limit);
    if (!(next > s)) break;
    s = next;
  }
  return s;
}

// A prism: a 2D signed distance `across` extruded between z = `low` and `high`; exact where the 2D
// distance is.
double prism_distance(double across, double z, double low, double high) {
  const double along = std::fabs(z - (low + high) / 2) - (high - low) / 2;
  const glm::dvec2 outside(std::max(across, 0.0), std::max(along, 0.0));
  return glm::length(outside) + std::min(std::max(across, along), 0.0);
}

}  // namespace

double ellipse_signed_distance(glm::dvec2 p, glm::dvec2 radii) {
  double e0 = radii.x, e1 = radii.y, y0 = std::fabs(p.x), y1 = std::fabs(p.y);
  if (e0 < e1) std::swap(e0, e1), std::swap(y0, y1);  // the method wants e0 >= e1
  double x0 = e0, x1 = 0;
  if (y1 > 0) {
    if (y0 > 0) {
      const double z0 = y0 / e0, z1 = y1 / e1, g = z0 * z0 + z1 * z1 - 1;
      if (g == 0) return 0;
      const double r0 = (e0 / e1) * (e0 / e1), s = ellipse_root(r0, z0, z1, g);
      x0 = r0 * y0 / (s + r0), x1 = y1 / (s + 1);
    } else {
      x0 = 0, x1 = e1;
    }
  } else {
    const double numer0 = e0 * y0, denom0 = e0 * e0 - e1 * e1;
    if (numer0 < denom0) {
      const double xde0 = numer0 / denom0;
      x0 = e0 * xde0, x1 = e1 * std::sqrt(std::max(0.0, 1 - xde0 * xde0));
    }
  }
  const double d = std::sqrt((x0 - y0) * (x0 - y0) + (x1 - y1) * (x1 - y1));  // not hypot: libm's differs between the CLI and the browser, sqrt is exact in both
  const double k = (y0 / e0) * (y0 / e0) + (y1 / e1) * (y1 / e1);
  return k < 1 ? -d : d;
}

double BezelCup::distance(const glm::dvec3& world) const {
  const glm::dvec3 p = place.to_local(world);
  const double outline = ellipse_signed_distance({p.x, p.y}, outline_mm);
  const double cup = prism_distance(outline - kSeatClearanceMm - wall_mm, p.z, bottom_z_mm, top_z_mm);
  const double bore = prism_distance(outline - kSeatClearanceMm, p.z, bore_bottom_z_mm, top_z_mm + 1.0);
  double shaped = std::max(cup, -bore);
  if (!closed_back) shaped = std::max(shaped, -(outline + ledge_mm));  // the opening: the outline less the ledge
  if (!floor_radius_mm) return shaped;
  return std::max(shaped, *floor_radius_mm - std::sqrt(world.x * world.x + world.y * world.y));
}

glm::dvec2 BezelCup::outer_mm() const { return outline_mm + kSeatClearanceMm + wall_mm; }

Bounds BezelCup::bounds() const {
  // The offset ellipse lies within its larger semi-axis of the centre.
  const double reach = std::max(outer_mm().x, outer_mm().y);
  Bounds b{glm::dvec3(std::numeric_limits<double>::max()), glm::dvec3(-std::numeric_limits<double>::max())};
  for (int corner = 0; corner < 8; ++corner) {
    const glm::dvec3 local((corner & 1) ? reach : -reach, (corner & 2) ? reach : -reach, (corner & 4) ? top_z_mm : bottom_z_mm);
    const glm::dvec3 w = place.apply(local);
    b.min = glm::min(b.min, w), b.max = glm::max(b.max, w);
  }
  return b;
}

Mesh bezel_preview_mesh(const BezelCup& cup, int segments) {
  // The cross-section as (offset from the girdle outline, stone-local z), a closed loop: outer
  // wall, top rim, bore, floor top, opening, back. Each corner is a ring of the outline offset by
  // its distance (the true offset: the outline point moved along its normal).
  const double outer = kSeatClearanceMm + cup.wall_mm, bore = kSeatClearanceMm, opening = -cup.ledge_mm;
  std::vector<glm::dvec2> section = {{outer, cup.bottom_z_mm}, {outer, cup.top_z_mm}, {bore, cup.top_z_mm},
                                     {bore, cup.bore_bottom_z_mm}, {opening, cup.bore_bottom_z_mm}, {opening, cup.bottom_z_mm}};
  // A closed back: the section stops at the bore's floor, and two discs (fans round the axis) close
  // the floor's top and the underside.
  if (cup.closed_back) section.resize(4);
  // A ring's underside bends where its cylinder meets the flat, along a line no ring follows:
  // rings 0.15 mm apart keep the chords across the bend within the preview's 0.05 mm.
  if (cup.floor_radius_mm) {
    const int steps = int(std::ceil((outer - opening) / 0.15));
    for (int i = 1; i < steps; ++i) section.push_back({opening + (outer - opening) * i / steps, cup.bottom_z_mm});
  }
  const size_t corners = section.size(), n = size_t(segments);
  Mesh mesh;
  const glm::dvec2 r = cup.outline_mm;
  for (const glm::dvec2& corner : section) {
    for (size_t i = 0; i < n; ++i) {
      const double t = 2 * detmath::kPi * double(i) / double(n);
      double sin_t, cos_t;
      detmath::sincos(t, sin_t, cos_t);
      const glm::dvec2 on(r.x * cos_t, r.y * sin_t), normal = glm::normalize(glm::dvec2(r.y * cos_t, r.x * sin_t));
      const glm::dvec2 p = on + normal * corner.x;
      glm::dvec3 world = cup.place.apply({p.x, p.y, corner.y});
      // A ring's underside: straight up (the stone's axis is the world's Y) onto the floor's
      // cylinder where that is higher than the flat bottom.
      if (cup.floor_radius_mm && corner.y == cup.bottom_z_mm) {
        const double r = *cup.floor_radius_mm;
        world.y = std::max(world.y, std::sqrt(std::max(0.0, r * r - world.x * world.x)));
      }
      mesh.positions.push_back(world);
    }
  }
  const size_t strips = cup.closed_back ? corners - 1 : corners;
  for (size_t k = 0; k < strips; ++k) {
    const size_t next = (k + 1) % corners;
    for (size_t i = 0; i < n; ++i) {
      const uint32_t a = uint32_t(k * n + i), b = uint32_t(k * n + (i + 1) % n), c = uint32_t(next * n + (i + 1) % n),
                     d = uint32_t(next * n + i);
      mesh.indices.insert(mesh.indices.end(), {a, b, c, a, c, d});
    }
  }
  if (cup.closed_back) {
    // Each disc as the strip to a ring shrunk to its centre: wound as the strips are.
    const uint32_t floor_top = uint32_t(mesh.positions.size()), underside = floor_top + 1;
    mesh.positions.push_back(cup.place.apply({0.0, 0.0, cup.bore_bottom_z_mm}));
    mesh.positions.push_back(cup.place.apply({0.0, 0.0, cup.bottom_z_mm}));
    const size_t last = corners - 1;
    for (size_t i = 0; i < n; ++i) {
      const uint32_t i0 = uint32_t(i), i1 = uint32_t((i + 1) % n);
      mesh.indices.insert(mesh.indices.end(), {uint32_t(last * n) + i0, uint32_t(last * n) + i1, floor_top});
      mesh.indices.insert(mesh.indices.end(), {underside, i1, i0});
    }
  }
  orient_outward(mesh);  // the section loop's direction decides which way the faces point
  return mesh;
}

FlatFace back_face(const BezelCup& cup) {
  const glm::dmat3& r = cup.place.rotation;
  return {cup.place.apply({0.0, 0.0, cup.bottom_z_mm}), r * glm::dvec3(0, 0, -1), r * glm::dvec3(0, 1, 0), r * glm::dvec3(1, 0, 0)};
}

glm::dvec2 pendant_back_mm(double length_mm, double width_mm) {
  return glm::dvec2(width_mm, length_mm) / 2.0 + (kSeatClearanceMm + kBezelWallMm);
}

bool text_fits_back(glm::dvec2 back_mm, double advance_mm, double height_mm, double margin_mm) {
  return ellipse_signed_distance({advance_mm / 2, height_mm / 2}, back_mm) <= -margin_mm;
}

bool bezel_fits_cut(std::string_view cut) { return cut == "round" || cut == "oval" || cut == "cabochon"; }

BezelCup bezel_cup(const PlacedStone& placed, bool cabochon) {
  const Stone& stone = placed.stone;
  BezelCup cup;
  cup.place = placed.placement;
  cup.outline_mm = {girdle_reach(stone, {1, 0, 0}), girdle_reach(stone, {0, 1, 0})};
  cup.ledge_mm = std::min(kBezelLedgeMm, kBezelLedgeOfHalfWidth * std::min(cup.outline_mm.x, cup.outline_mm.y));
  cup.bottom_z_mm = stone.culet_z_mm - kSeatClearanceMm - kBezelFloorMm;
  const double cover = cabochon ? kBezelCabochonCrownCover : kBezelFacetedCrownCover;
  cup.top_z_mm = stone.girdle_top_z_mm + cover * (stone.table_z_mm - stone.girdle_top_z_mm);
  // A cabochon rests its flat base on the floor; a faceted stone rests its pavilion on the seat cut
  // below the girdle (its facet planes), and the bore rises from the girdle's top.
  cup.bore_bottom_z_mm = cabochon ? stone.culet_z_mm - kSeatClearanceMm : stone.girdle_top_z_mm;
  return cup;
}

}  // namespace facet::geometry
