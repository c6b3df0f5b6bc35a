// A prong head: the stone placed above the shank, prongs that rise from the shank and grip over
// its girdle, a gallery rail under the girdle, and the seat (the stone, grown by a clearance) cut
// from all of it.
#pragma once

#include <glm/mat3x3.hpp>

#include "core/geometry/field.hpp"
#include "core/geometry/placement.hpp"
#include "core/geometry/stone.hpp"

namespace facet::geometry {

struct PlacedStone {
  std::string id;  // the stone group's id in the spec
  int number = 0;  // 1, 2, ... within a group of several stones; 0 for a group of one
  std::string label() const { return number > 0 ? id + " " + std::to_string(number) : id; }  // "center", "sides 1"
  Stone stone;
  Placement3 placement;
  Mesh world_mesh() const;
};

// Design choices of the head (our own, from jewelry-facts.md's limits).
inline constexpr double kSeatClearanceMm = 0.02;     // between the stone and its seat
inline constexpr double kCuletAboveShankMm = 0.2;    // culet above the shank's top surface
// How deep the seat notches each prong, of its diameter (clearance included): under the facts'
// 25%, so the prong keeps its strength; the grip over the girdle is this less the clearance.
inline constexpr double kSeatNotchFraction = 0.24;
inline constexpr double kProngPastGirdle = 0.10;     // of the stone width: how far prongs rise
inline constexpr double kRailDiameterFraction = 0.7; // gallery rail, of the prong diameter
inline constexpr double kMinRailDiameterMm = 0.65;   // but never under the 0.6 mm a wire casts at

struct ProngHead {
  PlacedStone stone;
  std::vector<Capsule> prongs;  // two per prong: shank (or rail) to girdle, girdle to tip
  std::vector<Capsule> legs;    // a stud's basket: one per prong, from the rail down to the post
  std::vector<Capsule> rails;
  ConvexSeat seat;
  std::vector<glm::dvec3> prong_tips;  // world, the top of each prong
};

// A pendant's or a stud's stone turned to face the viewer: local X (its length) along +Y, local Y
// to -X, the table (+Z) towards the viewer.
inline const glm::dmat3 kStoneFacingViewer(glm::dvec3(0, 1, 0), glm::dvec3(-1, 0, 0), glm::dvec3(0, 0, 1));
// A ring's stone on top: local X (its length) along the finger (world Z), local Y across it (world
// X), the table (+Z) up (world Y).
inline const glm::dmat3 kStoneToRing(glm::dvec3(0, 0, 1), glm::dvec3(1, 0, 0), glm::dvec3(0, 1, 0));

// Where a ring's centre stone sits: table up (+Y), length along the finger, its culet
// kCuletAboveShankMm over the shank's top at `shank_outer_radius_mm`. Prong and bezel heads alike.
Placement3 ring_top_placement(const Stone& stone, double shank_outer_radius_mm);

// A centre stone on a ring of inner radius `inner_radius_mm` whose shank at the top is
// `top_thickness_mm` thick and `top_width_mm` wide. Precondition: a convex cut (facet planes),
// prongs >= 2, sizes > 0.
ProngHead prong_head(const Stone& stone, int prongs, double prong_diameter_mm, double inner_radius_mm, double top_thickness_mm,
                     double top_width_mm);

// The parts of a prong head, for the heads built elsewhere (a stud's basket). All stone-local.
// Prong `index` of `prongs`: evenly around, half a step off the stone's length (none on its axis),
// but from the point of a pear, heart or marquise (Stone::points), which most needs one.
glm::dvec3 prong_direction(const Stone& stone, int index, int prongs);
struct ProngLine {
  glm::dvec3 girdle;  // the axis at the girdle, notching the seat by prong_overlap_mm
  glm::dvec3 tip;     // past the girdle, leaning in over the crown
};
ProngLine prong_line(const Stone& stone, const glm::dvec3& direction, double prong_diameter_mm);
// The gallery rail a third of the way down the pavilion, just clear of it, halfway out to the
// prongs (their mean reach from the stone's axis at the rail's height), in world space.
double gallery_rail_z(const Stone& stone);
double gallery_rail_radius(double prong_diameter_mm);
std::vector<Capsule> gallery_rail(const Stone& stone, const Placement3& place, int prongs, double prong_reach_mm,
                                  double prong_diameter_mm);
// How far out along a horizontal direction, at height z, a point must be to lie at least
// `clearance_mm` outside the stone: the nearest R at which one facet plane certifies it (a point
// beyond a facet's plane by c is at least c from a convex stone). The rail sits at this reach, so
// its round section clears the sloping pavilion above and below it, whatever the cut.
double clear_reach(const Stone& stone, double z, const glm::dvec3& direction, double clearance_mm);

// The seat a placed stone leaves in the metal: its facet planes in ring space, pushed out by
// kSeatClearanceMm. Precondition: a convex cut (facet planes).
ConvexSeat stone_seat(const PlacedStone& placed);

// The whole head turned by `angle_rad` about the ring's axis (+Z); positive angles move the top
// (+Y) towards -X. How side stones go down the shoulders.
void turn_about_ring_axis(ProngHead& head, double angle_rad);

// How far a stone reaches from its axis in a horizontal (local xy) direction: its girdle outline,
// for a convex stone.
double girdle_reach(const Stone& stone, const glm::dvec3& direction);
// Where it reaches that far: the girdle outline's point farthest along `direction` (z = 0).
glm::dvec3 girdle_point(const Stone& stone, const glm::dvec3& direction);

// How far a prong's inner side reaches inside the girdle outline: the seat's notch less its
// clearance. prong_head puts each prong's axis at girdle_reach + radius - this.
double prong_overlap_mm(double prong_diameter_mm);

// An eight-sided hole of `radius_mm` from `top_local` straight down (stone-local -Z) by `depth_mm`:
// light to the pavilion, and the setter's way to push a stone out. Cut like a seat.
ConvexSeat light_hole(const Placement3& place, glm::dvec3 top_local, double radius_mm, double depth_mm);

// A closed mesh of a capsule for the preview: `segments` around.
Mesh capsule_mesh(const Capsule& capsule, int segments);
// A closed mesh of a torus for the preview: `segments` round the axis, `wire_segments` round the wire.
Mesh torus_mesh(const Torus& torus, int segments, int wire_segments);

}  // namespace facet::geometry
