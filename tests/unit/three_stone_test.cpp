// Three- and five-stone rings: side heads down the shoulders, each clear of the head before it by
// the layout's rules, the whole metal one closed shell, and the checks judging between heads.
#include <doctest/doctest.h>

#include <glm/geometric.hpp>

#include <cmath>
#include <string>

#include "core/checks/checks.hpp"
#include "core/facet_core.hpp"
#include "core/geometry/deviation.hpp"
#include "core/geometry/head_layout.hpp"
#include "core/geometry/piece_model.hpp"
#include "core/geometry/self_intersection.hpp"
#include "shell_checks.hpp"
#include "test_data.hpp"

using namespace facet;
using facet::test::find_rule;

namespace {

double angle_from_top(const geometry::ProngHead& head) {
  const glm::dvec3 p = head.stone.placement.position;
  return std::atan2(-p.x, p.y);  // positive towards -X, as turn_about_ring_axis turns
}

}  // namespace

TEST_CASE("three-stone: a centre and a mirrored pair of side heads, each just clear of the centre") {
  const spec::Design design = *spec::default_design("three_stone");
  REQUIRE(unbuilt_features(design).empty());
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  REQUIRE(model.heads.size() == 3);
  const geometry::ProngHead &centre = model.heads[0], &left = model.heads[1], &right = model.heads[2];
  CHECK(centre.stone.label() == "center");
  CHECK(left.stone.label() == "sides 1");
  CHECK(right.stone.label() == "sides 2");
  CHECK(angle_from_top(centre) == doctest::Approx(0.0));
  const double angle = angle_from_top(left);
  CHECK(angle > 0.2);   // down the shoulder (radians) ...
  CHECK(angle < 0.8);   // ... but still on top of the finger
  CHECK(angle_from_top(right) == doctest::Approx(-angle));
  // Mirror images across the YZ plane.
  const glm::dvec3 l = left.stone.placement.position, r = right.stone.placement.position;
  CHECK(l.x == doctest::Approx(-r.x));
  CHECK(l.y == doctest::Approx(r.y));
  CHECK(l.z == doctest::Approx(r.z));

  // The layout's rules hold at the angle it chose, and a little nearer they do not: it is as
  // close as they allow.
  for (const geometry::ProngHead* side : {&left, &right}) {
    const geometry::HeadClearance c = geometry::head_clearance(centre, *side);
    CHECK(c.claw_gap_mm >= geometry::kHeadClawGapMm);
    CHECK(c.stone_gap_mm >= geometry::kSideStoneGapMm);
    CHECK(c.stone_to_metal_mm >= geometry::kSideStoneGapMm);
  }
  geometry::ProngHead nearer = left;
  geometry::turn_about_ring_axis(nearer, -0.01);
  const geometry::HeadClearance tight = geometry::head_clearance(centre, nearer);
  CHECK((tight.claw_gap_mm < geometry::kHeadClawGapMm || tight.stone_gap_mm < geometry::kSideStoneGapMm ||
         tight.stone_to_metal_mm < geometry::kSideStoneGapMm));

  // No stone reaches into any metal: every vertex of every stone lies outside the field.
  for (const geometry::PlacedStone& stone : model.stones()) {
    CAPTURE(stone.label());
    double deepest = 1e9;
    for (const glm::dvec3& v : stone.world_mesh().positions) deepest = std::min(deepest, model.metal.distance(v));
    CHECK(deepest > 0.0);
    // ... and every culet clears the finger.
    const glm::dvec3 culet = stone.placement.apply({0, 0, stone.stone.culet_z_mm});
    CHECK(std::hypot(culet.x, culet.y) - model.band->inner_radius_mm() >= 0.5);
  }
}

TEST_CASE("three-stone: one closed shell within tolerance, every check passes, files per stone") {
  const spec::Design design = *spec::default_design("three_stone");
  const BuiltPiece built = build_piece(design);
  const geometry::Topology topology = geometry::check_topology(built.metal);
  CHECK(topology.closed_and_oriented());
  CHECK(topology.components == 1);
  CHECK(built.metal.triangle_count() <= 400000);  // issue #4's cap, after simplification
  const geometry::SelfIntersections crossings = geometry::self_intersections(built.metal);
  CHECK(crossings.crossing_pairs == 0);
  CHECK(crossings.uncertain_pairs == 0);
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  const geometry::Deviation deviation = geometry::surface_deviation(
      built.metal, [&](const glm::dvec3& p) { return model.metal.distance(p); }, model.metal.bounds(), 0.2);
  CAPTURE(deviation.max_mm);
  CHECK(deviation.mean_mm < 0.001);
  CHECK(deviation.max_mm <= geometry::kProductionBoundMm);

  for (const checks::Check& check : built.checks) {
    CAPTURE(check.message);
    CHECK(check.status == checks::Status::pass);
  }
  // One line per rule, the stones' gap among them, judged on the side pair's own prongs too.
  const checks::Check* gap = find_rule(built.checks, "stone_gap");
  REQUIRE(gap != nullptr);
  CHECK(gap->value >= geometry::kSideStoneGapMm);
  size_t prong_gaps = 0;
  for (const checks::Check& check : built.checks) prong_gaps += check.rule == "prong_gap";
  CHECK(prong_gaps == 1);

  REQUIRE(built.stones.size() == 3);
  CHECK(stone_file_name(built, 0) == "stone-center.stl");
  CHECK(stone_file_name(built, 1) == "stone-sides-1.stl");
  CHECK(stone_file_name(built, 2) == "stone-sides-2.stl");
  const spec::Json report = piece_report(built);
  CHECK(report["stones"][1]["count"] == 2);
  CHECK(report["metal"]["volume_mm3"].get<double>() == doctest::Approx(geometry::signed_volume_mm3(built.metal)).epsilon(0.001));
}

TEST_CASE("five-stone: a second side pair goes further down the shoulder, clear of the first") {
  spec::Design design = *spec::default_design("three_stone");
  spec::StoneGroup outer = design.piece.stones[1];
  outer.id = "outer";
  outer.size = {};
  outer.size.diameter_mm = 3.0;
  outer.setting.prong_diameter_mm = 0.8;
  design.piece.stones.push_back(outer);
  REQUIRE(unbuilt_features(design).empty());
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  REQUIRE(model.heads.size() == 5);
  CHECK(angle_from_top(model.heads[3]) > angle_from_top(model.heads[1]) + 0.1);
  const geometry::HeadClearance c = geometry::head_clearance(model.heads[1], model.heads[3]);
  CHECK(c.claw_gap_mm >= geometry::kHeadClawGapMm);
  CHECK(c.stone_gap_mm >= geometry::kSideStoneGapMm);
}

TEST_CASE("checks between heads fire when two stones are pushed together") {
  const spec::Design design = *spec::default_design("three_stone");
  geometry::PieceModel model = geometry::piece_model(design.piece);
  // Swing the first side head 40% nearer the centre: the claws close in and the stones overlap.
  geometry::turn_about_ring_axis(model.heads[1], -0.4 * angle_from_top(model.heads[1]));
  const std::vector<checks::Check> all = checks::run_checks(design.piece, model, geometry::Mesh{});
  const checks::Check* claws = find_rule(all, "prong_gap");
  const checks::Check* stones = find_rule(all, "stone_gap");
  REQUIRE(claws != nullptr);
  REQUIRE(stones != nullptr);
  CHECK(claws->status == checks::Status::fail);
  CHECK(stones->status == checks::Status::fail);
  CHECK(stones->value < 0.0);  // overlapping
  CHECK(stones->where.stone == "center");
}

// A halo three-stone: the side heads stand clear of the halo round the centre (its stones, frame,
// beads and ties), not of the centre head alone, by the same rules; the checks judge it.
TEST_CASE("halo three-stone: the side heads clear the halo by the layout's rules, one passing shell") {
  const spec::Design design = test::read_test_spec("halo-three-stone-sapphire-pt950.facet.json");
  REQUIRE(unbuilt_features(design).empty());
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  REQUIRE(model.halo);
  REQUIRE(model.heads.size() == 3);
  const geometry::PlacedParts halo = geometry::halo_parts(*model.halo);
  CHECK(halo.stones.size() == 17);
  for (const geometry::ProngHead* side : {&model.heads[1], &model.heads[2]}) {
    const geometry::HeadClearance c = geometry::head_clearance(*side, halo);
    CHECK(c.claw_gap_mm >= geometry::kHeadClawGapMm);
    CHECK(c.stone_gap_mm >= geometry::kSideStoneGapMm);
    CHECK(c.stone_to_metal_mm >= geometry::kSideStoneGapMm);
  }
  // The halo pushes them further down the shoulder than the centre alone does, and a little
  // nearer they would not clear it.
  spec::Design plain = design;
  plain.piece.stones.erase(plain.piece.stones.begin() + 1);
  const geometry::PieceModel without = geometry::piece_model(plain.piece);
  CHECK(angle_from_top(model.heads[1]) > angle_from_top(without.heads[1]) + 0.05);
  geometry::ProngHead nearer = model.heads[1];
  geometry::turn_about_ring_axis(nearer, -0.01);
  const geometry::HeadClearance tight = geometry::head_clearance(nearer, halo);
  CHECK((tight.claw_gap_mm < geometry::kHeadClawGapMm || tight.stone_gap_mm < geometry::kSideStoneGapMm ||
         tight.stone_to_metal_mm < geometry::kSideStoneGapMm));

  const BuiltPiece built = build_piece(design);
  test::check_one_passing_shell(model, built);
  CHECK(built.stones.size() == 20);
}

TEST_CASE("halo three-stone: checks fire when the side heads are laid out as if there were no halo") {
  const spec::Design design = test::read_test_spec("halo-three-stone-sapphire-pt950.facet.json");
  geometry::PieceModel model = geometry::piece_model(design.piece);
  spec::Design plain = design;
  plain.piece.stones.erase(plain.piece.stones.begin() + 1);
  const geometry::PieceModel without = geometry::piece_model(plain.piece);
  // Clear of the centre head, as far as a plain three-stone's; but into the halo.
  model.heads[1] = without.heads[1], model.heads[2] = without.heads[2];
  const std::vector<checks::Check> all = checks::run_checks(design.piece, model, geometry::Mesh{});
  const checks::Check* claws = find_rule(all, "prong_gap");
  const checks::Check* stones = find_rule(all, "stone_gap");
  REQUIRE(claws != nullptr);
  REQUIRE(stones != nullptr);
  CAPTURE(claws->message);
  CAPTURE(stones->message);
  CHECK(stones->status == checks::Status::fail);
  CHECK(stones->message.find("halo") != std::string::npos);
  CHECK((stones->where.stone == "sides 1" || stones->where.stone == "sides 2"));
}
