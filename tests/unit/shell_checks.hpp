// What every production mesh must be, checked the same way for every kind of piece: one closed,
// oriented shell, no crossing triangles, within tolerance of the exact surface, every check passed.
#pragma once

#include <doctest/doctest.h>

#include "core/facet_core.hpp"
#include "core/geometry/deviation.hpp"
#include "core/geometry/piece_model.hpp"
#include "core/geometry/self_intersection.hpp"

namespace facet::test {

// The check of that rule among `all`, or nullptr.
inline const checks::Check* find_rule(const std::vector<checks::Check>& all, const std::string& rule) {
  for (const checks::Check& c : all)
    if (c.rule == rule) return &c;
  return nullptr;
}

// The mesh within `max_deviation_mm` (the production bound unless a looser one is given where it
// is not yet met) of the model's exact surface, sampled every 0.1 mm; where it strays most, named.
inline void check_within_bound(const geometry::PieceModel& model, const geometry::Mesh& metal,
                               double max_deviation_mm = geometry::kProductionBoundMm) {
  const geometry::Deviation deviation = geometry::surface_deviation(
      metal, [&](const glm::dvec3& p) { return model.metal.distance(p); }, model.metal.bounds(), 0.1);
  CAPTURE(deviation.max_mm);
  CAPTURE(deviation.worst_at.x);
  CAPTURE(deviation.worst_at.y);
  CAPTURE(deviation.worst_at.z);
  CHECK(deviation.mean_mm < 0.001);
  CHECK(deviation.max_mm <= max_deviation_mm);
}

// One closed, oriented shell, no pair of triangles crossing or too close to call, within the bound.
inline void check_one_clean_shell(const geometry::PieceModel& model, const geometry::Mesh& metal,
                                  double max_deviation_mm = geometry::kProductionBoundMm) {
  const geometry::Topology topology = geometry::check_topology(metal);
  CHECK(topology.closed_and_oriented());
  CHECK(topology.components == 1);
  const geometry::SelfIntersections crossings = geometry::self_intersections(metal);
  CHECK(crossings.crossing_pairs == 0);
  CHECK(crossings.uncertain_pairs == 0);
  check_within_bound(model, metal, max_deviation_mm);
}

// As check_one_clean_shell, and every casting check passed.
inline void check_one_passing_shell(const geometry::PieceModel& model, const BuiltPiece& built,
                                    double max_deviation_mm = geometry::kProductionBoundMm) {
  check_one_clean_shell(model, built.metal, max_deviation_mm);
  for (const checks::Check& c : built.checks) CHECK_MESSAGE(c.status == checks::Status::pass, c.rule << ": " << c.message);
}

}  // namespace facet::test
