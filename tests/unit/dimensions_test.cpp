// The measurements drawn on the piece: the spec's values, between points of the piece's surface.
#include <doctest/doctest.h>

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>

#include "core/facet_core.hpp"
#include "core/geometry/dimensions.hpp"
#include "core/spec/style_defaults.hpp"
#include "test_data.hpp"

using namespace facet;

namespace {

const geometry::DimensionLine* find_line(const std::vector<geometry::DimensionLine>& lines, const char* what) {
  auto it = std::find_if(lines.begin(), lines.end(), [&](const geometry::DimensionLine& l) { return l.what == what; });
  return it == lines.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("dimensions: a band's inside diameter, width and thickness are the spec's, between points of its surface") {
  for (const std::string profile : {"flat", "comfort", "d_shape", "court", "knife_edge", "square"}) {
    CAPTURE(profile);
    spec::Design design = *spec::default_design("band");
    design.piece.shank->profile = profile;
    const geometry::PieceModel model = geometry::piece_model(design.piece);
    const std::vector<geometry::DimensionLine> lines = geometry::piece_dimensions(model);
    const geometry::DimensionLine* bore = find_line(lines, "inside_diameter");
    const geometry::DimensionLine* width = find_line(lines, "band_width");
    const geometry::DimensionLine* thickness = find_line(lines, "band_thickness");
    REQUIRE(bore);
    REQUIRE(width);
    REQUIRE(thickness);
    CHECK(bore->diameter);
    CHECK(bore->value_mm == doctest::Approx(design.piece.size->circumference_mm / M_PI).epsilon(1e-12));
    CHECK(width->value_mm == doctest::Approx(design.piece.shank->width_mm));
    CHECK(thickness->value_mm == doctest::Approx(design.piece.shank->thickness_mm));
    for (const geometry::DimensionLine* line : {bore, width, thickness}) {
      CAPTURE(line->what);
      CHECK(glm::length(line->to_mm - line->from_mm) == doctest::Approx(line->value_mm));
      CHECK(std::abs(model.metal.distance(line->from_mm)) < 0.005);
      CHECK(std::abs(model.metal.distance(line->to_mm)) < 0.005);
    }
  }
}

TEST_CASE("dimensions: a signet's face, length along the finger and width across, on the face") {
  const spec::Design design = test::read_test_spec("signet-octagon-monogram-s925.facet.json");
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  const std::vector<geometry::DimensionLine> lines = geometry::piece_dimensions(model);
  const geometry::DimensionLine* length = find_line(lines, "face_length");
  const geometry::DimensionLine* across = find_line(lines, "face_width");
  REQUIRE(length);
  REQUIRE(across);
  CHECK(length->value_mm == doctest::Approx(design.piece.signet->length_mm));
  CHECK(across->value_mm == doctest::Approx(design.piece.signet->width_mm));
  CHECK(std::abs(length->to_mm.z - length->from_mm.z) == doctest::Approx(length->value_mm));  // along the finger
  CHECK(std::abs(across->to_mm.x - across->from_mm.x) == doctest::Approx(across->value_mm));
  // The lines lie in the face: a point of it beside the monogram (7 mm, centred) is on the metal's
  // surface.
  const glm::dvec3 beside = (length->from_mm + length->to_mm) * 0.5 + glm::dvec3(across->value_mm / 2 - 1.2, 0, 0);
  CHECK(std::abs(model.metal.distance(beside)) < 0.005);
  CHECK(find_line(lines, "inside_diameter"));
}

TEST_CASE("dimensions: a centre stone across its girdle, with its length where it is not round") {
  const spec::Design round = test::read_test_spec("solitaire-round-6.facet.json");
  const geometry::PieceModel model = geometry::piece_model(round.piece);
  std::vector<geometry::DimensionLine> lines = geometry::piece_dimensions(model);
  const geometry::DimensionLine* width = find_line(lines, "stone_width");
  REQUIRE(width);
  CHECK(width->diameter);
  CHECK(width->value_mm == doctest::Approx(*round.piece.stones[0].size.diameter_mm));
  CHECK(glm::length((width->from_mm + width->to_mm) * 0.5 - model.heads[0].stone.placement.position) < 1e-9);  // through its centre
  CHECK_FALSE(find_line(lines, "stone_length"));

  const spec::Design oval = test::read_test_spec("solitaire-oval-4-pt950.facet.json");
  lines = geometry::piece_dimensions(geometry::piece_model(oval.piece));
  REQUIRE(find_line(lines, "stone_length"));
  CHECK(find_line(lines, "stone_length")->value_mm == doctest::Approx(*oval.piece.stones[0].size.length_mm));
  CHECK(find_line(lines, "stone_width")->value_mm == doctest::Approx(*oval.piece.stones[0].size.width_mm));
  CHECK_FALSE(find_line(lines, "stone_width")->diameter);
}

TEST_CASE("dimensions: a pendant's height, the cup's bottom to the bail's top, as the mesh measures it") {
  const spec::Design design = *spec::default_design("pendant_solitaire");
  const std::vector<geometry::DimensionLine> lines = geometry::piece_dimensions(geometry::piece_model(design.piece));
  const geometry::DimensionLine* height = find_line(lines, "height");
  REQUIRE(height);
  const geometry::Bounds mesh = geometry::bounds(build_preview_metal(design));
  CHECK(std::abs(height->value_mm - (mesh.max.y - mesh.min.y)) < 0.06);
  CHECK_FALSE(find_line(lines, "inside_diameter"));
}

TEST_CASE("dimensions: a ring's head height, the top of the bore to the top of the table, as the stone's mesh stands") {
  for (const char* file : {"solitaire-round-6.facet.json", "solitaire-oval-4-pt950.facet.json", "halo-oval-18.facet.json",
                           "ring-jadeite-cabochon-bezel-au750.facet.json"}) {
    CAPTURE(file);
    const spec::Design design = test::read_test_spec(file);
    const geometry::PieceModel model = geometry::piece_model(design.piece);
    const std::vector<geometry::DimensionLine> lines = geometry::piece_dimensions(model);
    const geometry::DimensionLine* height = find_line(lines, "head_height");
    REQUIRE(height);
    const geometry::PlacedStone& centre = model.bezel ? model.bezel->stone : model.heads[0].stone;  // a bezel's, or a prong head's
    double top_y = -1e9;
    for (const glm::dvec3& p : centre.stone.mesh.positions) top_y = std::max(top_y, centre.placement.apply(p).y);
    CHECK(height->to_mm.y == doctest::Approx(top_y).epsilon(1e-9));
    CHECK(height->from_mm.y == doctest::Approx(design.piece.size->circumference_mm / (2 * M_PI)).epsilon(1e-12));
    CHECK(height->value_mm == doctest::Approx(height->to_mm.y - height->from_mm.y));
    CHECK(height->to_mm.x == height->from_mm.x);  // upright, beside the head
    CHECK(std::abs(height->to_mm.x) > std::max(centre.stone.width_mm, centre.stone.length_mm) / 2);
    CHECK(height->value_mm > 3.0);
    CHECK(height->value_mm < 12.0);
  }
  // Not on a plain band, a pendant or a stud.
  for (const char* style : {"band", "pendant_solitaire", "stud"}) {
    CAPTURE(style);
    CHECK_FALSE(find_line(geometry::piece_dimensions(geometry::piece_model(spec::default_design(style)->piece)), "head_height"));
  }
}

TEST_CASE("dimensions: one stone of each kind besides the centre: a side stone, a halo stone (the front one), a pavé stone") {
  const spec::Design three = test::read_test_spec("three-stone-sapphire-pt950-court.facet.json");
  const geometry::PieceModel three_model = geometry::piece_model(three.piece);
  std::vector<geometry::DimensionLine> lines = geometry::piece_dimensions(three_model);
  const geometry::DimensionLine* side = find_line(lines, "side_stone_width");
  REQUIRE(side);
  CHECK(side->value_mm == doctest::Approx(three_model.heads[1].stone.stone.width_mm));
  CHECK(side->value_mm < find_line(lines, "stone_width")->value_mm);
  CHECK(glm::length((side->from_mm + side->to_mm) * 0.5 - three_model.heads[1].stone.placement.position) < 1e-9);
  CHECK_FALSE(find_line(lines, "halo_stone_width"));

  const spec::Design halo = test::read_test_spec("halo-oval-18.facet.json");
  const geometry::PieceModel halo_model = geometry::piece_model(halo.piece);
  lines = geometry::piece_dimensions(halo_model);
  const geometry::DimensionLine* halo_stone = find_line(lines, "halo_stone_width");
  REQUIRE(halo_stone);
  CHECK(halo_stone->diameter);
  const spec::StoneGroup* group = nullptr;
  for (const spec::StoneGroup& g : halo.piece.stones)
    if (g.id == halo_model.halo_id) group = &g;
  REQUIRE(group);
  CHECK(halo_stone->value_mm == doctest::Approx(*group->size.diameter_mm));
  const glm::dvec3 middle = (halo_stone->from_mm + halo_stone->to_mm) * 0.5;
  for (const geometry::PlacedStone& s : halo_model.halo->stones) CHECK(s.placement.position.z <= middle.z + 1e-9);  // the front one
  CHECK_FALSE(find_line(lines, "side_stone_width"));

  const spec::Design pave = test::read_test_spec("band-pave-flat.facet.json");
  const geometry::PieceModel pave_model = geometry::piece_model(pave.piece);
  lines = geometry::piece_dimensions(pave_model);
  const geometry::DimensionLine* pave_stone = find_line(lines, "pave_stone_width");
  REQUIRE(pave_stone);
  CHECK(pave_stone->value_mm == doctest::Approx(pave_model.pave_rows[0].stones[0].stone.width_mm));
  CHECK_FALSE(find_line(lines, "stone_width"));  // a band has no centre stone
}
