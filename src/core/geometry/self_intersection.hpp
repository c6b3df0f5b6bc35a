// Does a mesh cross itself? Every pair of triangles that could touch (a grid over their bounding
// boxes finds them) is tested edge against triangle with orientation signs. A sign too close to
// zero to trust in double precision (Shewchuk's error bound for orient3d) is never taken as a
// crossing but counted apart, so "no crossings and nothing uncertain" is a proof for the mesh.
#pragma once

#include <array>
#include <span>
#include <vector>

#include "core/geometry/mesh.hpp"

namespace facet::geometry {

struct SelfIntersections {
  size_t pairs_tested = 0;
  size_t crossing_pairs = 0;   // an edge of one passes through the other's interior
  size_t uncertain_pairs = 0;  // a sign within rounding of zero (touching, coplanar): not decided
  glm::dvec3 first_at{0.0};    // a point of the first crossing found
  // The pairs themselves (triangle indices, lower first), sorted: the order does not depend on
  // the hash map the search used, so what is done with them is the same on every platform.
  std::vector<std::array<uint32_t, 2>> crossing_triangles, uncertain_triangles;
};

// Triangles sharing an edge are not compared; triangles sharing a vertex only by the edges away
// from it (they meet at that vertex by construction). Coplanar triangles are compared in their
// plane, where contact along a boundary is touching, not crossing.
SelfIntersections self_intersections(const Mesh& mesh);

// The same test for the pairs with at least one triangle in `triangles` (sorted, unique), against
// every triangle whose box meets theirs: a re-check after a few vertices moved.
SelfIntersections self_intersections_among(const Mesh& mesh, std::span<const uint32_t> triangles);

}  // namespace facet::geometry
