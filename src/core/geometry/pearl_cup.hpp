// A pearl's cup: a shell of metal round one side of a pearl (a bead), open at a rim cut square
// across the wall (along the radius: cut by a plane, its outer edge was a 44-degree knife edge). The pearl
// is glued into it on a peg (the wire in its half-drilled hole, a capsule beside this part). A
// metal part like a bezel cup: added to the metal with the others.
#pragma once

#include <glm/vec3.hpp>

#include "core/geometry/mesh.hpp"

namespace facet::geometry {

struct PearlCup {
  glm::dvec3 centre;  // the pearl's
  glm::dvec3 axis;    // unit: from the pearl's centre out through the middle of the cup
  double inner_mm = 0;  // the shell's radii about the centre: the pearl's and the glue's clearance,
  double outer_mm = 0;  // and the wall beyond it
  double rim_cos = 1;   // the rim: the cup holds the points within this angle's cosine of the axis (a cone about it
  double rim_sin = 0;   // through the centre), and its sine

  // Exact where one of the three bounds decides, never more than the distance elsewhere (their
  // max).
  double distance(const glm::dvec3& p) const;
  Bounds bounds() const;
  // The rim's inside radius: how much of the pearl the cup hides, seen along the axis.
  double rim_radius_mm() const;
};

// The cup as a closed mesh for the preview: its cross-section revolved, `segments` round the axis.
Mesh pearl_cup_mesh(const PearlCup& cup, int segments);

}  // namespace facet::geometry
