#include "core/geometry/engraving.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>

#include "core/math/det_math.hpp"
#include "core/text/utf8.hpp"

namespace facet::geometry {
namespace {

// The text's field is exact this far from its outline and clamped beyond: a few production cells,
// all the mesher needs to place the surface.
constexpr double kTextReachMm = 0.25;
// Embossed letters reach this far into the band, so that they join it as one solid.
constexpr double kEmbossRootMm = 0.05;
// An arc of length s at radius r has a chord up to s^3 / (24 r^2) shorter: at the reach on the
// smallest ring (about 6 mm) that is under 0.0002 of it, which this margin covers.
constexpr double kArcToChord = 0.999;

}  // namespace

EngravingPlan engraving_plan(const spec::Engraving& engraving, double min_line_mm) {
  const double line = text::kThinnestStrokeEm * engraving.height_mm;
  return {line >= min_line_mm ? EngravingMethod::cast : EngravingMethod::laser, line};
}

EngravingFrame engraving_frame(const spec::Engraving& engraving, const BandShape& band, bool plain_band, const SignetHead* face) {
  const bool inside = engraving.location != "outside";
  if (!inside && face != nullptr) return flat_engraving_frame({{0, face->face_y_mm, 0}, {0, 1, 0}, {1, 0, 0}, {0, 0, -1}});
  const glm::dvec2 centre = (!inside && plain_band) ? glm::dvec2(0, 1) : glm::dvec2(0, -1);
  const glm::dvec2 forward = inside ? centre : -centre;  // where the reader looks
  const SurfaceHeights heights = surface_heights(band, centre.y, 0.0);
  // Read from the ring's face (+Z): from above its top is away from the reader (-Z); under a set
  // ring, seen from below, towards them (+Z). right = forward x up.
  const double up_z = (!inside && !plain_band) ? 1.0 : -1.0;
  const glm::dvec2 right = up_z * glm::dvec2(forward.y, -forward.x);
  return {centre, right, band.inner_radius_mm() + (inside ? heights.inner_u : heights.outer_u), up_z, std::nullopt};
}

EngravingFrame flat_engraving_frame(const FlatFace& face) {
  EngravingFrame frame;
  frame.centre_dir = glm::dvec2(face.outward);
  frame.right_dir = glm::dvec2(face.right);
  frame.surface_radius_mm = glm::dot(face.centre, face.outward);
  frame.up_z = face.up.z;
  frame.flat = face;
  return frame;
}

glm::dvec3 EngravingFrame::centre_point() const {
  if (flat) return flat->centre;
  return {centre_dir * surface_radius_mm, 0.0};
}

text::TextOutline engraving_outline(const spec::Engraving& engraving) {
  std::vector<uint32_t> points;
  text::decode_utf8(engraving.text, points);
  text::TextOutline outline = text::text_outline(points, engraving.height_mm, kEngravingOutlineToleranceMm);
  const glm::dvec2 middle = (outline.ink_min + outline.ink_max) / 2.0;
  for (auto& contour : outline.contours)
    for (glm::dvec2& p : contour) p -= middle;
  outline.ink_min -= middle, outline.ink_max -= middle;
  return outline;
}

namespace {

// A font's pointed stroke end is often a corner with short edges on either side that carry on
// nearly straight (the curve flattened to chords): the rounding's tangent points may lie beyond
// them, along the polyline, as long as it bends no more than this at each vertex passed.
constexpr double kStraightOnCos = 0.9994;  // 2 degrees

struct Corner {
  glm::dvec2 vertex, u, w;  // u, w: unit, towards the previous and the next vertex
  double half_sin = 0, half_cos = 1;
  bool sharp = false;
};

}  // namespace

std::vector<std::vector<glm::dvec2>> round_sharp_corners(const std::vector<std::vector<glm::dvec2>>& contours, double radius_mm,
                                                         double sharpest_deg) {
  double s, c;
  detmath::sincos(sharpest_deg * detmath::kPi / 180.0, s, c);
  const double sharpest_cos = c;
  // Arc points close enough that the chords stay within s = 0.001 mm of the arc: a chord of
  // angle a strays r (1 - cos(a / 2)) <= r a^2 / 8, so a = 2 sqrt(2 s / r) will do (sqrt: the
  // same bits in the browser, where libm's acos may differ).
  const double step_rad = 2.0 * std::sqrt(2.0 * 0.001 / radius_mm);
  std::vector<std::vector<glm::dvec2>> out;
  out.reserve(contours.size());
  for (const std::vector<glm::dvec2>& contour : contours) {
    const size_t n = contour.size();
    if (n < 3) {
      out.push_back(contour);
      continue;
    }
    std::vector<Corner> corners(n);
    for (size_t i = 0; i < n; ++i) {
      Corner& k = corners[i];
      k.vertex = contour[i];
      const glm::dvec2 to_previous = contour[(i + n - 1) % n] - k.vertex, to_next = contour[(i + 1) % n] - k.vertex;
      const double lp = glm::length(to_previous), ln = glm::length(to_next);
      if (lp == 0 || ln == 0) continue;
      k.u = to_previous / lp, k.w = to_next / ln;
      k.half_sin = glm::length(k.u - k.w) / 2, k.half_cos = glm::length(k.u + k.w) / 2;
      // Sharper than sharpest_deg, but not a spike folding straight back (no arc fits that).
      k.sharp = glm::dot(k.u, k.w) > sharpest_cos && k.half_sin > 1e-9;
    }
    // How far from corner i the polyline runs on nearly straight towards `step` (-1 or +1): up to
    // a bend, or half way to the next sharp corner, or `wanted`. Returns the length and how many
    // vertices lie strictly within it.
    auto straight_run = [&](size_t i, int step, double wanted, size_t& passed) {
      double length = 0;
      passed = 0;
      glm::dvec2 direction = step < 0 ? corners[i].u : corners[i].w;
      for (size_t j = i, hops = 0; hops + 1 < n; ++hops) {
        const size_t next = (j + n + size_t(step)) % n;
        const double edge = glm::length(contour[next] - contour[j]);
        if (corners[next].sharp) return std::min(wanted, length + edge / 2);
        if (length + edge >= wanted) return wanted;
        length += edge;
        const glm::dvec2 onward = step < 0 ? corners[next].u : corners[next].w;
        if (glm::dot(onward, direction) < kStraightOnCos) return length;
        ++passed;
        j = next;
      }
      return length;
    };
    std::vector<uint8_t> skipped(n, 0);
    std::vector<std::vector<glm::dvec2>> arcs(n);
    for (size_t i = 0; i < n; ++i) {
      const Corner& k = corners[i];
      if (!k.sharp) continue;
      const double tan_half = k.half_sin / k.half_cos;
      size_t before = 0, after = 0;
      double t = radius_mm / tan_half;
      t = std::min(t, straight_run(i, -1, t, before));
      t = std::min(t, straight_run(i, +1, t, after));
      // Vertices the arc's tangent points lie beyond are dropped (recounted for the final t).
      straight_run(i, -1, t, before), straight_run(i, +1, t, after);
      for (size_t b = 1; b <= before; ++b) skipped[(i + n - b) % n] = 1;
      for (size_t a = 1; a <= after; ++a) skipped[(i + a) % n] = 1;
      // The arc touches the corner's two edge lines t from it; its centre is on the bisector.
      const double r = t * tan_half;
      const glm::dvec2 bisector = (k.u + k.w) / (2 * k.half_cos);
      const glm::dvec2 centre = k.vertex + bisector * (r / k.half_sin);
      const glm::dvec2 from = k.vertex + k.u * t - centre, to = k.vertex + k.w * t - centre;
      // From the first tangent point to the second the short way (pi minus the corner).
      const double sweep = detmath::kPi - 2.0 * detmath::atan2(k.half_sin, k.half_cos);
      const double turn = from.x * to.y - from.y * to.x < 0 ? -1.0 : 1.0;
      const int steps = std::max(1, int(std::ceil(sweep / step_rad)));
      for (int a = 0; a <= steps; ++a) {
        double sa, ca;
        detmath::sincos(turn * sweep * a / steps, sa, ca);
        arcs[i].push_back(centre + glm::dvec2(ca * from.x - sa * from.y, sa * from.x + ca * from.y));
      }
    }
    std::vector<glm::dvec2>& rounded = out.emplace_back();
    for (size_t i = 0; i < n; ++i) {
      if (corners[i].sharp) rounded.insert(rounded.end(), arcs[i].begin(), arcs[i].end());
      else if (!skipped[i]) rounded.push_back(contour[i]);
    }
  }
  return out;
}

EngravingField engraving_field(const spec::Engraving& engraving, const EngravingFrame& frame) {
  EngravingField field;
  field.text = std::make_shared<const PolygonField>(
      round_sharp_corners(engraving_outline(engraving).contours, kCastCornerRadiusMm, kCastSharpCornerDeg), kTextReachMm);
  field.frame = frame;
  field.inside = engraving.location == "inside";
  field.embossed = engraving.style == "embossed";
  field.depth_mm = engraving.depth_mm;
  return field;
}

EngravingField engraving_field(const spec::Engraving& engraving, const BandShape& band, bool plain_band, const SignetHead* face) {
  EngravingField field = engraving_field(engraving, engraving_frame(engraving, band, plain_band, face));
  field.band = band;
  return field;
}

double EngravingField::distance(const glm::dvec3& p) const {
  const glm::dvec2 xy(p.x, p.y);
  if (frame.flat) {  // on a plane: exact
    const glm::dvec3 q = p - frame.flat->centre;
    const double across = text->distance({glm::dot(q, frame.flat->right), glm::dot(q, frame.flat->up)});
    const double into_metal = -glm::dot(q, frame.flat->outward);
    const double layer = embossed ? std::max(-into_metal - depth_mm, into_metal - kEmbossRootMm) : into_metal - depth_mm;
    return std::max(across, layer);
  }
  const double r = glm::length(xy);
  const double radius = frame.surface_radius_mm;
  // detmath: the cast letters are in the files, which must match the browser's byte for byte.
  const double angle = detmath::atan2(glm::dot(xy, frame.right_dir), glm::dot(xy, frame.centre_dir));
  // Arc lengths shrink towards the axis; the text's distance is measured on the surface.
  const double shrink = r < radius ? r / radius : 1.0;
  const double across = text->distance({radius * angle, frame.up_z * p.z}) * shrink * kArcToChord;

  // How far into the metal p is below the engraved surface, to first order (the radial gap over
  // the slope of the profile), so that it never overstates the distance.
  const double sin_angle = r > 0 ? p.y / r : 0.0;
  auto surface_at = [&](double v) {
    const SurfaceHeights h = surface_heights(band, sin_angle, v);
    return band.inner_radius_mm() + (inside ? h.inner_u : h.outer_u);
  };
  constexpr double kStep = 1e-3;
  const double slope = (surface_at(p.z + kStep) - surface_at(p.z - kStep)) / (2 * kStep);
  const double into_metal = (inside ? r - surface_at(p.z) : surface_at(p.z) - r) / std::sqrt(1.0 + slope * slope);
  const double layer = embossed ? std::max(-into_metal - depth_mm, into_metal - kEmbossRootMm) : into_metal - depth_mm;
  return std::max(across, layer);
}

EngravingDecal engraving_decal(const spec::Engraving& engraving, const BandShape& band, bool plain_band, const SignetHead* face) {
  return engraving_decal(engraving, engraving_frame(engraving, band, plain_band, face));
}

EngravingDecal engraving_decal(const spec::Engraving& engraving, const EngravingFrame& frame) {
  EngravingDecal decal;
  decal.frame = frame;
  decal.inside = engraving.location == "inside";
  decal.embossed = engraving.style == "embossed";
  decal.depth_mm = engraving.depth_mm;
  const double texel = engraving.height_mm / kDecalTexelsPerEm;
  decal.range_mm = 4 * texel;
  const text::TextOutline outline = engraving_outline(engraving);
  const PolygonField field(outline.contours, decal.range_mm);
  // The ink, a few texels of margin round it so the letters' edges fade inside the grid.
  const glm::dvec2 margin(decal.range_mm + 2 * texel);
  decal.st_min = outline.ink_min - margin;
  const glm::dvec2 size = outline.ink_max + margin - decal.st_min;
  decal.width_px = std::max(1, int(std::ceil(size.x / texel)));
  decal.height_px = std::max(1, int(std::ceil(size.y / texel)));
  decal.st_max = decal.st_min + glm::dvec2(decal.width_px, decal.height_px) * texel;
  decal.distance.resize(size_t(decal.width_px) * size_t(decal.height_px));
  for (int y = 0; y < decal.height_px; ++y)
    for (int x = 0; x < decal.width_px; ++x) {
      const double d = field.distance(decal.st_min + (glm::dvec2(x, y) + 0.5) * texel);
      decal.distance[size_t(y) * size_t(decal.width_px) + size_t(x)] = uint8_t(std::lround(std::clamp(127.5 + 127.5 * d / decal.range_mm, 0.0, 255.0)));
    }
  return decal;
}

double EngravingField::outward_reach_mm() const { return embossed && !inside ? depth_mm : 0.0; }

}  // namespace facet::geometry
