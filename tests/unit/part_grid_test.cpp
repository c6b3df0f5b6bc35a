// PartGrid: the field asked through the grid's cell lists is the whole model's field, and its near
// fields choose the parts the whole model would.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/geometry/part_grid.hpp"
#include "core/geometry/pave.hpp"
#include "core/geometry/piece_model.hpp"
#include "core/spec/spec_io.hpp"

using namespace facet;

namespace {

// Issue 4's worst case: a halo ring with its shank filled with pavé (~230 parts).
spec::Design halo_with_pave_shank() {
  spec::Design design = *spec::default_design("halo");
  spec::StoneGroup g;
  g.id = "pave", g.role = "accent", g.gem = "diamond", g.cut = "round", g.size.diameter_mm = 1.2, g.setting.type = "pave";
  g.placement = {spec::Placement::Kind::along_shank, -75, 75, ""};
  design.piece.stones.push_back(g);
  design.piece.stones.back().count = geometry::pave_row_capacity(design.piece, design.piece.stones.back());
  return design;
}

// A fixed sequence of points in the box (a 64-bit LCG: the same everywhere).
struct Points {
  uint64_t state = 0x9E3779B97F4A7C15ull;
  geometry::Bounds box;
  double next01() {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return double(state >> 11) / double(uint64_t(1) << 53);
  }
  glm::dvec3 next() { return box.min + (box.max - box.min) * glm::dvec3(next01(), next01(), next01()); }
};

}  // namespace

TEST_CASE("part grid: the field through the cell lists is the whole model's, near the surface and away from it") {
  const geometry::PieceModel model = geometry::piece_model(halo_with_pave_shank().piece);
  const geometry::MetalModel& metal = model.metal;
  REQUIRE(metal.capsules.size() + metal.seats.size() > 150);
  const geometry::PartGrid grid(metal);
  geometry::Bounds box = metal.bounds();
  box.min -= 1.5, box.max += 1.5;  // past the grid's margin too
  Points points{.box = box};
  double largest = 0;
  int near_surface = 0;
  for (int i = 0; i < 200000; ++i) {
    const glm::dvec3 p = points.next();
    const double whole = metal.distance(p);
    near_surface += std::fabs(whole) < 0.2;
    largest = std::max(largest, std::fabs(grid.distance(p) - whole));
  }
  CAPTURE(near_surface);
  CHECK(near_surface > 1000);
  // Parts left out of a cell never come within the blend of the nearest part; only the order in
  // which blends are taken could move a value, and by far less than the production tolerance.
  CHECK(largest < 1e-6);
}

TEST_CASE("part grid: a near field chosen from a cell's list is the whole field's solid within its ball") {
  const geometry::PieceModel model = geometry::piece_model(halo_with_pave_shank().piece);
  const geometry::MetalModel& metal = model.metal;
  const geometry::PartGrid grid(metal);
  Points centres{.box = metal.bounds()};
  Points offsets{.state = 7, .box = {glm::dvec3(-1.0), glm::dvec3(1.0)}};
  double largest = 0;
  size_t chosen = 0, all = 0, compared = 0;
  for (int i = 0; i < 2000; ++i) {
    const glm::dvec3 centre = centres.next();
    const double radius = i % 2 == 0 ? 0.27 : geometry::PartGrid::kQueryRadiusMm;
    const geometry::MetalModel::Nearby from_grid = grid.nearby(centre, radius), from_all = metal.nearby(centre, radius);
    chosen += from_grid.capsules.size() + from_grid.seats.size();
    all += from_all.capsules.size() + from_all.seats.size();
    // The grid's choice is never more than the whole model's.
    for (uint32_t c : from_grid.capsules) CHECK(std::binary_search(from_all.capsules.begin(), from_all.capsules.end(), c));
    for (uint32_t s : from_grid.seats) CHECK(std::binary_search(from_all.seats.begin(), from_all.seats.end(), s));
    for (int k = 0; k < 20; ++k) {
      const glm::dvec3 p = centre + offsets.next() * radius;
      const double to_rim = radius - glm::length(p - centre);
      if (to_rim < 0) continue;
      const double near = metal.distance(p, from_grid), whole = metal.distance(p);
      CHECK((near < 0) == (whole < 0));  // the same solid throughout the ball
      // A seat left out lies beyond the ball: it could cut only deeper in than the rim is far.
      if (near >= -to_rim) largest = std::max(largest, std::fabs(near - whole)), ++compared;
    }
  }
  CAPTURE(chosen);
  CAPTURE(all);
  CHECK(chosen > 0);
  CHECK(compared > 10000);
  // A part left out is never within the blend of the nearest; it can only have been blended
  // with another far one first, which moves the value by less than kFilletMm / 64.
  CHECK(largest < geometry::kFilletMm / 64);
}

TEST_CASE("part grid: a cut deep inside the metal, far from a cell, still counts there") {
  // A thick rod with a small box-shaped void at its middle: away from the void, the cells leave
  // it out, yet a point 3 mm from it and 4 mm deep in the metal is at most 3 mm from a surface.
  geometry::MetalModel metal;
  metal.capsules.push_back({glm::dvec3(-6, 0, 0), glm::dvec3(6, 0, 0), 4.0});
  geometry::ConvexSeat box;
  box.centre = glm::dvec3(0.0);
  for (int axis = 0; axis < 3; ++axis)
    for (double sign : {-1.0, 1.0}) {
      glm::dvec3 n(0.0);
      n[axis] = sign;
      box.planes.push_back({n, 0.3, {}});
    }
  box.bounding_radius_mm = 0.3 * std::sqrt(3.0);
  metal.seats.push_back(box);
  const geometry::PartGrid grid(metal);
  const glm::dvec3 p(3.0, 0.0, 0.0);
  CHECK(metal.distance(p) > -3.0);  // the void's bound (seat_distance's sphere this far out)
  CHECK(grid.distance(p) == metal.distance(p));
  CHECK(metal.distance(p, grid.nearby(p, 0.27)) < 0);  // a near field: the same solid
}
