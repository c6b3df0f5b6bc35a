#include "core/geometry/band.hpp"

#include <algorithm>
#include <cmath>

#include "core/math/det_math.hpp"

namespace facet::geometry {
namespace {

using detmath::kPi;

struct ProfilePoint {
  double u;  // radial, outward from the inner circle
  double v;  // along the ring axis
};

int round_up(int value, int multiple) { return (value + multiple - 1) / multiple * multiple; }

// Segments so that a chord of a circle of `radius` deviates at most `tolerance` (sagitta
// r * (1 - cos(a/2)) <= r a^2 / 8).
int segments_for(double radius, double arc_rad, double tolerance, int minimum) {
  const double step = std::sqrt(8.0 * tolerance / radius);
  return std::max(minimum, int(std::ceil(arc_rad / step)));
}

// A quarter circle of `radius` about (cu, cv) from angle a0 by +pi/2, `segments` chords, both ends
// included.
void quarter_arc(std::vector<ProfilePoint>& points, double cu, double cv, double radius, double a0, int segments) {
  for (int k = 0; k <= segments; ++k) {
    double s, c;
    detmath::sincos(a0 + kPi / 2.0 * k / segments, s, c);
    points.push_back({cu + radius * c, cv + radius * s});
  }
}

// Closed profile, counter-clockwise in (u, v): the outside from v = -w/2 up to +w/2, then the
// inside back down. Curves are elliptical quarter arcs parameterised by angle, so points are spaced
// evenly along them and the profile meets the side walls with a vertical tangent. The point count
// depends only on the profile and `arc_segments`, so every station of a tapered sweep matches.
std::vector<ProfilePoint> profile_points(const std::string& profile, double width, double thickness, int arc_segments) {
  const double half = width / 2.0;
  std::vector<ProfilePoint> points;
  if (profile == "flat") {
    points = {{0.0, -half}, {thickness, -half}, {thickness, half}, {0.0, half}};
    return points;
  }
  if (profile == "knife_edge") {
    const double wall = kKnifeEdgeWallFraction * thickness;
    points = {{0.0, -half}, {wall, -half}, {thickness, 0.0}, {wall, half}, {0.0, half}};
    return points;
  }
  if (profile == "square") {
    const double r = kSquareEdgeRadiusFraction * std::min(width, thickness);
    const int corner = std::max(2, arc_segments / 2);
    quarter_arc(points, r, -half + r, r, kPi, corner);
    quarter_arc(points, thickness - r, -half + r, r, 1.5 * kPi, corner);
    quarter_arc(points, thickness - r, half - r, r, 0.0, corner);
    quarter_arc(points, r, half - r, r, 0.5 * kPi, corner);
    return points;
  }
  const DomedProfile domed = domed_profile(profile, thickness);
  // Outside: u = t - (t - edge) * (1 - cos a), v = half * sin a, a from -pi/2 to pi/2.
  for (int k = 0; k <= arc_segments; ++k) {
    double s, c;
    detmath::sincos(-kPi / 2.0 + kPi * k / arc_segments, s, c);
    points.push_back({thickness - (thickness - domed.outer_edge) * (1.0 - c), half * s});
  }
  if (domed.inner_dome == 0.0) {
    points.push_back({0.0, half});
    points.push_back({0.0, -half});
  } else {
    for (int k = arc_segments; k >= 0; --k) {
      double s, c;
      detmath::sincos(-kPi / 2.0 + kPi * k / arc_segments, s, c);
      points.push_back({domed.inner_dome * (1.0 - c), half * s});
    }
  }
  return points;
}

// Where a channel's slot meets the profile: the profile with four points added on the outside,
// two where it crosses v = -half_width (`a`, then the floor corner `b`) and two at +half_width
// (the floor corner `c`, then `d`); `inside` marks the outer points between them.
struct SlottedProfile {
  std::vector<ProfilePoint> points;
  std::vector<bool> inside;
  size_t a = 0, b = 0, c = 0, d = 0;
};

SlottedProfile slotted(const std::vector<ProfilePoint>& profile, double half_width) {
  SlottedProfile out;
  bool in_slot = false;
  for (size_t i = 0; i < profile.size(); ++i) {
    const ProfilePoint& p = profile[i];
    const ProfilePoint& q = profile[(i + 1) % profile.size()];
    out.points.push_back(p);
    out.inside.push_back(in_slot);
    // The outside runs towards +v: the slot's edges are where it crosses -half_width and +half_width.
    for (const double edge : {-half_width, half_width}) {
      if (!(p.v < edge && q.v >= edge)) continue;
      const double t = (edge - p.v) / (q.v - p.v);
      const ProfilePoint at{p.u + (q.u - p.u) * t, edge};
      const bool entering = edge < 0;
      (entering ? out.a : out.c) = out.points.size();
      out.points.push_back(at);
      out.inside.push_back(false);
      (entering ? out.b : out.d) = out.points.size();
      out.points.push_back(at);
      out.inside.push_back(false);
      in_slot = entering;
    }
  }
  return out;  // in loop order a, b, the inside points, c, d: b and c are the floor's corners
}

bool in_channel(const BandChannel& channel, double station_rad) {
  if (channel.all_round) return true;
  // The station's angle from the top, + towards +X, in (-180, 180].
  double deg = 90.0 - station_rad * 180.0 / kPi;
  while (deg > 180.0) deg -= 360.0;
  while (deg <= -180.0) deg += 360.0;
  for (const auto& span : channel.spans_deg)
    if (deg >= span[0] && deg <= span[1]) return true;
  return false;
}

}  // namespace

DomedProfile domed_profile(const std::string& profile, double t) {
  if (profile == "d_shape") return {kDShapeEdgeFraction * t, 0.0};
  if (profile == "court") return {(kCourtEdgeFraction + kCourtInnerDomeFraction) * t, kCourtInnerDomeFraction * t};
  return {(kComfortEdgeFraction + kComfortInnerDomeFraction) * t, kComfortInnerDomeFraction * t};  // comfort
}

BandShape band_shape(const spec::Shank& shank, double inner_circumference_mm) {
  return BandShape{shank.profile, inner_circumference_mm, shank.width_mm, shank.thickness_mm,
                   shank.top_width_mm, shank.top_thickness_mm};
}

SurfaceHeights surface_heights(const BandShape& shape, double sin_angle, double v) {
  const auto [width, t] = shape.section_at(sin_angle);
  const double half = width / 2.0;
  const double across = std::min(std::fabs(v), half);
  if (shape.profile == "flat") return {0.0, t};
  if (shape.profile == "knife_edge") {
    const double wall = kKnifeEdgeWallFraction * t;
    return {0.0, wall + (t - wall) * (1.0 - across / half)};
  }
  if (shape.profile == "square") {
    const double r = kSquareEdgeRadiusFraction * std::min(width, t);
    const double into_corner = std::max(0.0, across - (half - r));
    const double ease = r - std::sqrt(std::max(0.0, r * r - into_corner * into_corner));
    return {ease, t - ease};
  }
  const DomedProfile domed = domed_profile(shape.profile, t);
  const double rise = std::sqrt(std::max(0.0, 1.0 - (across / half) * (across / half)));  // cos of the arc angle
  return {domed.inner_dome * (1.0 - rise), domed.outer_edge + (t - domed.outer_edge) * rise};
}

double BandShape::inner_radius_mm() const { return inner_circumference_mm / (2.0 * kPi); }

BandShape::Section BandShape::section_at(double sin_angle) const {
  const double top_weight = (1.0 + sin_angle) / 2.0;  // 1 at the top (+Y), 0 at the bottom
  return {width_mm + (top_width_mm - width_mm) * top_weight, thickness_mm + (top_thickness_mm - thickness_mm) * top_weight};
}

Mesh build_band(const BandShape& shape, const Sampling& sampling, const BandChannel* channel) {
  const double inner_radius = shape.inner_radius_mm();
  const double max_thickness = std::max(shape.thickness_mm, shape.top_thickness_mm);
  const double max_width = std::max(shape.width_mm, shape.top_width_mm);
  const int around = round_up(
      segments_for(inner_radius + max_thickness, 2.0 * kPi, sampling.tolerance_mm, sampling.min_segments_around), 4);
  const double profile_radius = std::max(max_width / 2.0, max_thickness);
  const double min_thickness = std::min(shape.thickness_mm, shape.top_thickness_mm);
  const double profile_tolerance = sampling.relative_tolerance > 0.0
                                       ? std::min(sampling.tolerance_mm, sampling.relative_tolerance * min_thickness)
                                       : sampling.tolerance_mm;
  const int arc_segments = round_up(segments_for(profile_radius, kPi, profile_tolerance, 16), 2);

  Mesh mesh;
  size_t ring_size = 0;
  for (int j = 0; j < around; ++j) {
    double s, c;
    detmath::sincos(2.0 * kPi * j / around, s, c);
    const auto [width, thickness] = shape.section_at(s);
    std::vector<ProfilePoint> profile = profile_points(shape.profile, width, thickness, arc_segments);
    if (channel != nullptr) {
      SlottedProfile slot = slotted(profile, channel->half_width_mm);
      if (in_channel(*channel, 2.0 * kPi * j / around)) {
        // Every station's crest is at u = thickness; the floor is a fixed depth under it.
        const double floor_u = thickness - channel->depth_mm;
        for (size_t k = 0; k < slot.points.size(); ++k)
          if (slot.inside[k]) slot.points[k].u = floor_u;
        slot.points[slot.b].u = floor_u;
        slot.points[slot.c].u = floor_u;
      } else {
        // No slot here: the floor's corners lie on the outside, halfway to their neighbours (not
        // on a and d, which would leave triangles of no area between stations).
        auto halfway = [](const ProfilePoint& p, const ProfilePoint& q) { return ProfilePoint{(p.u + q.u) / 2, (p.v + q.v) / 2}; };
        slot.points[slot.b] = halfway(slot.points[slot.a], slot.points[slot.b + 1]);
        slot.points[slot.c] = halfway(slot.points[slot.c - 1], slot.points[slot.d]);
      }
      profile = std::move(slot.points);
    }
    ring_size = profile.size();
    for (const ProfilePoint& p : profile) {
      const double r = inner_radius + p.u;
      mesh.positions.push_back({r * c, r * s, p.v});
    }
  }
  for (int j = 0; j < around; ++j) {
    const uint32_t a0 = uint32_t(j * ring_size);
    const uint32_t b0 = uint32_t(((j + 1) % around) * ring_size);
    for (uint32_t k = 0; k < ring_size; ++k) {
      const uint32_t k1 = uint32_t((k + 1) % ring_size);
      const uint32_t a = a0 + k, b = b0 + k, cc = b0 + k1, d = a0 + k1;
      mesh.indices.insert(mesh.indices.end(), {a, b, cc, a, cc, d});
    }
  }
  return mesh;
}

}  // namespace facet::geometry
