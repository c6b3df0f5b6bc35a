// Meshing a signed distance field: dual contouring on a sparse grid (only the cells the surface
// crosses are visited). Each cell gets one vertex per sheet of surface passing through it (the
// sheets are told apart the way marching cubes links crossings across cube faces, so two sheets
// that come closer than a cell stay two: the mesh stays a 2-manifold), placed by a quadric fit to
// the surface's tangent planes, so sharp edges and corners (seats, flat tops, where a prong meets
// the shank) stay sharp.
#pragma once

#include <functional>

#include "core/geometry/mesh.hpp"

namespace facet::geometry {

using DistanceField = std::function<double(const glm::dvec3&)>;
// Optionally, a cheaper field with the same signs and zero set within `radius` of `centre` (the
// parts that cannot matter there left out); asked once per leaf block.
using NearField = std::function<DistanceField(const glm::dvec3& centre, double radius)>;

// The field's central differences on each axis, f(p + step) - f(p - step): the gradient times
// twice the step.
glm::dvec3 central_differences(const DistanceField& field, const glm::dvec3& p, double step_mm);

// The field's gradient by central differences `step_mm` apart, unit length; `flat` where the
// differences vanish.
glm::dvec3 unit_gradient(const DistanceField& field, const glm::dvec3& p, double step_mm, const glm::dvec3& flat);

// The same, at its own length: below 1 where the field understates the distance (parts blended at
// a steep angle).
inline glm::dvec3 field_gradient(const DistanceField& field, const glm::dvec3& p, double step_mm) {
  return central_differences(field, p, step_mm) / (2 * step_mm);
}

struct ContourOptions {
  double cell_mm = 0.05;  // grid spacing
};

struct ContourStats {
  size_t cells_evaluated = 0;  // grid corners the field was asked for, in leaf blocks
  size_t surface_cells = 0;
  size_t split_cells = 0;      // cells two sheets pass through
  size_t crossings = 0;        // edges the surface crosses
  size_t clamped_vertices = 0; // vertices whose fit left the cell, put at the crossings' mean
};

// The closed, outward surface f = 0 inside `bounds` (which must contain the solid with a margin).
Mesh dual_contour(const DistanceField& field, const Bounds& bounds, const ContourOptions& options, ContourStats* stats = nullptr,
                  const NearField* near = nullptr);

}  // namespace facet::geometry
