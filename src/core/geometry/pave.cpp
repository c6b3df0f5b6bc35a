#include "core/geometry/pave.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "core/math/det_math.hpp"

namespace facet::geometry {
namespace {

using detmath::kPi;

double radians(double deg) { return deg * kPi / 180.0; }
double degrees(double rad) { return rad * 180.0 / kPi; }

// The top of a convex stone's crown over the point (x, y) of its girdle plane.
double crown_height_at(const Stone& stone, double x, double y) {
  double top = stone.table_z_mm;
  for (const Plane& plane : stone.facets)
    if (plane.normal.z > 1e-6) top = std::min(top, (plane.offset - plane.normal.x * x - plane.normal.y * y) / plane.normal.z);
  return top;
}

// How far under the band's crest a channel stone's girdle centre sits: the table under the rails'
// top, and the crown under the lip's edge leaving the lip its thickness and the seat its clearance.
double channel_sink_mm(const Stone& stone) {
  const double lip_edge = 0.5 * stone.width_mm - kChannelLipMm;
  return std::max(kChannelTableUnderCrestMm + stone.table_z_mm,
                  kChannelLipThicknessMm + kSeatClearanceMm + crown_height_at(stone, lip_edge, 0.0));
}

// The row's frame at an angle from the top: stone-local +Z outward (radial), local X along the
// finger (as a head's stone has it), local Y along the band.
struct RowFrame {
  const Stone& stone;
  const BandShape& band;
  RowSetting setting;

  glm::dvec3 radial(double deg) const {
    double s, c;
    detmath::sincos(radians(deg), s, c);
    return {s, c, 0.0};
  }
  // The band's crest (its outermost line, mid-width) at that angle: a pavé girdle sits just over
  // it, a channel stone's table just under it.
  double girdle_centre_radius(double deg) const {
    double s, c;
    detmath::sincos(radians(deg), s, c);
    const double crest = band.inner_radius_mm() + surface_heights(band, c, 0.0).outer_u;
    if (setting == RowSetting::channel) return crest - channel_sink_mm(stone);
    return crest + kPaveGirdleOverCrestMm - stone.girdle_bottom_z_mm;
  }
  double packing_gap_mm() const { return setting == RowSetting::channel ? kChannelGapMm : kPaveEndGapMm; }
  glm::dvec3 girdle_centre(double deg) const { return radial(deg) * girdle_centre_radius(deg); }
  Placement3 placement(double deg) const {
    double s, c;
    detmath::sincos(radians(deg), s, c);
    const glm::dvec3 up(s, c, 0.0), along(c, -s, 0.0), axis(0.0, 0.0, 1.0);
    return {glm::dmat3(axis, along, up), girdle_centre(deg)};
  }
  double half_width(double deg) const {
    double s, c;
    detmath::sincos(radians(deg), s, c);
    return band.section_at(c).width_mm / 2;
  }
};

// Whether a stone centred at this angle stays clear of the head's parts.
bool clear_at(const RowFrame& row, double deg, double reach_mm, const std::vector<Capsule>& capsules,
              const std::vector<ConvexSeat>& seats) {
  const glm::dvec3 p = row.girdle_centre(deg);
  for (const Capsule& c : capsules)
    if (capsule_distance(c, p) < reach_mm + kPaveClearanceMm) return false;
  for (const ConvexSeat& s : seats)
    if (seat_distance(s, p) < reach_mm + kPaveClearanceMm) return false;
  return true;
}

// The first angle from the top, going the way of `sign`, where the row is clear of the head:
// 0.5-degree steps, then bisection to a hundredth of a degree.
double head_clear_deg(const RowFrame& row, double sign, double reach_mm, const std::vector<Capsule>& capsules,
                      const std::vector<ConvexSeat>& seats) {
  double blocked = 0.0, clear = 0.0;
  for (double deg = 0.5; deg <= 180.0; deg += 0.5) {
    if (clear_at(row, sign * deg, reach_mm, capsules, seats)) {
      clear = deg;
      break;
    }
    blocked = deg;
  }
  if (clear == 0.0) return 180.0;
  while (clear - blocked > 0.01) {
    const double mid = 0.5 * (blocked + clear);
    (clear_at(row, sign * mid, reach_mm, capsules, seats) ? clear : blocked) = mid;
  }
  return clear;
}

struct Segment {
  double a, b;  // degrees, a <= b
  int stones = 0;
};
struct ArcLayout {
  std::vector<Segment> segments;  // one, or one each side of the head
  double head_clear_deg = 0;
  bool closed = false;  // all the way round: one segment, its ends neighbours
};

// Where stone centres may go: the stone inside from/to, and off the arc the head stands on.
ArcLayout arc_layout(const RowFrame& row, double from_deg, double to_deg, const std::vector<Capsule>& keep_clear,
                     const std::vector<ConvexSeat>& keep_clear_seats) {
  ArcLayout out;
  const double radius = 0.5 * row.stone.width_mm;
  const bool clear_on_top = clear_at(row, 0.0, radius, keep_clear, keep_clear_seats);
  if (clear_on_top && to_deg - from_deg >= 360.0 - 1e-9) {
    out.segments.push_back({from_deg, from_deg + 360.0});
    out.closed = true;
    return out;
  }
  const double first = from_deg + degrees(radius / row.girdle_centre_radius(from_deg));
  const double last = to_deg - degrees(radius / row.girdle_centre_radius(to_deg));
  if (clear_on_top) {
    out.segments.push_back({first, last});
  } else {
    const double left = head_clear_deg(row, -1.0, radius, keep_clear, keep_clear_seats);
    const double right = head_clear_deg(row, 1.0, radius, keep_clear, keep_clear_seats);
    out.head_clear_deg = std::max(left, right);
    out.segments.push_back({first, std::min(last, -left)});
    out.segments.push_back({std::max(first, right), last});
  }
  std::erase_if(out.segments, [](const Segment& s) { return s.b < s.a; });
  return out;
}

// The girdle-to-girdle step the row packs at: the stones this far apart along the band.
double packed_step_deg(const RowFrame& row, double at_deg) {
  // detmath: the end beads it places are in the files, which match byte for byte everywhere.
  return degrees(2 * detmath::asin((row.stone.width_mm + row.packing_gap_mm()) / (2 * row.girdle_centre_radius(at_deg))));
}

// The stone centres' angles in a segment: evenly from end to end, or for a closed ring evenly all
// round (the last stone's next neighbour is the first).
std::vector<double> stone_angles(const Segment& segment, bool closed) {
  std::vector<double> at;
  for (int i = 0; i < segment.stones; ++i) {
    if (closed) at.push_back(segment.a + (segment.b - segment.a) * (i + 0.5) / segment.stones);
    else at.push_back(segment.stones == 1 ? 0.5 * (segment.a + segment.b) : segment.a + (segment.b - segment.a) * i / (segment.stones - 1));
  }
  return at;
}

// The unit vector along the band (towards larger angles) at an angle: the normal of the plane
// through the finger's axis at that angle.
glm::dvec3 along_at(double deg) {
  double s, c;
  detmath::sincos(radians(deg), s, c);
  return {c, -s, 0.0};
}

// The channel over the stone at `deg`: a box between the rails (kChannelLipMm inside each girdle
// edge), from under the girdle to above the band, reaching along the band to the planes halfway to
// its neighbours (a little past, so neighbouring boxes overlap and no sliver of metal stands
// between them) or, past an end stone, to a lip short of its girdle.
ConvexSeat channel_box(const RowFrame& row, double deg, std::optional<double> previous_deg, std::optional<double> next_deg) {
  constexpr double kOverlapDeg = 0.3;
  const double radius = 0.5 * row.stone.width_mm;
  const double half_width = radius - kChannelLipMm;
  const Placement3 place = row.placement(deg);
  const glm::dvec3 up = row.radial(deg), axis(0.0, 0.0, 1.0);
  const double girdle_r = row.girdle_centre_radius(deg);
  const double floor_r = girdle_r + row.stone.girdle_bottom_z_mm - kChannelFloorUnderGirdleMm;
  const double top_r = girdle_r + row.stone.table_z_mm + 1.0;  // well over the rails
  ConvexSeat box;
  box.planes.push_back({axis, half_width});
  box.planes.push_back({-axis, half_width});
  box.planes.push_back({-up, -floor_r});
  box.planes.push_back({up, top_r});
  const glm::dvec3 along = place.rotation * glm::dvec3(0, 1, 0);
  double reach = radius;  // along the band from the centre, for the bounding sphere
  if (next_deg) {
    box.planes.push_back({along_at(0.5 * (deg + *next_deg) + kOverlapDeg), 0.0});
    reach = std::max(reach, top_r * radians(0.5 * (*next_deg - deg) + kOverlapDeg));
  } else {
    box.planes.push_back({along, glm::dot(along, place.position) + half_width});
  }
  if (previous_deg) {
    box.planes.push_back({-along_at(0.5 * (deg + *previous_deg) - kOverlapDeg), 0.0});
    reach = std::max(reach, top_r * radians(0.5 * (deg - *previous_deg) + kOverlapDeg));
  } else {
    box.planes.push_back({-along, -glm::dot(along, place.position) + half_width});
  }
  box.centre = up * (0.5 * (floor_r + top_r));
  const double half_height = 0.5 * (top_r - floor_r);
  box.bounding_radius_mm = std::sqrt(half_width * half_width + half_height * half_height + reach * reach) + 0.5;
  return box;
}

}  // namespace

int pave_capacity(const Stone& stone, double from_deg, double to_deg, const BandShape& band, const std::vector<Capsule>& keep_clear,
                  const std::vector<ConvexSeat>& keep_clear_seats, RowSetting setting) {
  const RowFrame row{stone, band, setting};
  const ArcLayout arcs = arc_layout(row, from_deg, to_deg, keep_clear, keep_clear_seats);
  // A closed ring holds as many steps as go round; an open arc one more stone than steps.
  if (arcs.closed) return int(std::floor(360.0 / packed_step_deg(row, 0.0) + 1e-9));
  int count = 0;
  for (const Segment& s : arcs.segments)
    count += 1 + int(std::floor((s.b - s.a) / packed_step_deg(row, 0.5 * (s.a + s.b)) + 1e-9));
  return count;
}

PaveRow pave_row(const Stone& stone, int count, double from_deg, double to_deg, const BandShape& band,
                 const std::vector<Capsule>& keep_clear, const std::vector<ConvexSeat>& keep_clear_seats, RowSetting setting) {
  PaveRow out;
  out.requested = count;
  out.setting = setting;
  const RowFrame row{stone, band, setting};
  const double radius = 0.5 * stone.width_mm;
  const double bead_radius = kPaveBeadDiameterMm / 2;

  ArcLayout arcs = arc_layout(row, from_deg, to_deg, keep_clear, keep_clear_seats);
  out.head_clear_deg = arcs.head_clear_deg;
  std::vector<Segment>& segments = arcs.segments;
  if (segments.empty()) return out;
  const double first = segments.front().a, last = segments.back().b;
  // Stones shared out by length (both shoulders alike when the row is symmetric).
  if (segments.size() == 1) {
    segments[0].stones = count;
  } else {
    const double left = segments[0].b - segments[0].a, right = segments[1].b - segments[1].a;
    segments[0].stones = left + right > 0 ? int(std::round(count * left / (left + right))) : count / 2;
    segments[1].stones = count - segments[0].stones;
  }

  // A neighbour's distance for the beads past each end: as close as the row would pack.
  const double end_step_deg = packed_step_deg(row, 0.5 * (first + last));
  out.stone_gap_mm = std::numeric_limits<double>::max();
  out.bead_grip_mm = std::numeric_limits<double>::max();
  out.rail_width_mm = std::numeric_limits<double>::max();
  // Two beads where the stones at angles `a` and `b` meet, either side of the row; `real` when b
  // holds a stone (its gap is measured), not a virtual neighbour past the end.
  auto measure_gap = [&](double a_deg, double b_deg) {
    const glm::dvec3 a = row.girdle_centre(a_deg), b = row.girdle_centre(b_deg);
    const double spacing = glm::distance(a, b);
    if (spacing - stone.width_mm < out.stone_gap_mm) out.stone_gap_mm = spacing - stone.width_mm, out.stone_gap_at = 0.5 * (a + b);
  };
  auto beads_between = [&](double a_deg, double b_deg, bool real) {
    const glm::dvec3 a = row.girdle_centre(a_deg), b = row.girdle_centre(b_deg);
    const double spacing = glm::distance(a, b), half = spacing / 2;
    if (real) measure_gap(a_deg, b_deg);
    const double mid_deg = 0.5 * (a_deg + b_deg);
    // Bead centre to stone centre so that it reaches the grip over the girdle; no further out
    // than keeps the bead on the band.
    const double wanted = radius + bead_radius - kPaveBeadGripMm;
    double side = std::sqrt(std::max(0.0, wanted * wanted - half * half));
    side = std::min(side, std::max(0.0, row.half_width(mid_deg) - bead_radius));
    const double grip = radius + bead_radius - std::hypot(half, side);
    const glm::dvec3 mid = row.radial(mid_deg) * (row.girdle_centre_radius(mid_deg) + stone.girdle_top_z_mm);
    if (grip < out.bead_grip_mm) out.bead_grip_mm = grip, out.bead_grip_at = mid;
    for (double sign : {1.0, -1.0}) {
      const glm::dvec3 bead = mid + glm::dvec3(0.0, 0.0, sign * side);
      out.beads.push_back({bead, bead, bead_radius});
    }
  };

  if (setting == RowSetting::channel) {
    out.channel = BandChannel{radius - kChannelLipMm, channel_sink_mm(stone) - stone.girdle_bottom_z_mm + kChannelFloorUnderGirdleMm,
                              arcs.closed, {}};
  }
  int number = 0;
  for (const Segment& segment : segments) {
    const std::vector<double> at = stone_angles(segment, arcs.closed);
    const size_t n = at.size();
    if (out.channel && !arcs.closed && n > 0) {
      // To the end lips: the slot stops kChannelLipMm short of the end girdles.
      const double reach_deg = degrees((radius - kChannelLipMm) / row.girdle_centre_radius(at.front()));
      out.channel->spans_deg.push_back({at.front() - reach_deg, at.back() + reach_deg});
    }
    for (size_t i = 0; i < n; ++i) {
      PlacedStone placed{"", ++number, stone, row.placement(at[i])};
      out.seats.push_back(stone_seat(placed));
      // Through the band to the finger: light to the pavilion, and a way to push the stone out.
      // It starts at the girdle, inside the seat: its walls leave the seat's cone at an open
      // angle. (Started just above the culet, its flat top would leave a knife-edged ring of
      // metal round the cone's tip, finer than a casting or a 0.06 mm mesh holds.)
      const double top_z = stone.girdle_bottom_z_mm;
      const double depth = row.girdle_centre_radius(at[i]) + top_z - band.inner_radius_mm() + 0.3;
      out.seats.push_back(light_hole(placed.placement, {0.0, 0.0, top_z}, kPaveLightHoleFraction * radius, depth));
      // The neighbours either side (round the ring's join when it is closed).
      std::optional<double> previous, next;
      if (i > 0) previous = at[i - 1];
      else if (arcs.closed && n > 1) previous = at[n - 1] - 360.0;
      if (i + 1 < n) next = at[i + 1];
      else if (arcs.closed && n > 1) next = at[0] + 360.0;
      if (setting == RowSetting::channel) {
        out.seats.push_back(channel_box(row, at[i], previous, next));
        if (next) measure_gap(at[i], *next);
        // Each rail is the band's side less the girdle's groove (the seat, 0.02 mm out).
        const double rail = row.half_width(at[i]) - radius - kSeatClearanceMm;
        if (rail < out.rail_width_mm) out.rail_width_mm = rail, out.rail_at = placed.placement.position + glm::dvec3(0, 0, radius);
      } else if (arcs.closed) {
        if (next) beads_between(at[i], *next, true);
      } else {
        if (i == 0) beads_between(at[i] - end_step_deg, at[i], false);
        beads_between(at[i], i + 1 < n ? at[i + 1] : at[i] + end_step_deg, i + 1 < n);
      }
      out.stones.push_back(std::move(placed));
    }
  }
  return out;
}

}  // namespace facet::geometry
