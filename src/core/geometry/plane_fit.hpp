// The point that best fits a set of tangent planes (a quadric error function, as dual contouring
// places its vertices): on a flat, the samples' mean; on a crease, the point of the crease nearest
// the mean; where three or more faces meet, their corner.
#pragma once

#include <glm/vec3.hpp>

namespace facet::geometry {

struct PlaneFit {
  double a[6] = {0, 0, 0, 0, 0, 0};  // sum n n^T: xx, xy, xz, yy, yz, zz
  glm::dvec3 b{0.0};                  // sum n (n . p)
  glm::dvec3 mass{0.0};
  int count = 0;

  // The plane through p with unit normal n.
  void add(const glm::dvec3& p, const glm::dvec3& n);
  // The point nearest the samples' mean that best fits the planes; directions the planes hardly
  // constrain (eigenvalues under 2% of the largest) keep the mean's coordinate. `rank`, if given,
  // receives how many directions the planes fixed (1 flat, 2 crease, 3 corner).
  glm::dvec3 solve(int* rank = nullptr) const;
};

}  // namespace facet::geometry
