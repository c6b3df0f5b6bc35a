// Signet rings: a block with a flat face on the shank. One closed shell for each face shape, the
// face exactly flat at the height the spec gives, nothing in the finger's bore, the volume against
// an integration of the field that does not go through the mesher, the preview's block on the
// field's surface.
#include <doctest/doctest.h>

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>

#include "core/facet_core.hpp"
#include "core/geometry/piece_model.hpp"
#include "core/spec/spec_io.hpp"
#include "core/spec/style_defaults.hpp"
#include "shell_checks.hpp"

using namespace facet;

namespace {

spec::Design signet(const char* shape, double length_mm, double width_mm) {
  spec::Design design = *spec::default_design("signet");
  design.piece.signet->shape = shape;
  design.piece.signet->length_mm = length_mm;
  design.piece.signet->width_mm = width_mm;
  return design;
}

// The metal's volume by columns along Y at `spacing_mm` in X and Z: along each, the inside
// stretches found by stepping the field (which never overstates the distance) and bisecting its
// sign changes. Independent of the mesher.
double field_volume_mm3(const geometry::MetalModel& metal, double spacing_mm) {
  const geometry::Bounds b = metal.bounds();
  double volume = 0;
  for (double x = b.min.x + spacing_mm / 2; x < b.max.x; x += spacing_mm)
    for (double z = b.min.z + spacing_mm / 2; z < b.max.z; z += spacing_mm) {
      auto f = [&](double y) { return metal.distance({x, y, z}); };
      double y = b.min.y - 0.1, fy = f(y), entered = 0;
      while (y < b.max.y + 0.1) {
        const double next = y + std::max(std::fabs(fy), 0.002);
        const double fn = f(next);
        if ((fy < 0) != (fn < 0)) {
          double lo = y, hi = next;
          for (int i = 0; i < 40; ++i) {
            const double mid = (lo + hi) / 2;
            ((f(mid) < 0) == (fy < 0) ? lo : hi) = mid;
          }
          if (fy >= 0) entered = lo;
          else volume += (lo - entered) * spacing_mm * spacing_mm;
        }
        y = next, fy = fn;
      }
    }
  return volume;
}

}  // namespace

TEST_CASE("signet: every face shape builds one clean shell, its face flat at the spec's height, nothing in the bore") {
  for (const char* shape : {"oval", "cushion", "octagon"}) {
    CAPTURE(shape);
    const spec::Design design = signet(shape, 12.0, 10.0);
    REQUIRE(unbuilt_features(design).empty());
    const geometry::PieceModel model = geometry::piece_model(design.piece);
    REQUIRE(model.signet.has_value());
    const BuiltPiece built = build_piece(design);
    test::check_one_passing_shell(model, built);

    const double bore = model.signet->bore_radius_mm;
    const double face_y = bore + design.piece.shank->top_thickness_mm;  // 2.5 mm over the finger
    double top = -1e9, flat_min_x = 1e9, flat_max_x = -1e9, flat_min_z = 1e9, flat_max_z = -1e9, nearest_axis = 1e9;
    for (const glm::dvec3& p : built.metal.positions) {
      top = std::max(top, p.y);
      nearest_axis = std::min(nearest_axis, std::hypot(p.x, p.y));
      if (std::fabs(p.y - face_y) < 0.003) {
        flat_min_x = std::min(flat_min_x, p.x), flat_max_x = std::max(flat_max_x, p.x);
        flat_min_z = std::min(flat_min_z, p.z), flat_max_z = std::max(flat_max_z, p.z);
      }
    }
    // No bulge where the shank's top meets the face: the highest point is the face.
    CHECK(top == doctest::Approx(face_y).epsilon(0.0005));
    // The flat reaches to the rounded edge: the outline less about half a millimetre each side.
    const double inset = geometry::kSignetEdgeRadiusMm * (1 + std::sin(geometry::kSignetDraftDeg * 3.14159265358979 / 180)) /
                         std::cos(geometry::kSignetDraftDeg * 3.14159265358979 / 180);
    CHECK(flat_max_x - flat_min_x == doctest::Approx(10.0 - 2 * inset).epsilon(0.02));
    CHECK(flat_max_z - flat_min_z == doctest::Approx(12.0 - 2 * inset).epsilon(0.02));
    // The bore is cut after the parts are joined: the finger side is the bore itself, within the
    // production tolerance (the closest vertex is on the shank's inner edge, as on every ring).
    CHECK(nearest_axis > bore - 0.01);
    CHECK(nearest_axis < bore + 0.01);
  }
}

TEST_CASE("signet: the metal's volume matches an integration of the field to 0.2%, and the report weighs it") {
  const spec::Design design = *spec::default_design("signet");
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  const BuiltPiece built = build_piece(design);
  const double meshed = geometry::signed_volume_mm3(built.metal);
  const double integrated = field_volume_mm3(model.metal, 0.05);
  CAPTURE(meshed);
  CAPTURE(integrated);
  CHECK(meshed == doctest::Approx(integrated).epsilon(0.002));
  // A solid 12 x 10 mm signet in 18K: a heavy ring, as signets are (10-15 g).
  const spec::Json report = piece_report(built);
  CHECK(report["metal"]["weight_g"].get<double>() > 9.0);
  CHECK(report["metal"]["weight_g"].get<double>() < 15.0);
  // A larger face is more metal.
  const double larger = geometry::signed_volume_mm3(build_piece(signet("oval", 15.0, 12.0)).metal);
  CHECK(larger > meshed + 50.0);
}

TEST_CASE("signet: the preview's block is one closed shell on the block's surface") {
  for (const char* shape : {"oval", "cushion", "octagon"}) {
    CAPTURE(shape);
    const geometry::PieceModel model = geometry::piece_model(signet(shape, 14.0, 11.0).piece);
    const geometry::SignetHead& head = *model.signet;
    const geometry::Mesh block = geometry::signet_preview_mesh(head, 96);
    const geometry::Topology topology = geometry::check_topology(block);
    CHECK(topology.closed_and_oriented());
    CHECK(topology.components == 1);
    CHECK(geometry::signed_volume_mm3(block) > 0);
    double worst = 0;
    for (const glm::dvec3& p : block.positions)
      worst = std::max(worst, std::fabs(std::max(head.distance(p), head.bore_radius_mm - std::hypot(p.x, p.y))));
    CHECK(worst < 0.01);
    // And the whole preview (shank and block as two shells) stays within the preview's 0.05 mm
    // of the production surface where it is outside (the block's underside inside the shank is
    // not on any surface).
    const geometry::Mesh preview = geometry::preview_metal(model);
    CHECK(preview.triangle_count() > block.triangle_count());
  }
}

TEST_CASE("signet: stones on it are refused with their paths until they are built") {
  spec::Design design = *spec::default_design("signet");
  design.piece.stones = spec::default_design("solitaire")->piece.stones;
  design.piece.stones[0].placement = {spec::Placement::Kind::along_shank, -60, -30, ""};
  design.piece.stones[0].setting = {"pave", 0, 0};
  design.piece.stones[0].size = {1.2, std::nullopt, std::nullopt, std::nullopt};
  const auto unbuilt = unbuilt_features(design);
  REQUIRE(unbuilt.size() == 1);
  CHECK(unbuilt[0].path == "piece.stones[0]");
  CHECK(build_piece(design).metal.positions.empty());
}

TEST_CASE("signet: a monogram on the face is cut into it (or stands on it) flat, one clean shell; text that overruns the face is refused") {
  for (const char* style : {"engraved", "embossed"}) {
    CAPTURE(style);
    spec::Design design = *spec::default_design("signet");
    design.piece.engraving.push_back({"JS", "", "outside", 5.0, 0.5, style, spec::Json::object()});
    REQUIRE(unbuilt_features(design).empty());
    const geometry::PieceModel model = geometry::piece_model(design.piece);
    REQUIRE(model.metal.engravings.size() == 1);
    CHECK(model.metal.engravings[0].frame.flat);
    const BuiltPiece built = build_piece(design);
    test::check_one_passing_shell(model, built);
    const double face_y = model.signet->face_y_mm;
    // The letters' floor (engraved) or top (embossed) is a plane 0.5 mm from the face.
    const double letters_y = std::string(style) == "engraved" ? face_y - 0.5 : face_y + 0.5;
    size_t on_letters = 0;
    double top = -1e9;
    for (const glm::dvec3& p : built.metal.positions) {
      on_letters += std::fabs(p.y - letters_y) < 0.003 && std::fabs(p.x) < 4 && std::fabs(p.z) < 3;
      top = std::max(top, p.y);
    }
    CHECK(on_letters > 20);
    CHECK(std::fabs(top - std::max(face_y, letters_y)) < 0.01);  // within the production tolerance at the letters' sharp edges
    const double plain = geometry::signed_volume_mm3(build_piece(*spec::default_design("signet")).metal);
    const double volume = geometry::signed_volume_mm3(built.metal);
    if (std::string(style) == "engraved") CHECK(volume < plain - 1.0);
    else CHECK(volume > plain + 1.0);
  }
  // HK 12's 12 x 10 mm oval: its flat is 11 x 9 mm.
  const std::string base = spec::design_to_json(*spec::default_design("signet")).dump();
  auto with_text = [&](const char* text, double height) {
    spec::Json json = spec::Json::parse(base);
    json["piece"]["engraving"] = spec::Json::array({{{"text", text}, {"location", "outside"}, {"height_mm", height}}});
    return spec::parse_design(json.dump());
  };
  CHECK(with_text("JS", 5.0).status == spec::ParseStatus::ok);
  const spec::ParseResult long_text = with_text("JOHN SMITH", 4.0);
  REQUIRE(long_text.status == spec::ParseStatus::invalid);
  CHECK(long_text.diagnostics.errors[0].path == "piece.engraving[0].text");
  CHECK(long_text.diagnostics.errors[0].to_string().find("runs over the edge of the 10.0 mm wide face") != std::string::npos);
  const spec::ParseResult tall = with_text("J", 11.0);
  REQUIRE(tall.status == spec::ParseStatus::invalid);
  CHECK(tall.diagnostics.errors[0].path == "piece.engraving[0].height_mm");
}
