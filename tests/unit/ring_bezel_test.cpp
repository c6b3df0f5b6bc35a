// A ring's centre stone in a bezel cup: a jadeite cabochon (翡翠蛋面戒指) and a round diamond,
// alone or with a pavé row down the shoulders. The cup stands on the shank and reaches into it, the
// stone sits where a prong head's would, and a row along the shank keeps clear of the cup.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "core/facet_core.hpp"
#include "core/geometry/bezel_setting.hpp"
#include "core/geometry/pave.hpp"
#include "core/geometry/piece_model.hpp"
#include "core/spec/spec_io.hpp"
#include "shell_checks.hpp"
#include "test_data.hpp"

using namespace facet;

namespace {

// One passing shell, the stone clear of the metal and touching its seat or floor, and the cup
// carried by the shank: its floor ring's foot, across the finger, lies `into_shank_mm` in the shank
// at least.
geometry::PieceModel check_ring_bezel(const spec::Design& design, double into_shank_mm = 0.3) {
  REQUIRE(unbuilt_features(design).empty());
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  REQUIRE(model.bezel.has_value());
  REQUIRE(model.band.has_value());
  CHECK(model.heads.empty());
  const BuiltPiece built = build_piece(design);
  test::check_one_passing_shell(model, built);

  const geometry::PlacedStone& stone = model.bezel->stone;
  double clearance = std::numeric_limits<double>::max();
  for (const glm::dvec3& v : stone.world_mesh().positions) clearance = std::min(clearance, model.metal.distance(v));
  CHECK(clearance > 0.0);
  CHECK(clearance < 0.05);
  // The culet (a cabochon's base) kCuletAboveShankMm over the shank's top, as in a prong head.
  const double shank_outer = model.band->inner_radius_mm() + model.band->top_thickness_mm;
  CHECK(stone.placement.apply({0, 0, stone.stone.culet_z_mm}).y == doctest::Approx(shank_outer + geometry::kCuletAboveShankMm));

  // The underside follows a cylinder about the ring's axis, 0.6 mm into the shank's top (flat
  // far out, where that grows steep): the floor ring's foot where it crosses the shank is in it.
  const geometry::BezelCup& cup = model.bezel->cup;
  REQUIRE(cup.floor_radius_mm.has_value());
  const double floor_radius = *cup.floor_radius_mm, flat_y = stone.placement.apply({0, 0, cup.bottom_z_mm}).y;
  CHECK(floor_radius == doctest::Approx(shank_outer - (geometry::kBezelFloorMm - geometry::kCuletAboveShankMm + geometry::kSeatClearanceMm)));
  const double ring_x = cup.outline_mm.y - cup.ledge_mm / 2;  // the middle of the floor ring across the finger
  for (const double side : {-1.0, 1.0}) {
    const glm::dvec3 foot(side * ring_x, std::max(flat_y, std::sqrt(floor_radius * floor_radius - ring_x * ring_x)) + 0.01, 0.0);
    CHECK(cup.distance(foot) < 0.0);
    CHECK(model.metal.bands[0].distance(foot) < -into_shank_mm);
  }
  // Along the finger, past the shank, the cup's underside stays well off the finger.
  CHECK(floor_radius > model.band->inner_radius_mm() + 1.0);
  CHECK(cup.distance({0.0, floor_radius - 0.01, cup.outline_mm.x}) > 0.0);
  // The preview shows the cup as made: as high, as wide, as long.
  const geometry::Bounds shown = geometry::bounds(geometry::preview_metal(model)), made = geometry::bounds(built.metal);
  for (int axis = 0; axis < 3; ++axis) {
    CHECK(std::fabs(shown.min[axis] - made.min[axis]) < 0.05);
    CHECK(std::fabs(shown.max[axis] - made.max[axis]) < 0.05);
  }
  // The checks a ring's head gets: the culet off the finger, the shank under it.
  CHECK(test::find_rule(built.checks, "culet_clearance") != nullptr);
  CHECK(test::find_rule(built.checks, "shank_under_head") != nullptr);
  return model;
}

}  // namespace

TEST_CASE("ring bezel: a jadeite cabochon rests on the floor; a round diamond on its pavilion's seat") {
  const geometry::PieceModel jade = check_ring_bezel(test::read_test_spec("ring-jadeite-cabochon-bezel-au750.facet.json"));
  CHECK(!jade.bezel->seat.has_value());
  CHECK(jade.metal.seats.empty());
  const geometry::PieceModel round = check_ring_bezel(test::read_test_spec("solitaire-round-bezel-au750.facet.json"));
  REQUIRE(round.bezel->seat.has_value());
  CHECK(round.metal.seats.size() == 1);
  // The cabochon's length runs along the finger, as a jade ring's face is worn.
  const glm::dvec3 length = jade.bezel->stone.placement.rotation * glm::dvec3(1, 0, 0);
  CHECK(std::fabs(length.z) == doctest::Approx(1.0));
  // The wall stands past the girdle all round, to be burnished over.
  CHECK(round.bezel->cup.top_z_mm > round.bezel->stone.stone.girdle_top_z_mm + 0.3);
}

TEST_CASE("ring bezel: a pavé row down the shoulders starts clear of the cup") {
  const geometry::PieceModel model = check_ring_bezel(test::read_test_spec("solitaire-bezel-pave-pt950.facet.json"));
  REQUIRE(model.pave_rows.size() == 1);
  REQUIRE(model.pave_rows[0].stones.size() == 12);
  const geometry::BezelCup& cup = model.bezel->cup;
  double nearest = std::numeric_limits<double>::max();
  for (const geometry::PlacedStone& stone : model.pave_rows[0].stones) {
    const glm::dvec3 local = cup.place.to_local(stone.placement.position);
    nearest = std::min(nearest, geometry::ellipse_signed_distance({local.x, local.y}, cup.outer_mm()) - stone.stone.width_mm / 2);
  }
  // Girdle to the cup's wall: near the kPaveClearanceMm a row keeps from a head (the wall's lines
  // are half a stone apart, so a little less between them).
  CHECK(nearest > 0.2);
  CHECK(nearest < 1.0);  // and not pushed far down the shoulder
}

TEST_CASE("ring bezel: too wide for the finger, or with side stones, refused by path; a halo round it is built") {
  spec::Design wide = test::read_test_spec("ring-jadeite-cabochon-bezel-au750.facet.json");
  const geometry::BandShape band = geometry::band_shape(*wide.piece.shank, wide.piece.size->circumference_mm);
  const double widest = geometry::ring_bezel_max_width_mm(band);
  wide.piece.stones[0].size = {std::nullopt, widest + 2.0, widest + 0.1, std::nullopt};
  const auto refused = unbuilt_features(wide);
  REQUIRE(refused.size() == 1);
  CHECK(refused[0].path == "piece.stones[0].size");
  CHECK(refused[0].rule.find("across the finger") != std::string::npos);
  CHECK(build_piece(wide).metal.positions.empty());
  // The widest it takes builds, every check passing: its underside turns flat where the curve
  // would meet the wall in an edge too thin to cast.
  wide.piece.stones[0].size = {std::nullopt, widest + 2.0, widest - 0.01, std::nullopt};
  const geometry::PieceModel widest_model = check_ring_bezel(wide, 0.1);  // the flat part is higher: 0.15 mm in
  CHECK(widest_model.bezel->cup.outer_mm().y > *widest_model.bezel->cup.floor_radius_mm * geometry::kRingBezelMaxUndersideSlopeSin);

  spec::Design halo = *spec::default_design("halo");
  halo.piece.stones[0].setting = {"bezel", 0, 0};
  CHECK(unbuilt_features(halo).empty());  // a halo round a bezel is built (halo_test.cpp)
  spec::Design three = *spec::default_design("three_stone");
  three.piece.stones[0].setting = {"bezel", 0, 0};
  three.piece.stones[0].cut = "round";
  three.piece.stones[0].size = {std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  three.piece.stones[0].size.diameter_mm = 6.0;
  REQUIRE(!unbuilt_features(three).empty());
  CHECK(unbuilt_features(three)[0].path == "piece.stones[1]");
  spec::Design princess = test::read_test_spec("solitaire-round-bezel-au750.facet.json");
  princess.piece.stones[0].cut = "princess";  // a cup follows an elliptical girdle
  princess.piece.stones[0].size = {std::nullopt, 6.0, 6.0, std::nullopt};
  REQUIRE(unbuilt_features(princess).size() == 1);
  CHECK(unbuilt_features(princess)[0].path == "piece.stones[0]");
}
