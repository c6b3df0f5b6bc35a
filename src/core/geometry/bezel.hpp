// A bezel cup: a wall of metal round the stone's girdle, standing past it by the lip the setter
// will burnish over the crown, and a floor ring under the stone with an opening that lets light in
// from the back. It is modelled as it is cast, not as it is set: a lip already pushed over would
// meet a faceted crown in a knife edge no casting holds, and would leave no way for the stone to
// go in. Built for stones whose girdle outline is an ellipse: round and oval brilliants and
// cabochons. The cup is added to the metal like a shank; a faceted stone's seat (its pavilion's
// bearing) is then cut from all of the metal, like a prong head's.
#pragma once

#include <glm/vec2.hpp>

#include <optional>
#include <string_view>

#include "core/geometry/mesh.hpp"
#include "core/geometry/placement.hpp"

namespace facet::geometry {

struct PlacedStone;

// Design choices of the cup (our own, from jewelry-facts.md's limits).
inline constexpr double kBezelWallMm = 0.8;   // the facts' 0.8 mm casting wall; burnishing thins the lip
inline constexpr double kBezelFloorMm = 0.8;  // under the stone's base or culet
// How far the wall stands past the girdle, of the crown's height: burnished over, it covers the
// facts' 50-75% of a faceted crown (at the lower end, so more of the stone shows); a cabochon's
// dome turns in early, so less of it.
inline constexpr double kBezelFacetedCrownCover = 0.5;
inline constexpr double kBezelCabochonCrownCover = 0.25;
// The floor ring the stone rests on, inside the girdle outline (less on small stones).
inline constexpr double kBezelLedgeMm = 1.0;
inline constexpr double kBezelLedgeOfHalfWidth = 0.3;

struct BezelCup {
  Placement3 place;       // the stone's
  glm::dvec2 outline_mm;  // the girdle's semi-axes along local X and Y
  double bottom_z_mm = 0, top_z_mm = 0;  // of the cup, stone-local
  double bore_bottom_z_mm = 0;           // the straight bore the stone drops into starts here
  double wall_mm = kBezelWallMm;         // outside the seat's clearance
  double ledge_mm = 0;                   // how far the floor reaches in under the girdle
  // A ring's cup: its underside follows the cylinder of this radius about the ring's axis (world
  // Z), inside the shank, as a cup is shaped to sit on one, and bottom_z_mm's plane where that is
  // lower (ring_bezel).
  std::optional<double> floor_radius_mm;
  // A closed back (a pendant's, to engrave): the floor has no opening, and its flat underside at
  // bottom_z_mm is the face the text lies on (back_face).
  bool closed_back = false;

  // The cup as a solid: the outline grown by the clearance and the wall, from bottom to top, less
  // the bore (the outline grown by the clearance, from where the stone rests up) and the opening
  // in its floor, and on a ring what lies inside the floor's cylinder. (These are the cup's own cuts: a bail soldered across the back may bridge the
  // opening.)
  double distance(const glm::dvec3& world) const;
  // The outer wall's semi-axes: the outline grown by the clearance and the wall (along the axes
  // the offset curve reaches exactly this far).
  glm::dvec2 outer_mm() const;
  Bounds bounds() const;
};

// The closed back's underside as a face to engrave, read from behind: the text's middle under the
// stone's centre, its up along the stone's length (local +X), reading to local +Y (so that seen
// from the back, with local +X up, it runs left to right).
struct FlatFace;
FlatFace back_face(const BezelCup& cup);
// The closed back's semi-axes, as back_face's right and up run (across the stone, along its
// length), for a stone whose girdle is `length_mm` x `width_mm`: the outer wall's ellipse.
glm::dvec2 pendant_back_mm(double length_mm, double width_mm);
// Whether a line of text `advance_mm` long and `height_mm` high, centred on it, stays `margin_mm`
// inside that back.
bool text_fits_back(glm::dvec2 back_mm, double advance_mm, double height_mm, double margin_mm);

// Whether this cut's girdle is an ellipse a cup can follow.
bool bezel_fits_cut(std::string_view cut);

// A cup round a placed stone. Preconditions: bezel_fits_cut(its cut), sizes > 0.
BezelCup bezel_cup(const PlacedStone& stone, bool cabochon);

// The cup as a closed mesh for the preview: its outline's true offsets, `segments` around. The
// seat is not cut (the stone hides it) and the opening is.
Mesh bezel_preview_mesh(const BezelCup& cup, int segments);

// Signed distance to the ellipse with semi-axes `radii` centred at the origin, exact (negative
// inside).
double ellipse_signed_distance(glm::dvec2 p, glm::dvec2 radii);

}  // namespace facet::geometry
