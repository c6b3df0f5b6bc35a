// Wall thickness of a solid modelled as a distance field, as wall-thickness checks in printing
// software measure it: from a point of the surface, how far a ray along the inward normal runs
// through metal to the opposite wall (a rod measures its diameter, a plate its thickness).
// Points where the ray leaves through a face at a slant (the other side of an edge, not a wall)
// and points on stone seats (the seat_depth rule governs those notches) are not walls.
// Not the inscribed ball: it reads every point near an edge, and every fillet (where the blended
// field understates the distance), as paper-thin.
#pragma once

#include <optional>

#include "core/geometry/field.hpp"

namespace facet::geometry {

struct WallSample {
  uint32_t triangle;      // of the mesh sampled
  glm::dvec3 position;    // on the surface, mm
  double thickness_mm;    // capped at the `cap_mm` asked for
};

// The thickness at surface points of `mesh` (a mesh of `metal`'s surface), about one per cube of
// `spacing_mm`, inside the triangles and in triangle order (so the samples do not depend on
// hashing order), leaving out points that are not on a wall. Thicknesses above `cap_mm` are reported
// as `cap_mm`.
std::vector<WallSample> wall_thickness(const Mesh& mesh, const MetalModel& metal, double spacing_mm, double cap_mm);

// The thickness at a surface point (to ~1 um), capped at `cap_mm`; nothing if it is not a wall.
std::optional<double> wall_thickness_at(const MetalModel& metal, const glm::dvec3& p, double cap_mm);

}  // namespace facet::geometry
