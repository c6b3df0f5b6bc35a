// Where a stone (and what holds it) sits in the piece.
#pragma once

#include <glm/mat3x3.hpp>
#include <glm/vec3.hpp>

namespace facet::geometry {

// Where a stone sits: world = rotation * local + position, the rotation orthonormal. On a ring
// local +Z (the table) points away from the finger (+Y) and the stone's length (local X) runs
// along the finger (Z); on a pendant the table faces the viewer (+Z) and the length hangs (Y).
struct Placement3 {
  glm::dmat3 rotation{1.0};
  glm::dvec3 position{0.0};
  glm::dvec3 apply(const glm::dvec3& local) const { return rotation * local + position; }
  glm::dvec3 to_local(const glm::dvec3& world) const { return (world - position) * rotation; }  // the transpose
};

}  // namespace facet::geometry
