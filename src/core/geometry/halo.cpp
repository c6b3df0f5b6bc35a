#include "core/geometry/halo.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/math/det_math.hpp"

namespace facet::geometry {
namespace {

using detmath::kPi;

// The stone's outline seen from above, pushed out by `offset_mm`: for each outward direction, the
// girdle's support point plus the offset (the offset curve of a convex outline). Stone-local xy.
std::vector<glm::dvec3> offset_outline(const Stone& stone, double offset_mm, int samples) {
  std::vector<glm::dvec3> out;
  for (int i = 0; i < samples; ++i) {
    double s, c;
    detmath::sincos(2 * kPi * i / samples, s, c);
    const glm::dvec3 n(c, s, 0.0);
    out.push_back(girdle_point(stone, n) + n * offset_mm);
  }
  return out;
}

// `count` points evenly spaced by length along a closed polyline, the first at its first point.
std::vector<glm::dvec3> spaced_along(const std::vector<glm::dvec3>& loop, int count) {
  std::vector<double> at{0.0};
  for (size_t i = 0; i < loop.size(); ++i) at.push_back(at.back() + glm::distance(loop[i], loop[(i + 1) % loop.size()]));
  std::vector<glm::dvec3> out;
  size_t segment = 0;
  for (int k = 0; k < count; ++k) {
    const double want = at.back() * k / count;
    while (segment + 1 < loop.size() && at[segment + 1] < want) ++segment;
    const double t = (want - at[segment]) / std::max(1e-12, at[segment + 1] - at[segment]);
    out.push_back(loop[segment] + (loop[(segment + 1) % loop.size()] - loop[segment]) * t);
  }
  return out;
}

// The frame: a chain as wide as a stone and a little, its top kHaloFrameUnderGirdleMm under the
// girdles (of stones placed at stone-local `girdle_z`), so the walls between pockets stay castable.
double frame_radius_mm(const Stone& stone) { return 0.5 * std::min(stone.length_mm, stone.width_mm) + 0.1; }
double frame_z_mm(const Stone& stone, double girdle_z) {
  return girdle_z + stone.girdle_bottom_z_mm - kHaloFrameUnderGirdleMm - frame_radius_mm(stone);
}

// The halo round `centre` whose holding metal (claws, a cup's wall) reaches `holder_reach_mm` past
// its girdle: the stones `kHaloGapToProngsMm` outside that, placed (stone-local z) at `girdle_z`;
// their seats, beads and frame, and the ties down into a ring's shank. `chain` gets the frame's
// points (world), for the ties to the holder.
HaloSetting halo_around(const PlacedStone& centre, double holder_reach_mm, double girdle_z, const Stone& stone, int count,
                        double shank_outer_radius_mm, std::vector<glm::dvec3>& chain) {
  HaloSetting halo;
  const Stone& middle = centre.stone;
  const Placement3& place = centre.placement;
  const double radius = 0.5 * std::min(stone.length_mm, stone.width_mm);

  // The ring of stone centres: the centre's girdle outline pushed out past its holder.
  const std::vector<glm::dvec3> loop = offset_outline(middle, holder_reach_mm + kHaloGapToProngsMm + radius, 720);
  std::vector<glm::dvec3> centres = spaced_along(loop, count);
  for (glm::dvec3& c : centres) c.z = girdle_z;

  // The frame: a chain under the stones, as wide as a stone and a little, its top just under the
  // girdles so the walls between the pockets stay thick enough to cast.
  const double frame_radius = frame_radius_mm(stone);
  const double frame_z = frame_z_mm(stone, girdle_z);
  // The light hole under each stone starts at the girdle, inside the seat (so its walls leave the
  // seat's cone at an open angle, no knife-edged ring round the cone's tip), and goes through the
  // frame and no further.
  const double light_hole_depth = (girdle_z + stone.girdle_bottom_z_mm) - (frame_z - frame_radius) + 0.1;
  for (int k = 0; k < count; ++k) {
    PlacedStone placed{"", k + 1, stone, {place.rotation, place.apply(centres[size_t(k)])}};
    halo.seats.push_back(stone_seat(placed));
    // In the stone's own frame (placed.placement already holds the centre).
    halo.seats.push_back(light_hole(placed.placement, glm::dvec3(0, 0, stone.girdle_bottom_z_mm), 0.4 * radius, light_hole_depth));
    halo.stones.push_back(std::move(placed));
  }

  // Neighbours: the gap between girdles, and two beads in each gap, inside and outside the ring,
  // where each reaches kHaloBeadGripMm over both girdles.
  const double bead_radius = kHaloBeadDiameterMm / 2;
  halo.stone_gap_mm = std::numeric_limits<double>::max();
  halo.bead_grip_mm = std::numeric_limits<double>::max();
  for (int k = 0; k < count; ++k) {
    const glm::dvec3 a = centres[size_t(k)], b = centres[size_t((k + 1) % count)];
    const double spacing = glm::distance(a, b);
    const double gap = spacing - 2 * radius;
    if (gap < halo.stone_gap_mm) halo.stone_gap_mm = gap, halo.stone_gap_at = place.apply(0.5 * (a + b));
    const glm::dvec3 along = (b - a) / std::max(spacing, 1e-9);
    const glm::dvec3 out(along.y, -along.x, 0.0);  // counter-clockwise loop: to the right is outward
    const double reach = radius + bead_radius - kHaloBeadGripMm;  // bead centre to stone centre
    const double half = spacing / 2;
    const double side = std::sqrt(std::max(0.0, reach * reach - half * half));
    // Stones spaced wider than the beads can bridge get less grip: measured, not assumed.
    halo.bead_grip_mm = std::min(halo.bead_grip_mm, radius + bead_radius - std::hypot(half, side));
    const glm::dvec3 mid = 0.5 * (a + b) + glm::dvec3(0, 0, stone.girdle_top_z_mm);
    for (double sign : {1.0, -1.0}) {
      const glm::dvec3 bead = place.apply(mid + out * (sign * side));
      halo.beads.push_back({bead, bead, bead_radius});
    }
  }

  // The frame: a chain under the stones (below), as wide as a stone and a little.
  chain = spaced_along(loop, std::max(3 * count, 24));
  for (glm::dvec3& p : chain) p = place.apply(glm::dvec3(p.x, p.y, frame_z));
  for (size_t i = 0; i < chain.size(); ++i) halo.frame.push_back({chain[i], chain[(i + 1) % chain.size()], frame_radius});

  // Ties from the frame's two points over the shank (across the finger) down into it.
  const double tie_radius = kHaloTieDiameterMm / 2;
  for (double sign : {1.0, -1.0}) {  // rings only: a pendant's shank_outer_radius_mm is 0
    glm::dvec3 over = chain[0];  // the frame point farthest across the finger (world X) this side
    for (const glm::dvec3& p : chain) if (sign * p.x > sign * over.x) over = p;
    const double x = 0.8 * over.x;
    if (std::fabs(x) >= shank_outer_radius_mm - 0.5) continue;
    const glm::dvec3 into(x, std::sqrt(shank_outer_radius_mm * shank_outer_radius_mm - x * x) - 0.4, 0.0);
    halo.ties.push_back({over, into, tie_radius});
  }
  return halo;
}

// A tie from the frame's point nearest `to` (world) to it.
Capsule tie_to(const std::vector<glm::dvec3>& chain, const glm::dvec3& to) {
  glm::dvec3 nearest = chain[0];
  for (const glm::dvec3& p : chain) if (glm::distance(p, to) < glm::distance(nearest, to)) nearest = p;
  return {to, nearest, kHaloTieDiameterMm / 2};
}

}  // namespace

HaloSetting halo_setting(const ProngHead& centre, const Stone& stone, int count, double shank_outer_radius_mm) {
  // Past the claws, the halo's tables just under the centre's girdle.
  const double prong_diameter = 2 * centre.prongs.front().radius_mm;
  const double claw_reach = prong_diameter - prong_overlap_mm(prong_diameter);  // claws' outer side past the girdle
  const Stone& middle = centre.stone.stone;
  const double girdle_z = middle.girdle_bottom_z_mm - (stone.table_z_mm - stone.girdle_top_z_mm) - 0.1;
  std::vector<glm::dvec3> chain;
  HaloSetting halo = halo_around(centre.stone, claw_reach, girdle_z, stone, count, shank_outer_radius_mm, chain);
  // A tie from the frame to each claw of the centre head at the frame's height (before the
  // shank's, as they were first built).
  const Placement3& place = centre.stone.placement;
  const glm::dvec3 up = place.rotation * glm::dvec3(0, 0, 1);  // the table's way: +Y on a ring, +Z on a pendant
  std::vector<Capsule> ties;
  for (size_t i = 0; i + 1 < centre.prongs.size(); i += 2) {
    const Capsule& lower = centre.prongs[i];  // shank (or a basket's knee) to girdle
    const double t = std::clamp(glm::dot(chain[0] - lower.a, up) / glm::dot(lower.b - lower.a, up), 0.0, 1.0);
    const Capsule tie = tie_to(chain, lower.a + (lower.b - lower.a) * t);
    ties.push_back(tie);
  }
  halo.ties.insert(halo.ties.begin(), ties.begin(), ties.end());
  return halo;
}

HaloSetting halo_setting(const BezelCup& cup, const PlacedStone& centre, const Stone& stone, int count) {
  // Round the cup's outer wall, the halo's tables kHaloTableUnderRimMm under its rim.
  double girdle_z = cup.top_z_mm - kHaloTableUnderRimMm - stone.table_z_mm;
  // A shallow cup (a cabochon's; a ring's where its underside follows the finger, highest along
  // the finger's axis) would leave the frame and the collar reaching to the cup's bottom edge, a
  // knot of creases the mesher cuts by 0.013 mm: the halo rises until the frame's underside is
  // kHaloFrameOverFloorMm over the floor's highest point.
  double floor_z = cup.bottom_z_mm;
  if (cup.floor_radius_mm) floor_z = std::max(floor_z, *cup.floor_radius_mm - glm::dot(cup.place.position, cup.place.rotation[2]));
  const double frame_bottom = frame_z_mm(stone, girdle_z) - frame_radius_mm(stone);
  girdle_z += std::max(0.0, floor_z + kHaloFrameOverFloorMm - frame_bottom);
  // No ties down to a ring's shank (0 below): they would run down the cup's wall a crevice's width
  // from it, and the cup, sunk into the shank, carries the collar and the frame.
  std::vector<glm::dvec3> chain;
  HaloSetting halo = halo_around(centre, kSeatClearanceMm + cup.wall_mm, girdle_z, stone, count, 0.0, chain);
  // The frame is kHaloGapToProngsMm - 0.1 mm off the wall: a crevice too narrow to cast. A collar
  // fills it, a chain along the wall's outer face at the frame's height (not below the cup's floor)
  // reaching into both.
  const double frame_z = std::max(cup.place.to_local(chain[0]).z, cup.bottom_z_mm + kHaloCollarRadiusMm);
  std::vector<glm::dvec3> collar = spaced_along(offset_outline(centre.stone, kSeatClearanceMm + cup.wall_mm, 720), int(chain.size()));
  for (glm::dvec3& p : collar) p = cup.place.apply(glm::dvec3(p.x, p.y, frame_z));
  for (size_t i = 0; i < collar.size(); ++i) halo.ties.push_back({collar[i], collar[(i + 1) % collar.size()], kHaloCollarRadiusMm});
  return halo;
}

PlacedParts halo_parts(const HaloSetting& halo) {
  PlacedParts parts{halo.stones, halo.frame};
  parts.metal.insert(parts.metal.end(), halo.beads.begin(), halo.beads.end());
  parts.metal.insert(parts.metal.end(), halo.ties.begin(), halo.ties.end());
  return parts;
}

}  // namespace facet::geometry
