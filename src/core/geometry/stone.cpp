#include "core/geometry/stone.hpp"

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/math/det_math.hpp"

namespace facet::geometry {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Girdle outlines are drawn in a design space two units wide (Y) and 2 * ratio long (X), then
// stretched to the stone's length and width: an oval is a stretched round, as cutters treat it.
struct Outline {
  double ratio = 1.0;
  std::function<bool(glm::dvec2)> inside;  // star-shaped about the origin
};

glm::dvec2 direction(double angle) { return {detmath::cos(angle), detmath::sin(angle)}; }

// Where the ray from the origin at `angle` leaves the outline (bisection: every shape here is
// star-shaped about its centre, so there is exactly one crossing).
glm::dvec2 outline_point(const Outline& outline, glm::dvec2 d) {
  double lo = 0.0, hi = 2.0 * outline.ratio + 1.0;
  for (int i = 0; i < 80; ++i) {
    const double mid = 0.5 * (lo + hi);
    (outline.inside(d * mid) ? lo : hi) = mid;
  }
  return d * lo;
}

Outline circle() { return {1.0, [](glm::dvec2 p) { return glm::dot(p, p) <= 1.0; }}; }
Outline cushion() { return {1.0, [](glm::dvec2 p) { return p.x * p.x * p.x * p.x + p.y * p.y * p.y * p.y <= 1.0; }}; }
// Two circular arcs meeting in points at x = +-2, one unit high at the middle: centres at
// y = -+1.5, radius 2.5.
Outline marquise() {
  return {2.0, [](glm::dvec2 p) {
            const double r2 = 6.25 - p.x * p.x;
            return std::fabs(p.x) <= 2.0 && r2 >= 0 && std::fabs(p.y) <= -1.5 + std::sqrt(r2);
          }};
}
// A round end (unit circle centred at x = -0.55) and a point at x = +1.55 drawn by arcs tangent
// to the circle at its top and bottom: centres at y = -+1.705, radius 2.705.
Outline pear() {
  return {1.55, [](glm::dvec2 p) {
            const double x = p.x + 0.55;
            if (x <= 0) return x * x + p.y * p.y <= 1.0;
            const double r2 = 2.705 * 2.705 - x * x;
            return p.x <= 1.55 && r2 >= 0 && std::fabs(p.y) <= -1.705 + std::sqrt(r2);
          }};
}
// Two lobes (circles of radius 0.55 at x = -0.45, y = +-0.48) and the point at x = +1 joined by
// the lines tangent to the lobes; the cleft stays where the lobes meet.
Outline heart() {
  return {1.0, [](glm::dvec2 p) {
            const glm::dvec2 lobe(-0.45, 0.48), tip(1.0, 0.0);
            const double r = 0.55;
            const glm::dvec2 q(p.x, std::fabs(p.y));  // symmetric about the X axis
            if (glm::distance(q, lobe) <= r) return true;
            // Between the lobe and the tip: under the line from the tip tangent to the lobe, and
            // on the tip's side of the lobe's radius to the tangent point.
            const glm::dvec2 to_lobe = lobe - tip;
            const double reach = glm::length(to_lobe);
            // Turned from the lobe's direction by the angle whose sine is r / reach (no libm: the
            // same bits in the browser and the CLI).
            const double sin_b = r / reach, cos_b = std::sqrt(1.0 - sin_b * sin_b);
            const glm::dvec2 u = to_lobe / reach;
            const glm::dvec2 along(u.x * cos_b + u.y * sin_b, -u.x * sin_b + u.y * cos_b);
            const glm::dvec2 touch = tip + along * std::sqrt(reach * reach - r * r);
            const glm::dvec2 outward(along.y, -along.x);
            const glm::dvec2 radius = (touch - lobe) / r;
            const bool under_tangent = glm::dot(q - tip, outward) <= 0.0;
            const bool tip_side_of_radius = radius.x * (q.y - lobe.y) - radius.y * (q.x - lobe.x) <= 0.0;
            return q.x >= lobe.x && under_tangent && tip_side_of_radius;
          }};
}

// Design space to millimetres.
struct Stretch {
  double sx, sy, sz;
  glm::dvec3 operator()(glm::dvec3 p) const { return {p.x * sx, p.y * sy, p.z * sz}; }
};

struct BrilliantDesign {
  double table, crown_height, pavilion_depth, girdle;  // design units (the width is 2)
  double star = 0.5;         // star facets reach this far from the table edge to the girdle
  double lower_half = 0.77;  // lower girdle facets reach this far from the girdle to the culet
  int mains = 8;
};

// Crown: table, 8 stars, 8 bezels (kites), 16 upper girdle facets; pavilion: 8 mains and 16 lower
// girdle facets to a pointed culet: 57 facets, each plane through the points where a cutter puts
// its meets. The girdle is polished: a ring of narrow vertical facets following the outline.
std::vector<Plane> brilliant_planes(const Outline& outline, const BrilliantDesign& d, const Stretch& s, double& girdle_top,
                                    double& girdle_bottom, double& table_z, double& culet_z) {
  const int m = d.mains;
  auto at = [&](double angle, double z) {
    const glm::dvec2 p = outline_point(outline, direction(angle));
    return glm::dvec3(p.x, p.y, z);
  };
  auto tangent = [&](double angle) {
    const glm::dvec2 t = outline_point(outline, direction(angle + 1e-4)) - outline_point(outline, direction(angle - 1e-4));
    return glm::dvec3(t.x, t.y, 0.0);
  };
  const glm::dvec3 inside(0.0);
  auto z_on = [](const Plane& plane, glm::dvec3 p) {  // the plane's height above p's x, y
    return (plane.offset - plane.normal.x * p.x - plane.normal.y * p.y) / plane.normal.z;
  };

  // Upper (and lower) girdle facets cut chords across the curved girdle and dip below the girdle
  // line between their corners; the girdle's corners sit higher by that dip, so the girdle is
  // `girdle` thick where it is thinnest.
  auto half_planes = [&](double corner_z, double apex_z_sign, std::vector<Plane>& out, double& dip) {
    std::vector<Plane> kites(static_cast<size_t>(m));
    const double h = apex_z_sign > 0 ? d.crown_height : d.pavilion_depth;
    for (int k = 0; k < m; ++k) {
      const double theta = 2 * kPi * k / m;
      const glm::dvec3 b = at(theta, corner_z);
      const glm::dvec3 top = apex_z_sign > 0 ? glm::dvec3(glm::dvec2(b) * d.table, corner_z + h) : glm::dvec3(0, 0, corner_z - h);
      kites[size_t(k)] = plane_through(s(b), s(top), s(b + tangent(theta)), inside,
                                       int(apex_z_sign > 0 ? FacetKind::bezel : FacetKind::pavilion_main));
    }
    dip = 0;
    for (int k = 0; k < m; ++k) {
      const double theta = 2 * kPi * k / m, next = 2 * kPi * (k + 1) / m, between = theta + kPi / m;
      const glm::dvec3 b0 = at(theta, corner_z), b1 = at(next, corner_z), g = at(between, corner_z);
      glm::dvec3 apex;  // the star point (crown) or lower-half point (pavilion), on both kites
      if (apex_z_sign > 0) {
        const glm::dvec2 table_edge = (glm::dvec2(b0) + glm::dvec2(b1)) * 0.5 * d.table;
        apex = glm::dvec3(table_edge + (glm::dvec2(g) - table_edge) * d.star, 0.0);
      } else {
        apex = glm::dvec3(glm::dvec2(g) * (1.0 - d.lower_half), 0.0);
      }
      const glm::dvec3 apex_mm = s(apex);
      apex.z = 0.5 * (z_on(kites[size_t(k)], apex_mm) + z_on(kites[size_t((k + 1) % m)], apex_mm)) / s.sz;
      const int half_kind = int(apex_z_sign > 0 ? FacetKind::upper_girdle : FacetKind::lower_girdle);
      for (const auto& [p, q] : {std::pair{b0, g}, std::pair{g, b1}}) {
        const Plane plane = plane_through(s(p), s(q), s(apex), inside, half_kind);
        const glm::dvec2 valley_xy = outline_point(outline, glm::normalize(glm::dvec2(p) + glm::dvec2(q)));
        const glm::dvec3 valley = s(glm::dvec3(valley_xy, corner_z));
        dip = std::max(dip, apex_z_sign * (corner_z * s.sz - z_on(plane, valley)));
        out.push_back(plane);
      }
      if (apex_z_sign > 0) {
        const glm::dvec3 t0(glm::dvec2(b0) * d.table, corner_z + h), t1(glm::dvec2(b1) * d.table, corner_z + h);
        out.push_back(plane_through(s(t0), s(t1), apex_mm + glm::dvec3(0, 0, apex.z * s.sz), inside, int(FacetKind::star)));
      }
    }
    out.insert(out.end(), kites.begin(), kites.end());
  };

  std::vector<Plane> planes, scratch;
  double crown_dip = 0, pavilion_dip = 0;
  half_planes(d.girdle / 2, +1, scratch, crown_dip);
  scratch.clear();
  half_planes(-d.girdle / 2, -1, scratch, pavilion_dip);
  const double top = d.girdle / 2 + crown_dip / s.sz, bottom = -d.girdle / 2 - pavilion_dip / s.sz;
  half_planes(top, +1, planes, crown_dip);
  half_planes(bottom, -1, planes, pavilion_dip);
  planes.push_back({{0, 0, 1}, (top + d.crown_height) * s.sz, int(FacetKind::table)});

  constexpr int kGirdleFacets = 128;
  for (int i = 0; i < kGirdleFacets; ++i) {
    const glm::dvec3 p = at(2 * kPi * i / kGirdleFacets, 0), q = at(2 * kPi * (i + 1) / kGirdleFacets, 0);
    planes.push_back(plane_through(s(p), s(q), s(p + glm::dvec3(0, 0, 1)), inside, int(FacetKind::girdle)));
  }
  girdle_top = d.girdle / 2 * s.sz;
  girdle_bottom = -d.girdle / 2 * s.sz;
  table_z = (top + d.crown_height) * s.sz;
  culet_z = (bottom - d.pavilion_depth) * s.sz;
  return planes;
}

// Step cut: an octagon (a rectangle with cut corners) stepping in to the table and down to the
// culet; each step facet is a plane through one edge of two neighbouring rings.
struct StepDesign {
  double ratio;   // design length / width
  double corner;  // how much of each corner is cut, design units
  std::vector<std::pair<double, double>> crown;     // (scale, height above the girdle) per ring, outwards in
  std::vector<std::pair<double, double>> pavilion;  // (scale, depth below the girdle), last scale 0: the culet
  double girdle;
};

std::vector<Plane> step_planes(const StepDesign& d, const Stretch& s, double& table_z, double& culet_z) {
  const double a = d.ratio, b = 1.0, c = d.corner;
  const std::vector<glm::dvec2> octagon = {{a, -(b - c)}, {a, b - c}, {a - c, b}, {-(a - c), b}, {-a, b - c}, {-a, -(b - c)}, {-(a - c), -b}, {a - c, -b}};
  const glm::dvec3 inside(0.0);
  std::vector<Plane> planes;
  const size_t n = octagon.size();
  for (size_t i = 0; i < n; ++i) {
    const glm::dvec2 p = octagon[i], q = octagon[(i + 1) % n];
    planes.push_back(plane_through(s({p, 0}), s({q, 0}), s({p, 1}), inside, int(FacetKind::girdle)));
    for (int side : {+1, -1}) {
      const auto& rings = side > 0 ? d.crown : d.pavilion;
      for (size_t k = 0; k + 1 < rings.size(); ++k) {
        const double z0 = side * (d.girdle / 2 + rings[k].second), z1 = side * (d.girdle / 2 + rings[k + 1].second);
        const double s0 = rings[k].first, s1 = rings[k + 1].first;
        const glm::dvec3 p0(p * s0, z0), q0(q * s0, z0), r1(s1 > 0 ? glm::dvec3(p * s1, z1) : glm::dvec3(0, 0, z1));
        planes.push_back(plane_through(s(p0), s(q0), s(r1), inside, int(side > 0 ? FacetKind::crown_step : FacetKind::pavilion_step)));
      }
    }
  }
  table_z = (d.girdle / 2 + d.crown.back().second) * s.sz;
  culet_z = -(d.girdle / 2 + d.pavilion.back().second) * s.sz;
  planes.push_back({{0, 0, 1}, table_z, int(FacetKind::table)});
  return planes;
}

std::vector<glm::dvec3> ring(const std::vector<glm::dvec2>& outline, double scale, double z, const Stretch& s) {
  std::vector<glm::dvec3> out;
  for (const glm::dvec2& p : outline) out.push_back(s({p * scale, z}));
  return out;
}

std::vector<glm::dvec2> sample_outline(const Outline& outline, int count) {
  std::vector<glm::dvec2> out;
  for (int i = 0; i < count; ++i) out.push_back(outline_point(outline, direction(2 * kPi * i / count)));
  return out;
}

Stone from_planes(const std::vector<Plane>& planes, double size_mm) {
  Polytope polytope = intersect_half_spaces(planes, 4 * size_mm, 1e-7 * size_mm);
  Stone stone;
  stone.mesh = std::move(polytope.mesh);
  stone.facets = std::move(polytope.faces);
  stone.triangle_facet = std::move(polytope.triangle_face);
  return stone;
}

// Rings of a step cut from (scale, angle in degrees) steps, from the girdle inwards.
std::vector<std::pair<double, double>> steps(std::initializer_list<std::pair<double, double>> scale_and_angle) {
  std::vector<std::pair<double, double>> rings{{1.0, 0.0}};
  for (const auto& [scale, degrees] : scale_and_angle) {
    const double rise = (rings.back().first - scale) * detmath::sin(degrees * kPi / 180) / detmath::cos(degrees * kPi / 180);
    rings.push_back({scale, rings.back().second + rise});
  }
  return rings;
}

const StepDesign* step_design(std::string_view cut) {
  // Emerald and asscher: three crown steps and four pavilion steps, steeper near the girdle (a
  // convex stone). Princess and radiant are cut with chevrons on a stepped pavilion here, which
  // keeps their fuller pavilion (and weight) without the full chevron pattern.
  static const auto crown = steps({{0.88, 50}, {0.76, 40}, {0.64, 30}});
  static const auto pavilion = steps({{0.72, 55}, {0.44, 45}, {0.16, 40}, {0.0, 35}});
  static const auto flat_crown = steps({{0.86, 40}, {0.72, 30}});
  static const auto full_pavilion = steps({{0.75, 55}, {0.5, 50}, {0.25, 45}, {0.0, 40}});
  static const StepDesign emerald{1.4, 0.3, crown, pavilion, 0.03};
  static const StepDesign asscher{1.0, 0.45, crown, pavilion, 0.03};
  static const StepDesign princess{1.0, 0.04, flat_crown, full_pavilion, 0.03};
  static const StepDesign radiant{1.0, 0.45, flat_crown, full_pavilion, 0.03};
  if (cut == "emerald") return &emerald;
  if (cut == "asscher") return &asscher;
  if (cut == "princess") return &princess;
  if (cut == "radiant") return &radiant;
  return nullptr;
}

const BrilliantDesign* brilliant_design(std::string_view cut, Outline& outline) {
  // Round: Tolkowsky (the catalog's proportions); heights from the angles, in design units (the
  // radius is 1). The others: typical trade proportions.
  static const BrilliantDesign round = [] {
    const catalog::BrilliantProportions p;
    auto tan_deg = [](double degrees) { return detmath::sin(degrees * kPi / 180) / detmath::cos(degrees * kPi / 180); };
    return BrilliantDesign{p.table, (1.0 - p.table) * tan_deg(p.crown_angle_deg), tan_deg(p.pavilion_angle_deg), 2 * p.girdle};
  }();
  static const BrilliantDesign cushion_d{0.58, 0.30, 0.94, 0.03};
  static const BrilliantDesign pointed{0.55, 0.30, 0.88, 0.03};
  if (cut == "round" || cut == "oval") return outline = circle(), &round;
  if (cut == "cushion") return outline = cushion(), &cushion_d;
  if (cut == "pear") return outline = pear(), &pointed;
  if (cut == "marquise") return outline = marquise(), &pointed;
  return nullptr;
}

}  // namespace

Stone build_stone_shape(const catalog::Cut& cut, double length_mm, double width_mm);

Stone build_stone(const catalog::Cut& cut, double length_mm, double width_mm) {
  const std::string_view name = cut.name;
  Stone stone = build_stone_shape(cut, length_mm, width_mm);
  stone.points = name == "marquise" ? 2 : (name == "pear" || name == "heart") ? 1 : 0;
  return stone;
}

Stone build_stone_shape(const catalog::Cut& cut, double length_mm, double width_mm) {
  const std::string_view name = cut.name;
  Stone stone;
  Outline outline;
  double girdle_top = 0, girdle_bottom = 0, table_z = 0, culet_z = 0;
  const double size = std::max(length_mm, width_mm);
  if (const BrilliantDesign* design = brilliant_design(name, outline)) {
    const Stretch s{length_mm / (2 * outline.ratio), width_mm / 2, width_mm / 2};
    stone = from_planes(brilliant_planes(outline, *design, s, girdle_top, girdle_bottom, table_z, culet_z), size);
  } else if (const StepDesign* design = step_design(name)) {
    const Stretch s{length_mm / (2 * design->ratio), width_mm / 2, width_mm / 2};
    stone = from_planes(step_planes(*design, s, table_z, culet_z), size);
    girdle_top = design->girdle / 2 * s.sz, girdle_bottom = -girdle_top;
  } else if (name == "heart") {
    // Not convex (the cleft): a loft of the outline scaled towards the centre.
    const Stretch s{length_mm / 2, width_mm / 2, width_mm / 2};
    const std::vector<glm::dvec2> o = sample_outline(heart(), 96);
    const double g = 0.03, crown = 0.30, pavilion = 0.88;
    stone.mesh = loft({{s({0, 0, -g / 2 - pavilion})}, ring(o, 0.62, -g / 2 - 0.5 * pavilion, s), ring(o, 1.0, -g / 2, s),
                       ring(o, 1.0, g / 2, s), ring(o, 0.8, g / 2 + 0.55 * crown, s), ring(o, 0.56, g / 2 + crown, s)});
    girdle_top = g / 2 * s.sz, girdle_bottom = -girdle_top, table_z = (g / 2 + crown) * s.sz, culet_z = -(g / 2 + pavilion) * s.sz;
  } else {
    // Cabochon: a flat base and an elliptical dome; bead: a sphere. Smooth, so no facet planes.
    const bool bead = name == "bead";
    const Stretch s{length_mm / 2, width_mm / 2, width_mm / 2};
    const std::vector<glm::dvec2> o = sample_outline(circle(), 96);
    std::vector<std::vector<glm::dvec3>> rings;
    const int bands = 32;
    const double dome = bead ? 1.0 : 0.9, base = bead ? 1.0 : 0.06;
    if (bead) rings.push_back({s({0, 0, -1})});
    else rings.push_back(ring(o, 1.0, -base, s));
    for (int j = bead ? 1 - bands : 0; j < bands; ++j) {
      const double phi = 0.5 * kPi * j / bands;
      rings.push_back(ring(o, detmath::cos(phi), dome * detmath::sin(phi), s));
    }
    rings.push_back({s({0, 0, dome})});
    stone.mesh = loft(rings);
    girdle_top = 0, girdle_bottom = bead ? 0 : -base * s.sz, table_z = dome * s.sz, culet_z = -base * s.sz;
  }
  stone.length_mm = length_mm, stone.width_mm = width_mm;
  stone.girdle_top_z_mm = girdle_top, stone.girdle_bottom_z_mm = girdle_bottom;
  stone.table_z_mm = table_z, stone.culet_z_mm = culet_z;
  return stone;
}

double carat_of(const catalog::Gem& gem, const Stone& stone) {
  return signed_volume_mm3(stone.mesh) * gem.specific_gravity / 200.0;  // mm3 * g/cm3 / 1000 = g; 1 ct = 0.2 g
}

StoneSizing size_from_mm(const catalog::Gem& gem, const catalog::Cut& cut, double length_mm, double width_mm) {
  const Stone stone = build_stone(cut, length_mm, width_mm);
  return {length_mm, width_mm, stone.depth_mm(), carat_of(gem, stone)};
}

StoneSizing size_from_carat(const catalog::Gem& gem, const catalog::Cut& cut, double carat) {
  // At a fixed length/width ratio every dimension scales with the width: volume goes as its cube.
  const StoneSizing unit = size_from_mm(gem, cut, cut.typical_ratio, 1.0);
  const double width = std::cbrt(carat / unit.carat);
  return {width * cut.typical_ratio, width, unit.depth_mm * width, carat};
}

StoneSizing size_of(const spec::StoneGroup& group) {
  const catalog::Gem& gem = *catalog::find_gem(group.gem);
  const catalog::Cut& cut = *catalog::find_cut(group.cut);
  if (group.size.carat) return size_from_carat(gem, cut, *group.size.carat);
  const double length = group.size.diameter_mm.value_or(group.size.length_mm.value_or(0));
  const double width = group.size.diameter_mm.value_or(group.size.width_mm.value_or(0));
  return size_from_mm(gem, cut, length, width);
}

}  // namespace facet::geometry
