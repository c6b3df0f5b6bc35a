// How far a mesh strays from the exact surface it was made from: the production guarantee
// (<= 0.01 mm) measured, not assumed.
#pragma once

#include "core/geometry/dual_contour.hpp"

namespace facet::geometry {

struct Deviation {
  size_t samples = 0;
  double max_mm = 0, mean_mm = 0;  // exact surface -> mesh
  size_t over_tolerance = 0;       // samples farther than the tolerance asked for
  glm::dvec3 worst_at{0.0};
  double vertex_max_mm = 0;        // mesh vertices -> exact surface (|f| at the vertices)
};

// Samples the surface f = 0 (points of a grid of `spacing_mm`, offset from any meshing grid, pulled
// onto the surface by Newton steps) and measures each sample's distance to the nearest triangle.
// Distances beyond `search_mm` count as `search_mm`.
Deviation surface_deviation(const Mesh& mesh, const DistanceField& field, const Bounds& bounds, double spacing_mm,
                            double tolerance_mm = 0.01, double search_mm = 0.1);

// Distance from a point to a triangle.
double point_triangle_distance(const glm::dvec3& p, const glm::dvec3& a, const glm::dvec3& b, const glm::dvec3& c);

}  // namespace facet::geometry
