// Pendants: the centre stone in a bezel cup, cast straight for the setter to burnish, hung from a
// fixed bail. One closed shell within tolerance; the stone drops in, rests on the floor or its
// seat, and the chain passes through the bail.
#include <doctest/doctest.h>

#include <glm/geometric.hpp>

#include <cmath>
#include <limits>

#include "core/facet_core.hpp"
#include "core/geometry/piece_model.hpp"
#include "core/spec/spec_io.hpp"
#include "shell_checks.hpp"
#include "test_data.hpp"

using namespace facet;

namespace {

using test::read_test_spec;

// The nearest point of the ellipse by brute force: a fine sweep of the angle, then a golden-section
// search around the best sample.
double reference_ellipse_distance(glm::dvec2 p, glm::dvec2 r) {
  auto at = [&](double t) { return glm::distance(p, glm::dvec2(r.x * std::cos(t), r.y * std::sin(t))); };
  const int n = 4000;
  int best = 0;
  for (int i = 1; i < n; ++i)
    if (at(2 * M_PI * i / n) < at(2 * M_PI * best / n)) best = i;
  double lo = 2 * M_PI * (best - 1) / n, hi = 2 * M_PI * (best + 1) / n;
  const double golden = (std::sqrt(5.0) - 1) / 2;
  for (int i = 0; i < 100; ++i) {
    const double a = hi - golden * (hi - lo), b = lo + golden * (hi - lo);
    (at(a) < at(b) ? hi : lo) = at(a) < at(b) ? b : a;
  }
  const double d = at((lo + hi) / 2);
  return (p.x / r.x) * (p.x / r.x) + (p.y / r.y) * (p.y / r.y) < 1 ? -d : d;
}

// Metal met going from `from` along `direction` within `reach_mm`.
bool metal_along(const geometry::MetalModel& metal, glm::dvec3 from, glm::dvec3 direction, double reach_mm) {
  for (double t = 0; t <= reach_mm; t += 0.01)
    if (metal.distance(from + direction * t) < 0) return true;
  return false;
}

void check_pendant_invariants(const spec::Design& design) {
  REQUIRE(unbuilt_features(design).empty());
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  REQUIRE(model.pendant.has_value());
  const BuiltPiece built = build_piece(design);
  // Measured 0.007 mm (cabochon) and 0.011 mm (round), the latter where the bail's fillet meets
  // the cup's sharp bottom edge, 4 samples in 57,000. The bail is joined to the cup.
  test::check_one_passing_shell(model, built, 0.015);

  // The stone is clear of the metal everywhere (it drops into the bore), and is held: the floor
  // or the seat stops it going out of the back, and the wall stands past its girdle all round.
  REQUIRE(built.stones.size() == 1);
  const geometry::PlacedStone& stone = built.stones[0];
  double clearance = std::numeric_limits<double>::max();
  for (const glm::dvec3& v : stone.world_mesh().positions) clearance = std::min(clearance, model.metal.distance(v));
  CHECK(clearance > 0.0);
  CHECK(clearance < 0.05);  // it touches its seat or floor within the clearance
  const geometry::BezelCup& cup = model.pendant->cup;
  for (int i = 0; i < 16; ++i) {
    const double angle = 2 * M_PI * i / 16;
    const glm::dvec3 local(std::cos(angle), std::sin(angle), 0.0), out = stone.placement.rotation * local;
    const glm::dvec3 girdle = stone.placement.apply(geometry::girdle_point(stone.stone, local));
    // Just inside the girdle, going back: metal (the floor ring or the seat) within the stone's depth.
    CHECK(metal_along(model.metal, girdle - out * 0.1, {0, 0, -1}, stone.stone.depth_mm() + 1));
    // Just outside the girdle, going out sideways: the wall.
    CHECK(metal_along(model.metal, girdle + glm::dvec3(0, 0, cup.top_z_mm - 0.05), out, 1.0));
  }
  // The chain's way through the bail is open: no metal within the opening's radius of its axis.
  const geometry::Torus& bail = model.pendant->bail;
  CHECK(bail.major_mm - bail.minor_mm == doctest::Approx(geometry::kBailOpeningMm / 2));
  for (int i = 0; i <= 20; ++i) {
    for (int j = 0; j < 12; ++j) {
      const double x = -3 + 0.3 * i, angle = 2 * M_PI * j / 12;
      const glm::dvec3 p = bail.centre + glm::dvec3(x, 0.95 * geometry::kBailOpeningMm / 2 * std::cos(angle),
                                                    0.95 * geometry::kBailOpeningMm / 2 * std::sin(angle));
      CHECK(model.metal.distance(p) > 0);
    }
  }
}

}  // namespace

TEST_CASE("ellipse distance: exact against a brute-force search, inside and out, on the axes too") {
  const glm::dvec2 shapes[] = {{7, 5}, {5, 7}, {3.25, 3.25}, {8, 0.6}};
  double worst = 0;
  for (const glm::dvec2 r : shapes) {
    for (int i = 0; i < 40; ++i) {
      for (int j = 0; j < 40; ++j) {
        const glm::dvec2 p(-10 + 0.5 * i, -10 + 0.5 * j);
        worst = std::max(worst, std::fabs(geometry::ellipse_signed_distance(p, r) - reference_ellipse_distance(p, r)));
      }
    }
  }
  CHECK(worst < 1e-9);
  CHECK(geometry::ellipse_signed_distance({0, 0}, {7, 5}) == doctest::Approx(-5));
  CHECK(geometry::ellipse_signed_distance({9, 0}, {7, 5}) == doctest::Approx(2));
}

TEST_CASE("pendant: the spec's jadeite cabochon in 足金 builds one closed shell in a bezel cup with a fixed bail") {
  const spec::Design design = read_test_spec("spec-example-jadeite-pendant.facet.json");
  check_pendant_invariants(design);
  // A cabochon rests on the floor ring: its flat base is over metal all round, and the opening
  // behind it lets light through the middle.
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  CHECK(!metal_along(model.metal, {0, 0, 0}, {0, 0, -1}, 5.0));
  CHECK(model.pendant->cup.top_z_mm > 0.5);  // the wall stands past the girdle, to be burnished over
}

TEST_CASE("pendant: the template, a 6.5 mm round diamond in a bezel, and a 1 ct round in Pt950") {
  check_pendant_invariants(*spec::default_design("pendant_solitaire"));
  check_pendant_invariants(read_test_spec("pendant-round-bezel-pt950.facet.json"));
  // The culet stays inside the cup, off the skin.
  const spec::Design design = read_test_spec("pendant-round-bezel-pt950.facet.json");
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  CHECK(model.pendant->stone.stone.culet_z_mm > model.pendant->cup.bottom_z_mm + 0.5);
}

TEST_CASE("pendant: what is not built yet stays refused with its path") {
  spec::Design hidden = *spec::default_design("pendant_solitaire");
  hidden.piece.pendant->bail = "hidden";
  REQUIRE(unbuilt_features(hidden).size() == 1);
  CHECK(unbuilt_features(hidden)[0].path == "piece.pendant.bail");
  CHECK(build_piece(hidden).metal.positions.empty());
  spec::Design prongs = *spec::default_design("pendant_solitaire");
  prongs.piece.stones[0].setting = {"prong", 4, 0.9};
  REQUIRE(unbuilt_features(prongs).size() == 1);
  CHECK(unbuilt_features(prongs)[0].path == "piece.stones[0]");
  spec::Design princess = *spec::default_design("pendant_solitaire");
  princess.piece.stones[0].cut = "princess";
  CHECK(unbuilt_features(princess).size() == 1);
  CHECK(!unbuilt_features(*spec::default_design("pendant_halo")).empty());
}

TEST_CASE("pendant: the preview is the cup and the bail as two closed shells, on the production surface") {
  const spec::Design design = read_test_spec("spec-example-jadeite-pendant.facet.json");
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  const geometry::Mesh preview = geometry::preview_metal(model);
  const geometry::Topology topology = geometry::check_topology(preview);
  CHECK(topology.closed_and_oriented());
  CHECK(topology.components == 2);
  // Every vertex on the exact surface, but near the bail, where the fillet fills the corner (a
  // cabochon's cup has no seat cut for the preview to leave out).
  double worst = 0;
  size_t checked = 0;
  for (const glm::dvec3& v : preview.positions) {
    if (geometry::torus_distance(model.pendant->bail, v) < 0.5) continue;
    worst = std::max(worst, std::fabs(model.metal.distance(v)));
    ++checked;
  }
  CHECK(checked > 500);
  CHECK(worst < 0.05);
  // Both shells together hold the production volume, less the fillets, plus the bail's foot that
  // the cup's wall also holds.
  const double production = geometry::signed_volume_mm3(build_piece(design).metal);
  CHECK(geometry::signed_volume_mm3(preview) == doctest::Approx(production).epsilon(0.03));
}
