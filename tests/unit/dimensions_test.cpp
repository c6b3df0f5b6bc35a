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
