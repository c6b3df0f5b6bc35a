#include "core/geometry/part_grid.hpp"

#include <glm/common.hpp>

#include <cmath>

namespace facet::geometry {

namespace {
constexpr double kMarginMm = 1.0;  // the grid reaches this far beyond the parts' bounds
}

PartGrid::PartGrid(const MetalModel& metal) : metal_(metal) {
  const Bounds b = metal.bounds();
  origin_ = b.min - kMarginMm;
  dims_ = glm::ivec3(glm::ceil((b.max + kMarginMm - origin_) / kCellMm));
  // A cell's list answers for any ball of up to kQueryRadiusMm centred in the cell: within that
  // reach of the cell's centre, a part left out never comes within the blend of the nearest one
  // (MetalModel::nearby), so choosing among the list gives the same parts.
  const double reach = std::sqrt(3.0) * kCellMm / 2 + kQueryRadiusMm;
  cells_.reserve(size_t(dims_.x) * dims_.y * dims_.z);
  for (int x = 0; x < dims_.x; ++x)
    for (int y = 0; y < dims_.y; ++y)
      for (int z = 0; z < dims_.z; ++z) cells_.push_back(metal.nearby(origin_ + (glm::dvec3(x, y, z) + 0.5) * kCellMm, reach));
}

const MetalModel::Nearby* PartGrid::cell_at(const glm::dvec3& p) const {
  const glm::dvec3 at = glm::floor((p - origin_) / kCellMm);
  if (!(at.x >= 0 && at.y >= 0 && at.z >= 0 && at.x < dims_.x && at.y < dims_.y && at.z < dims_.z)) return nullptr;
  return &cells_[(size_t(at.x) * dims_.y + size_t(at.y)) * dims_.z + size_t(at.z)];
}

double PartGrid::distance(const glm::dvec3& p) const {
  const MetalModel::Nearby* cell = cell_at(p);
  if (cell == nullptr) return metal_.distance(p);
  const double d = metal_.distance(p, *cell);
  // A seat (or cut letter) left out of the list is more than kQueryRadiusMm from every point of
  // the cell: it could only matter deeper inside the metal than that. There, ask every part.
  return d >= -kQueryRadiusMm ? d : metal_.distance(p);
}

MetalModel::Nearby PartGrid::nearby(const glm::dvec3& centre, double radius) const {
  const MetalModel::Nearby* cell = radius <= kQueryRadiusMm ? cell_at(centre) : nullptr;
  return metal_.nearby(centre, radius, cell);
}

}  // namespace facet::geometry
