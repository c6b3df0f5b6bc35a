// Channel-set rows along the shank: stones sunk in a slot between two rails, each girdle held in
// a groove under a lip; an eternity band all the way round. One closed shell, no crossings,
// checks that fire when the rails are thin or the stones crowd.
#include <doctest/doctest.h>

#include <glm/geometric.hpp>

#include <cmath>

#include "core/catalog/casting_limits.hpp"
#include "core/catalog/ring_sizes.hpp"
#include "core/facet_core.hpp"
#include "core/geometry/piece_model.hpp"
#include "core/spec/style_defaults.hpp"
#include "shell_checks.hpp"
#include "test_data.hpp"

using namespace facet;
using facet::test::find_rule;

namespace {

// The angle of a stone's centre from the top, + towards +X (as the spec counts).
double angle_deg(const geometry::PlacedStone& stone) {
  const glm::dvec3 p = stone.placement.position;
  return std::atan2(p.x, p.y) * 180.0 / 3.14159265358979323846;
}

// A point in a stone's frame: x across the band, y along it, z up from the girdle's middle.
glm::dvec3 stone_point(const geometry::PlacedStone& stone, double x, double y, double z) { return stone.placement.apply({x, y, z}); }

}  // namespace

TEST_CASE("channel: the eternity template is built all round, stones evenly spaced, one clean shell passing every check") {
  const spec::Design design = *spec::default_design("eternity");
  REQUIRE(unbuilt_features(design).empty());
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  REQUIRE(model.pave_rows.size() == 1);
  const geometry::PaveRow& row = model.pave_rows[0];
  CHECK(row.setting == geometry::RowSetting::channel);
  CHECK(row.beads.empty());  // the rails hold the stones
  REQUIRE(row.stones.size() == 31);
  // The template asks for what the ring holds packed.
  CHECK(geometry::pave_row_capacity(design.piece, design.piece.stones[0]) == 31);
  // Evenly round the ring, the join included.
  const double step = 360.0 / 31;
  for (size_t i = 0; i < row.stones.size(); ++i) {
    double d = angle_deg(row.stones[(i + 1) % row.stones.size()]) - angle_deg(row.stones[i]);
    if (d < 0) d += 360.0;
    CHECK(d == doctest::Approx(step).epsilon(1e-9));
  }
  CHECK(row.stone_gap_mm >= catalog::kMinStoneGapMm);
  CHECK(row.stone_gap_mm < 0.2);  // packed, as a channel is

  const BuiltPiece built = build_piece(design);
  test::check_one_passing_shell(model, built);
  REQUIRE(find_rule(built.checks, "channel_rail") != nullptr);
  REQUIRE(find_rule(built.checks, "stone_gap") != nullptr);
  CHECK(find_rule(built.checks, "bead_grip") == nullptr);
  CHECK(built.stones.size() == 31);
}

TEST_CASE("channel: each stone sits under the rails' top, its girdle held by a lip either side, the slot open between") {
  const spec::Design design = *spec::default_design("eternity");
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  const geometry::PaveRow& row = model.pave_rows[0];
  const geometry::BandShape& band = *model.band;
  auto metal = [&](const glm::dvec3& p) { return model.metal.distance(p); };
  for (const geometry::PlacedStone& stone : row.stones) {
    const geometry::Stone& s = stone.stone;
    const double r = s.width_mm / 2;
    // The table under the crest, by at least the rails' margin.
    const glm::dvec3 table = stone_point(stone, 0, 0, s.table_z_mm);
    const double crest = band.inner_radius_mm() + band.thickness_mm;
    CHECK(glm::length(table) <= crest - geometry::kChannelTableUnderCrestMm + 1e-9);
    CHECK(glm::length(table) > crest - 0.2);
    // Metal over the girdle's edge (the lip), 0.1 mm in from it and 0.15 mm above the girdle; none
    // at the same height 0.05 mm inside the lip's edge, nor over the table.
    for (const double side : {-1.0, 1.0}) {
      CHECK(metal(stone_point(stone, side * (r - 0.1), 0, s.girdle_top_z_mm + 0.15)) < 0);
      CHECK(metal(stone_point(stone, side * (r - geometry::kChannelLipMm - 0.05), 0, s.girdle_top_z_mm + 0.15)) > 0);
    }
    CHECK(metal(table + glm::normalize(table) * 0.01) > 0);
    // The stone is clear of the metal by its seat's clearance (sampled on its girdle).
    for (int k = 0; k < 16; ++k) {
      const double a = 2 * 3.14159265358979323846 * k / 16;
      CHECK(metal(stone_point(stone, r * std::cos(a), r * std::sin(a), 0)) > 0.01);
    }
  }
}

TEST_CASE("channel: a half eternity of princess stones ends in walls that hold the end stones, in one clean shell") {
  const spec::Design design = test::read_test_spec("band-channel-princess-pt950.facet.json");
  REQUIRE(unbuilt_features(design).empty());
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  const geometry::PaveRow& row = model.pave_rows.at(0);
  REQUIRE(row.stones.size() == 10);
  const BuiltPiece built = build_piece(design);
  // Within the production bound since refinement takes 8 rounds (0.011 mm after 6, where a
  // princess seat's corner meets the end wall's groove).
  test::check_one_passing_shell(model, built);
  // Past each end stone's girdle, a lip of the end wall over it; none over the next stone in.
  auto metal = [&](const glm::dvec3& p) { return model.metal.distance(p); };
  const geometry::PlacedStone& first = row.stones.front();
  const geometry::PlacedStone& last = row.stones.back();
  const double half = first.stone.width_mm / 2, over = first.stone.girdle_top_z_mm + 0.15;
  CHECK(metal(stone_point(first, 0, -(half - 0.1), over)) < 0);
  CHECK(metal(stone_point(last, 0, half - 0.1, over)) < 0);
  CHECK(metal(stone_point(first, 0, half - 0.1, over)) > 0);  // towards its neighbour: open
  // The preview sweeps the slot over the row's span only: the band outside it keeps its top.
  const geometry::Mesh preview = geometry::preview_metal(model);
  CHECK(geometry::check_topology(preview).closed_and_oriented());
}

TEST_CASE("channel: the preview band has the slot, no metal above the floor between the rails") {
  const spec::Design design = *spec::default_design("eternity");
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  const geometry::PaveRow& row = model.pave_rows[0];
  REQUIRE(row.channel.has_value());
  const geometry::Mesh preview = geometry::preview_metal(model);
  CHECK(geometry::check_topology(preview).closed_and_oriented());
  const double crest = model.band->inner_radius_mm() + model.band->thickness_mm;
  const double floor = crest - row.channel->depth_mm;
  size_t in_slot = 0, on_floor = 0;
  for (const glm::dvec3& p : preview.positions) {
    const double radius = std::sqrt(p.x * p.x + p.y * p.y);
    if (std::fabs(p.z) < row.channel->half_width_mm - 1e-9 && radius > floor + 1e-9) ++in_slot;
    if (std::fabs(radius - floor) < 1e-9) ++on_floor;
  }
  CHECK(in_slot == 0);
  CHECK(on_floor > 100);
  // The floor is under every stone's girdle, and the stones' crowns stand in the slot.
  for (const geometry::PlacedStone& stone : row.stones)
    CHECK(glm::length(stone.placement.apply({0, 0, stone.stone.girdle_bottom_z_mm})) > floor);
}

TEST_CASE("channel: checks fire on thin rails and crowded stones; a pavé row is unchanged by the setting it does not have") {
  spec::Design design = *spec::default_design("eternity");
  SUBCASE("a band too narrow for the stones leaves thin rails") {
    design.piece.shank->width_mm = design.piece.shank->top_width_mm = 3.0;
    const BuiltPiece built = build_piece(design);
    const checks::Check* rail = find_rule(built.checks, "channel_rail");
    REQUIRE(rail != nullptr);
    CHECK(rail->status == checks::Status::fail);
    CHECK(rail->value == doctest::Approx(1.5 - 0.9 - geometry::kSeatClearanceMm));
    CHECK(rail->where.stone == "eternity");
  }
  SUBCASE("more stones than the ring holds overlap") {
    design.piece.stones[0].count = 34;
    const geometry::PieceModel model = geometry::piece_model(design.piece);
    const std::vector<checks::Check> all = checks::run_checks(design.piece, model, {});
    const checks::Check* gap = find_rule(all, "stone_gap");
    REQUIRE(gap != nullptr);
    CHECK(gap->status == checks::Status::fail);
    CHECK(gap->value < 0);
  }
  SUBCASE("a smaller ring holds fewer") {
    design.piece.size->value = 8;
    design.piece.size->circumference_mm = catalog::circumference_from_size(design.piece.size->system, 8);
    CHECK(geometry::pave_row_capacity(design.piece, design.piece.stones[0]) < 31);
  }
}
