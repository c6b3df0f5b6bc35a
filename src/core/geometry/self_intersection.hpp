// Does a mesh cross itself? Every pair of triangles that could touch (a grid over their bounding
// boxes finds them) is tested edge against triangle with orientation signs. A sign too close to
// zero to trust in double precision (Shewchuk's error bound for orient3d) is never taken as a
// crossing but counted apart, so "no crossings and nothing uncertain" is a proof for the mesh.
#pragma once

#include "core/geometry/mesh.hpp"

namespace facet::geometry {

struct SelfIntersections {
  size_t pairs_tested = 0;
  size_t crossing_pairs = 0;   // an edge of one passes through the other's interior
  size_t uncertain_pairs = 0;  // a sign within rounding of zero (touching, coplanar): not decided
  glm::dvec3 first_at{0.0};    // a point of the first crossing found
};

// Triangles sharing an edge are not compared; triangles sharing a vertex only by the edges away
// from it (they meet at that vertex by construction). Coplanar triangles are compared in their
// plane, where contact along a boundary is touching, not crossing.
SelfIntersections self_intersections(const Mesh& mesh);

}  // namespace facet::geometry
