// The metal's parts sorted into millimetre cells, so that a point asks only the parts that can
// decide the field near it. A halo ring with a pave shank has ~230 parts (prongs, beads, seats);
// a few dozen matter at any one place. Meshing asks the field millions of times.
#pragma once

#include <glm/vec3.hpp>

#include <vector>

#include "core/geometry/field.hpp"

namespace facet::geometry {

class PartGrid {
 public:
  static constexpr double kCellMm = 1.0;
  // Near fields asked for a ball up to this radius choose from their cell's parts; larger balls,
  // and points beyond the grid, from all of them.
  static constexpr double kQueryRadiusMm = 0.8;

  explicit PartGrid(const MetalModel& metal);  // keeps a reference: `metal` must outlive the grid

  const MetalModel& metal() const { return metal_; }
  // The same field as metal.distance(p), from the parts of p's cell (from all of them deeper
  // inside the metal than kQueryRadiusMm).
  double distance(const glm::dvec3& p) const;
  // As metal.nearby(centre, radius), choosing among the parts of centre's cell.
  MetalModel::Nearby nearby(const glm::dvec3& centre, double radius) const;

 private:
  const MetalModel::Nearby* cell_at(const glm::dvec3& p) const;  // null beyond the grid

  const MetalModel& metal_;
  glm::dvec3 origin_;
  glm::ivec3 dims_;
  std::vector<MetalModel::Nearby> cells_;
};

}  // namespace facet::geometry
