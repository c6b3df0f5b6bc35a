// Property test (issue #4's "randomised specs over parameter ranges"): designs drawn at random
// from every style's ranges (metal, finger size, shank profile and proportions, stone size, prong
// count), each built as the CLI builds it, must give one closed, oriented shell that does not cross
// itself, near its exact surface. The seed is fixed, so a failure names a design that can be built
// again (it is printed).
//
// Within the 0.01 mm every style and example spec keeps. Two of these were at 0.0114 and 0.0155 mm
// (where a halo's beads meet its frame) until refine judged the field's values by its slope
// (refine.cpp, distance_estimate): there the field reads a quarter of the distance.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>

#include "core/facet_core.hpp"
#include "core/catalog/ring_sizes.hpp"
#include "core/geometry/bezel_setting.hpp"
#include "core/geometry/halo.hpp"
#include "core/geometry/piece_model.hpp"
#include "shell_checks.hpp"

using namespace facet;

namespace {

// std::mt19937_64's sequence is fixed by the standard; the distributions are not, so the mapping
// to a range is done here.
struct Draw {
  std::mt19937_64 engine;
  double uniform(double lo, double hi) { return lo + (hi - lo) * double(engine() >> 11) * 0x1.0p-53; }
  template <typename T, size_t N>
  const T& pick(const std::array<T, N>& items) { return items[engine() % N]; }
};

void scale_stone(spec::StoneGroup& stone, double factor) {
  for (std::optional<double>* mm : {&stone.size.diameter_mm, &stone.size.length_mm, &stone.size.width_mm})
    if (mm->has_value()) **mm *= factor;
}

spec::Design random_design(const std::string& style, Draw& draw) {
  spec::Design design = *spec::default_design(style);
  spec::Piece& piece = design.piece;
  struct Alloy {
    const char *alloy, *color;
  };
  const Alloy metal = draw.pick(std::array<Alloy, 6>{{{"Au750", "yellow"}, {"Au750", "white"}, {"Au750", "rose"}, {"Au585", "yellow"}, {"Pt950", ""}, {"S925", ""}}});
  piece.metal.alloy = metal.alloy;
  piece.metal.color = metal.color;
  if (piece.size) {
    piece.size->system = catalog::SizeSystem::hk;
    piece.size->value = double(8 + draw.engine() % 15);  // HK 8-22
  }
  if (piece.shank && style != "eternity" && style != "signet") {
    spec::Shank& shank = *piece.shank;
    shank.profile = draw.pick(std::array<std::string, 6>{"flat", "comfort", "d_shape", "court", "knife_edge", "square"});
    const double wider = draw.uniform(1.0, 1.3), thicker = draw.uniform(0.95, 1.2);
    shank.width_mm *= wider, shank.top_width_mm *= wider;
    shank.thickness_mm *= thicker, shank.top_thickness_mm *= thicker;
  }
  for (spec::StoneGroup& stone : piece.stones) {
    if (stone.role != "center" && stone.role != "side") continue;
    scale_stone(stone, draw.uniform(0.85, 1.2));
    if (stone.setting.type == "prong" && stone.cut == "round") stone.setting.prongs = draw.pick(std::array<int, 3>{3, 4, 6});
  }
  return design;
}

// The design through its spec text, as a factory gets it (validated, its derived values filled),
// which must be one this version builds; `text` keeps the text for the failure's message.
spec::Design through_text(const spec::Design& design, std::string& text) {
  text = spec::design_to_json(design).dump();
  const spec::ParseResult parsed = spec::parse_design(text);
  REQUIRE(parsed.design.has_value());
  REQUIRE(unbuilt_features(*parsed.design).empty());
  return *parsed.design;
}

}  // namespace

TEST_CASE("property: random designs of every style build one clean shell within the production bound") {
  Draw draw{std::mt19937_64(20261124)};
  const std::array<std::string, 9> styles = {"band", "solitaire", "three_stone", "halo", "eternity", "signet", "pendant_solitaire", "pendant_halo", "stud"};
  int built = 0, refused = 0;
  for (int round = 0; round < 2; ++round)
    for (const std::string& style : styles) {
      const spec::Design drawn = random_design(style, draw);
      // Through the spec's text, as a factory would get it: validated and its derived values filled.
      const std::string text = spec::design_to_json(drawn).dump();
      const spec::ParseResult parsed = spec::parse_design(text);
      if (!parsed.design || !unbuilt_features(*parsed.design).empty()) {
        ++refused;  // a combination the spec refuses (with a message: spec_test's business)
        continue;
      }
      CAPTURE(text);
      const geometry::PieceModel model = geometry::piece_model(parsed.design->piece);
      const geometry::Mesh metal = geometry::production_metal(model);
      REQUIRE(metal.triangle_count() > 0);
      test::check_one_clean_shell(model, metal);
      ++built;
    }
  CAPTURE(refused);
  CHECK(built >= 14);  // of 18: the ranges are ones the spec accepts
}

// The settings the templates do not start from: a ring's bezel (round, oval or cabochon, up to
// the widest the finger takes) and pearls on a peg (a stud, a pendant and a ring, seed pearls to
// South Sea sizes). Their own seed, so the draws above stay as they were.
TEST_CASE("property: random bezel rings and pearls build one clean shell within the production bound") {
  Draw draw{std::mt19937_64(20261125)};
  int built = 0;
  for (int round = 0; round < 3; ++round) {
    spec::Design ring = random_design("solitaire", draw);
    spec::StoneGroup& centre = ring.piece.stones[0];
    centre.setting = {"bezel", 0, 0};
    centre.cut = draw.pick(std::array<std::string, 3>{"round", "oval", "cabochon"});
    if (centre.cut == "cabochon") centre.gem = draw.pick(std::array<std::string, 3>{"jadeite", "sapphire", "ruby"});
    const geometry::BandShape band = geometry::band_shape(*ring.piece.shank, catalog::circumference_from_size(catalog::SizeSystem::hk, ring.piece.size->value));
    const double width = draw.uniform(4.0, geometry::ring_bezel_max_width_mm(band));
    centre.size = {};
    if (centre.cut == "round") centre.size.diameter_mm = width;
    else centre.size.length_mm = width * draw.uniform(1.0, 1.4), centre.size.width_mm = width;

    spec::Design pearl = random_design(std::array<std::string, 3>{"stud", "pendant_solitaire", "solitaire"}[size_t(round)], draw);
    pearl.piece.stones[0].gem = "pearl", pearl.piece.stones[0].cut = "bead", pearl.piece.stones[0].setting = {"peg", 0, 0};
    pearl.piece.stones[0].size = {draw.uniform(4.0, 13.0), std::nullopt, std::nullopt, std::nullopt};
    pearl.piece.stones[0].grade.reset();

    for (const spec::Design& drawn : {ring, pearl}) {
      const std::string text = spec::design_to_json(drawn).dump();
      CAPTURE(text);
      const spec::ParseResult parsed = spec::parse_design(text);
      REQUIRE(parsed.design.has_value());
      REQUIRE(unbuilt_features(*parsed.design).empty());
      const geometry::PieceModel model = geometry::piece_model(parsed.design->piece);
      const geometry::Mesh metal = geometry::production_metal(model);
      REQUIRE(metal.triangle_count() > 0);
      test::check_one_clean_shell(model, metal);
      ++built;
    }
  }
  CHECK(built == 6);
}

// Halos round bezels (a ring's and a pendant's): the centre drawn as above, the halo's stones
// 1.0-1.5 mm, as many as its ring holds at a setter's spacing. Their own seed.
//
// One of these (a sapphire cabochon ring at HK 22, 27 x 1.13 mm) was at 0.0155 mm where two beads
// meet the frame between two seats, now 0.0080 (see the top of this file). Its first draw was at
// 0.0133 mm on the cup's bottom edge, where the collar's fillet reached it: the halo now rises
// clear of the floor (kHaloFrameOverFloorMm), which fixed that one.
TEST_CASE("property: random halos round bezels build one clean shell within the production bound") {
  Draw draw{std::mt19937_64(20261126)};
  int built = 0;
  for (int round = 0; round < 4; ++round) {
    spec::Design design = random_design(round % 2 == 0 ? "halo" : "pendant_halo", draw);
    spec::StoneGroup& centre = design.piece.stones[0];
    centre.setting = {"bezel", 0, 0};
    centre.cut = draw.pick(std::array<std::string, 3>{"round", "oval", "cabochon"});
    if (centre.cut == "cabochon") centre.gem = draw.pick(std::array<std::string, 3>{"jadeite", "sapphire", "ruby"});
    double widest = 12.0;
    if (design.piece.shank)
      widest = geometry::ring_bezel_max_width_mm(
          geometry::band_shape(*design.piece.shank, catalog::circumference_from_size(catalog::SizeSystem::hk, design.piece.size->value)));
    const double width = draw.uniform(4.0, std::min(widest, 10.0));
    const double length = centre.cut == "round" ? width : width * draw.uniform(1.0, 1.4);
    centre.size = {};
    if (centre.cut == "round") centre.size.diameter_mm = width;
    else centre.size.length_mm = length, centre.size.width_mm = width;
    spec::StoneGroup& halo = design.piece.stones[1];
    const double d = draw.uniform(1.0, 1.5);
    halo.size = {};
    halo.size.diameter_mm = d;
    // Ramanujan's perimeter of the stones' ring, at a pitch of the stone and 0.3 mm.
    const double a = length / 2 + geometry::kSeatClearanceMm + geometry::kBezelWallMm + geometry::kHaloGapToProngsMm + d / 2;
    const double b = width / 2 + geometry::kSeatClearanceMm + geometry::kBezelWallMm + geometry::kHaloGapToProngsMm + d / 2;
    const double perimeter = M_PI * (3 * (a + b) - std::sqrt((3 * a + b) * (a + 3 * b)));
    halo.count = int(perimeter / (d + 0.3));

    std::string text;
    CAPTURE(text);
    const geometry::PieceModel model = geometry::piece_model(through_text(design, text).piece);
    REQUIRE(model.halo.has_value());
    const geometry::Mesh metal = geometry::production_metal(model);
    REQUIRE(metal.triangle_count() > 0);
    test::check_one_clean_shell(model, metal);
    ++built;
  }
  CHECK(built == 4);
}

// Halo three-stones: a random three-stone (centre and sides of random sizes and prongs) with a
// random halo round its centre, as many stones as its ring holds at a pitch of the stone and
// 0.3 mm. The side heads must clear the halo by the layout's rules, and the metal be one clean
// shell. Their own seed.
TEST_CASE("property: random halo three-stones keep the sides clear of the halo, one clean shell") {
  Draw draw{std::mt19937_64(20261124 + 3)};
  for (int round = 0; round < 3; ++round) {
    spec::Design design = random_design("three_stone", draw);
    const spec::StoneGroup& centre = design.piece.stones[0];
    spec::StoneGroup halo = (*spec::default_design("halo")).piece.stones[1];
    const double d = draw.uniform(1.0, 1.4);
    halo.size = {};
    halo.size.diameter_mm = d;
    const double radius = centre.size.diameter_mm.value_or(6.0) / 2 + centre.setting.prong_diameter_mm + geometry::kHaloGapToProngsMm + d / 2;
    halo.count = int(2 * M_PI * radius / (d + 0.3));
    design.piece.stones.insert(design.piece.stones.begin() + 1, halo);

    std::string text;
    CAPTURE(text);
    const geometry::PieceModel model = geometry::piece_model(through_text(design, text).piece);
    REQUIRE(model.halo.has_value());
    REQUIRE(model.heads.size() == 3);
    const geometry::PlacedParts parts = geometry::halo_parts(*model.halo);
    for (size_t i = 1; i < 3; ++i) {
      const geometry::HeadClearance c = geometry::head_clearance(model.heads[i], parts);
      CHECK(c.claw_gap_mm >= geometry::kHeadClawGapMm);
      CHECK(c.stone_gap_mm >= geometry::kSideStoneGapMm);
      CHECK(c.stone_to_metal_mm >= geometry::kSideStoneGapMm);
    }
    const geometry::Mesh metal = geometry::production_metal(model);
    REQUIRE(metal.triangle_count() > 0);
    test::check_one_clean_shell(model, metal);
  }
}
