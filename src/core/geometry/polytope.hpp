// Convex polytopes as intersections of half-spaces: how faceted stones get exact, planar facets
// that meet where the planes say, whatever the cutter's proportions.
#pragma once

#include <glm/vec3.hpp>

#include <vector>

#include "core/geometry/mesh.hpp"

namespace facet::geometry {

// The half-space dot(normal, x) <= offset; normal need not be unit length on input.
struct Plane {
  glm::dvec3 normal{0.0, 0.0, 1.0};
  double offset = 0;
  int tag = 0;  // what the caller calls this plane (a facet kind), carried to the faces it makes
};

// The plane through three points, its normal turned away from `inside` (a point of the solid).
Plane plane_through(const glm::dvec3& a, const glm::dvec3& b, const glm::dvec3& c, const glm::dvec3& inside, int tag = 0);

struct Polytope {
  Mesh mesh;                       // closed, outward; each face fanned from its centroid
  std::vector<Plane> faces;        // the planes that bound a face of non-zero area, unit normals
  std::vector<int> triangle_face;  // per triangle of `mesh`: its index into `faces`
};

// Intersects the half-spaces inside a box of half-size `box_half_mm` around the origin (which
// must lie inside every half-space). Planes that end up bounding nothing are dropped; vertices
// closer than `weld_mm` are merged, so planes meant to meet in one point do.
Polytope intersect_half_spaces(const std::vector<Plane>& planes, double box_half_mm, double weld_mm);

}  // namespace facet::geometry
