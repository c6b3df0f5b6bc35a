#include "core/geometry/pave.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/math/det_math.hpp"

namespace facet::geometry {
namespace {

using detmath::kPi;

double radians(double deg) { return deg * kPi / 180.0; }
double degrees(double rad) { return rad * 180.0 / kPi; }

// The row's frame at an angle from the top: stone-local +Z outward (radial), local X along the
// finger (as a head's stone has it), local Y along the band.
struct RowFrame {
  const Stone& stone;
  const BandShape& band;

  glm::dvec3 radial(double deg) const {
    double s, c;
    detmath::sincos(radians(deg), s, c);
    return {s, c, 0.0};
  }
  // The band's crest (its outermost line, mid-width) at that angle; the girdle sits just over it.
  double girdle_centre_radius(double deg) const {
    double s, c;
    detmath::sincos(radians(deg), s, c);
    const double crest = band.inner_radius_mm() + surface_heights(band, c, 0.0).outer_u;
    return crest + kPaveGirdleOverCrestMm - stone.girdle_bottom_z_mm;
  }
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
};

// Where stone centres may go: the stone inside from/to, and off the arc the head stands on.
ArcLayout arc_layout(const RowFrame& row, double from_deg, double to_deg, const std::vector<Capsule>& keep_clear,
                     const std::vector<ConvexSeat>& keep_clear_seats) {
  ArcLayout out;
  const double radius = 0.5 * row.stone.width_mm;
  const double first = from_deg + degrees(radius / row.girdle_centre_radius(from_deg));
  const double last = to_deg - degrees(radius / row.girdle_centre_radius(to_deg));
  if (clear_at(row, 0.0, radius, keep_clear, keep_clear_seats)) {
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
  return degrees(2 * detmath::asin((row.stone.width_mm + kPaveEndGapMm) / (2 * row.girdle_centre_radius(at_deg))));
}

}  // namespace

int pave_capacity(const Stone& stone, double from_deg, double to_deg, const BandShape& band, const std::vector<Capsule>& keep_clear,
                  const std::vector<ConvexSeat>& keep_clear_seats) {
  const RowFrame row{stone, band};
  int count = 0;
  for (const Segment& s : arc_layout(row, from_deg, to_deg, keep_clear, keep_clear_seats).segments)
    count += 1 + int(std::floor((s.b - s.a) / packed_step_deg(row, 0.5 * (s.a + s.b)) + 1e-9));
  return count;
}

PaveRow pave_row(const Stone& stone, int count, double from_deg, double to_deg, const BandShape& band,
                 const std::vector<Capsule>& keep_clear, const std::vector<ConvexSeat>& keep_clear_seats) {
  PaveRow out;
  out.requested = count;
  const RowFrame row{stone, band};
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
  // Two beads where the stones at angles `a` and `b` meet, either side of the row; `real` when b
  // holds a stone (its gap is measured), not a virtual neighbour past the end.
  auto beads_between = [&](double a_deg, double b_deg, bool real) {
    const glm::dvec3 a = row.girdle_centre(a_deg), b = row.girdle_centre(b_deg);
    const double spacing = glm::distance(a, b), half = spacing / 2;
    if (real && spacing - stone.width_mm < out.stone_gap_mm) out.stone_gap_mm = spacing - stone.width_mm, out.stone_gap_at = 0.5 * (a + b);
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

  int number = 0;
  for (const Segment& segment : segments) {
    std::vector<double> at;
    for (int i = 0; i < segment.stones; ++i)
      at.push_back(segment.stones == 1 ? 0.5 * (segment.a + segment.b) : segment.a + (segment.b - segment.a) * i / (segment.stones - 1));
    for (size_t i = 0; i < at.size(); ++i) {
      PlacedStone placed{"", ++number, stone, row.placement(at[i])};
      out.seats.push_back(stone_seat(placed));
      // Through the band to the finger: light to the pavilion, and a way to push the stone out.
      // It starts at the girdle, inside the seat: its walls leave the seat's cone at an open
      // angle. (Started just above the culet, its flat top would leave a knife-edged ring of
      // metal round the cone's tip, finer than a casting or a 0.06 mm mesh holds.)
      const double top_z = stone.girdle_bottom_z_mm;
      const double depth = row.girdle_centre_radius(at[i]) + top_z - band.inner_radius_mm() + 0.3;
      out.seats.push_back(light_hole(placed.placement, {0.0, 0.0, top_z}, kPaveLightHoleFraction * radius, depth));
      out.stones.push_back(std::move(placed));
      if (i == 0) beads_between(at[i] - end_step_deg, at[i], false);
      beads_between(at[i], i + 1 < at.size() ? at[i + 1] : at[i] + end_step_deg, i + 1 < at.size());
    }
  }
  return out;
}

}  // namespace facet::geometry
