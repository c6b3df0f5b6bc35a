#include <doctest/doctest.h>
#include <glm/geometric.hpp>

#include <cmath>
#include <set>
#include <tuple>

#include "core/geometry/deviation.hpp"
#include "core/geometry/dual_contour.hpp"
#include "core/geometry/self_intersection.hpp"
#include "core/geometry/simplify.hpp"

using namespace facet;

namespace {

constexpr double kPi = 3.14159265358979323846;

// A box 6 x 4 x 2 mm centred on the origin: flat faces, sharp edges and corners.
double box_distance(const glm::dvec3& p) {
  const glm::dvec3 q = glm::abs(p) - glm::dvec3(3.0, 2.0, 1.0);
  return glm::length(glm::max(q, glm::dvec3(0.0))) + std::min(std::max(q.x, std::max(q.y, q.z)), 0.0);
}

// A torus of radii 4 and 1 mm about z: curved everywhere, genus one.
double torus_distance(const glm::dvec3& p) {
  const double ring = std::sqrt(p.x * p.x + p.y * p.y) - 4.0;
  return std::sqrt(ring * ring + p.z * p.z) - 1.0;
}

geometry::Mesh contour(double (*field)(const glm::dvec3&), const geometry::Bounds& bounds) {
  return geometry::dual_contour(field, bounds, {0.06});
}

const geometry::Bounds kBoxBounds{{-3.5, -2.5, -1.5}, {3.5, 2.5, 1.5}};
const geometry::Bounds kTorusBounds{{-5.5, -5.5, -1.5}, {5.5, 5.5, 1.5}};

}  // namespace

TEST_CASE("simplify: a box's flat faces fall to a handful of triangles, its volume and corners kept") {
  const geometry::Mesh fine = contour(box_distance, kBoxBounds);
  REQUIRE(geometry::check_topology(fine).closed_and_oriented());
  geometry::SimplifyStats stats;
  const geometry::Mesh coarse = geometry::simplify(fine, {}, &stats);
  const geometry::Topology topology = geometry::check_topology(coarse);
  CHECK(topology.closed_and_oriented());
  CHECK(topology.components == 1);
  CAPTURE(fine.triangle_count());
  CAPTURE(coarse.triangle_count());
  CHECK(coarse.triangle_count() <= 24);  // two per face at best, 12
  CHECK(stats.collapses > 0);
  // 6 x 4 x 2 = 48 mm3; collapses on flat faces move nothing.
  CHECK(geometry::signed_volume_mm3(coarse) == doctest::Approx(geometry::signed_volume_mm3(fine)).epsilon(1e-6));
  CHECK(geometry::signed_volume_mm3(coarse) == doctest::Approx(48.0).epsilon(1e-3));
  // The eight corners are still vertices (a corner's three planes hold it).
  for (int corner = 0; corner < 8; ++corner) {
    const glm::dvec3 c((corner & 1) ? 3.0 : -3.0, (corner & 2) ? 2.0 : -2.0, (corner & 4) ? 1.0 : -1.0);
    double nearest = 1e9;
    for (const glm::dvec3& p : coarse.positions) nearest = std::min(nearest, glm::length(p - c));
    CHECK(nearest < 0.002);
  }
}

TEST_CASE("simplify: a torus stays one closed torus within the tolerance of the exact surface") {
  const geometry::Mesh fine = contour(torus_distance, kTorusBounds);
  const geometry::SimplifyOptions options{.tolerance_mm = 0.005};
  const geometry::Mesh coarse = geometry::simplify(fine, options);
  const geometry::Topology topology = geometry::check_topology(coarse);
  CHECK(topology.closed_and_oriented());
  CHECK(topology.components == 1);
  // Euler characteristic V - E + F = 0: still one hole, no pinch, no extra handle.
  CHECK(int64_t(coarse.positions.size()) - int64_t(topology.edges) + int64_t(topology.triangles) == 0);
  CHECK(coarse.triangle_count() * 2 < fine.triangle_count());

  // Every kept vertex is one the mesher made (a collapse moves a vertex onto a neighbour).
  std::set<std::tuple<double, double, double>> made;
  for (const glm::dvec3& p : fine.positions) made.insert({p.x, p.y, p.z});
  for (const glm::dvec3& p : coarse.positions) CHECK(made.count({p.x, p.y, p.z}) == 1);

  // Against the exact surface, both ways: faces' centres to the surface, surface samples to faces.
  double centre_worst = 0;
  for (size_t t = 0; t < coarse.indices.size(); t += 3) {
    const glm::dvec3 centre =
        (coarse.positions[coarse.indices[t]] + coarse.positions[coarse.indices[t + 1]] + coarse.positions[coarse.indices[t + 2]]) / 3.0;
    centre_worst = std::max(centre_worst, std::abs(torus_distance(centre)));
  }
  CAPTURE(centre_worst);
  CHECK(centre_worst < options.tolerance_mm);
  const geometry::Deviation deviation = geometry::surface_deviation(coarse, torus_distance, kTorusBounds, 0.1);
  CAPTURE(deviation.max_mm);
  CHECK(deviation.samples > 10000);
  CHECK(deviation.max_mm < options.tolerance_mm);
  // The exact torus encloses 2 pi^2 R r^2; the flat triangles fall a little inside.
  const double exact_mm3 = 2 * kPi * kPi * 4.0 * 1.0;
  CHECK(geometry::signed_volume_mm3(coarse) == doctest::Approx(exact_mm3).epsilon(0.002));
}

TEST_CASE("simplify: the tolerance is what holds curved metal back; the output is the same every run") {
  const geometry::Mesh fine = contour(torus_distance, kTorusBounds);
  // At a tolerance of zero only exactly coplanar neighbours could merge: a torus has none to speak of.
  const geometry::Mesh strict = geometry::simplify(fine, {.tolerance_mm = 0.0});
  CHECK(strict.triangle_count() * 100 > fine.triangle_count() * 99);
  // A looser tolerance takes more away.
  const geometry::Mesh loose = geometry::simplify(fine, {.tolerance_mm = 0.02});
  const geometry::Mesh tight = geometry::simplify(fine, {.tolerance_mm = 0.005});
  CHECK(loose.triangle_count() < tight.triangle_count());
  const geometry::Mesh again = geometry::simplify(fine, {.tolerance_mm = 0.005});
  CHECK(again.positions == tight.positions);
  CHECK(again.indices == tight.indices);
}

TEST_CASE("self_intersections: two boxes pushed into each other cross; a box, a torus and their simplified meshes do not") {
  const geometry::Mesh box = contour(box_distance, kBoxBounds);
  const geometry::SelfIntersections clean = geometry::self_intersections(box);
  CHECK(clean.pairs_tested > 1000);
  CHECK(clean.crossing_pairs == 0);
  CHECK(clean.uncertain_pairs == 0);
  CHECK(geometry::self_intersections(geometry::simplify(box)).crossing_pairs == 0);
  const geometry::Mesh torus = geometry::simplify(contour(torus_distance, kTorusBounds), {.tolerance_mm = 0.005});
  const geometry::SelfIntersections torus_check = geometry::self_intersections(torus);
  CHECK(torus_check.crossing_pairs == 0);
  CHECK(torus_check.uncertain_pairs == 0);

  // A second box, moved 1 mm along x, its faces through the first one's.
  geometry::Mesh two = geometry::simplify(box);
  geometry::Mesh moved = two;
  for (glm::dvec3& p : moved.positions) p += glm::dvec3(1.0, 0.3, 0.2);
  geometry::append(two, moved);
  const geometry::SelfIntersections crossed = geometry::self_intersections(two);
  CHECK(crossed.crossing_pairs > 0);
  CHECK(box_distance(crossed.first_at) < 0.5);  // where the shells meet
}
