// Pendants: the centre stone in a bezel cup, cast straight for the setter to burnish, hung from a
// fixed bail. One closed shell within tolerance; the stone drops in, rests on the floor or its
// seat, and the chain passes through the bail.
#include <doctest/doctest.h>

#include <glm/geometric.hpp>

#include <cmath>
#include <limits>

#include "core/facet_core.hpp"
#include "core/geometry/piece_model.hpp"
#include "core/jobsheet/jobsheet.hpp"
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

// The chain's way through the bail is open: no metal within the opening's radius of its axis.
void check_chain_passes(const geometry::PieceModel& model) {
  REQUIRE(model.bail.has_value());
  const geometry::Torus& bail = model.bail->loop;
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

void check_pendant_invariants(const spec::Design& design) {
  REQUIRE(unbuilt_features(design).empty());
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  REQUIRE(model.bezel.has_value());
  const BuiltPiece built = build_piece(design);
  // Measured 0.007 mm (cabochon) and 0.011 mm (round), the latter where the bail's fillet meets
  // the cup's sharp bottom edge, 4 samples in 57,000. The bail is joined to the cup.
  test::check_one_passing_shell(model, built);

  // The stone is clear of the metal everywhere (it drops into the bore), and is held: the floor
  // or the seat stops it going out of the back, and the wall stands past its girdle all round.
  REQUIRE(built.stones.size() == 1);
  const geometry::PlacedStone& stone = built.stones[0];
  double clearance = std::numeric_limits<double>::max();
  for (const glm::dvec3& v : stone.world_mesh().positions) clearance = std::min(clearance, model.metal.distance(v));
  CHECK(clearance > 0.0);
  CHECK(clearance < 0.05);  // it touches its seat or floor within the clearance
  const geometry::BezelCup& cup = model.bezel->cup;
  for (int i = 0; i < 16; ++i) {
    const double angle = 2 * M_PI * i / 16;
    const glm::dvec3 local(std::cos(angle), std::sin(angle), 0.0), out = stone.placement.rotation * local;
    const glm::dvec3 girdle = stone.placement.apply(geometry::girdle_point(stone.stone, local));
    // Just inside the girdle, going back: metal (the floor ring or the seat) within the stone's depth.
    CHECK(metal_along(model.metal, girdle - out * 0.1, {0, 0, -1}, stone.stone.depth_mm() + 1));
    // Just outside the girdle, going out sideways: the wall.
    CHECK(metal_along(model.metal, girdle + glm::dvec3(0, 0, cup.top_z_mm - 0.05), out, 1.0));
  }
  check_chain_passes(model);
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
  CHECK(model.bezel->cup.top_z_mm > 0.5);  // the wall stands past the girdle, to be burnished over
}

TEST_CASE("pendant: the template, a 6.5 mm round diamond in a bezel, and a 1 ct round in Pt950") {
  check_pendant_invariants(*spec::default_design("pendant_solitaire"));
  check_pendant_invariants(read_test_spec("pendant-round-bezel-pt950.facet.json"));
  // The culet stays inside the cup, off the skin.
  const spec::Design design = read_test_spec("pendant-round-bezel-pt950.facet.json");
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  CHECK(model.bezel->stone.stone.culet_z_mm > model.bezel->cup.bottom_z_mm + 0.5);
}

TEST_CASE("pendant: what is not built yet stays refused with its path") {
  // Text needs a closed back: a prong basket has none.
  spec::Design engraved = *spec::default_design("pendant_halo");
  engraved.piece.engraving.push_back({"A", "", "back", 1.0, 0.3, "engraved", {}});
  REQUIRE(unbuilt_features(engraved).size() == 1);
  CHECK(unbuilt_features(engraved)[0].path == "piece.engraving[0].location");
  CHECK(unbuilt_features(engraved)[0].to_string().find("bezel") != std::string::npos);
  CHECK(build_piece(engraved).metal.positions.empty());
  spec::Design princess = *spec::default_design("pendant_solitaire");
  princess.piece.stones[0].cut = "princess";  // a bezel takes round, oval and cabochon stones
  REQUIRE(unbuilt_features(princess).size() == 1);
  CHECK(unbuilt_features(princess)[0].path == "piece.stones[0]");
  spec::Design heart = *spec::default_design("pendant_halo");
  heart.piece.stones[0].cut = "heart";  // no facet planes to cut its seat with
  heart.piece.stones[0].size = {std::nullopt, 7.0, 7.0, std::nullopt};
  CHECK(!unbuilt_features(heart).empty());
  spec::Design halo_on_bezel = *spec::default_design("pendant_halo");
  halo_on_bezel.piece.stones[0].setting = {"bezel", 0, 0};
  CHECK(unbuilt_features(halo_on_bezel).empty());  // a halo round a bezel is built (halo_test.cpp)
}

// A prong basket (with its halo, if any) and its bail: one closed shell, every check passing, every
// stone clear of the metal and the chain's way through the bail open.
geometry::PieceModel check_basket_pendant(const spec::Design& design) {
  REQUIRE(unbuilt_features(design).empty());
  geometry::PieceModel model = geometry::piece_model(design.piece);
  REQUIRE(!model.bezel.has_value());
  REQUIRE(model.heads.size() == 1);
  const BuiltPiece built = build_piece(design);
  // A halo's seat rims stray as on a ring (about a hundred samples past 0.01 mm), but a pendant
  // has no band to add samples within it: 0.05-0.18% of them, where a halo ring shows under 0.1%.
  test::check_one_passing_shell(model, built);
  for (const geometry::PlacedStone& stone : built.stones) {
    double clearance = std::numeric_limits<double>::max();
    for (const glm::dvec3& v : stone.world_mesh().positions) clearance = std::min(clearance, model.metal.distance(v));
    CAPTURE(stone.label());
    CHECK(clearance > 0.0);
  }
  check_chain_passes(model);
  return model;
}

TEST_CASE("pendant: the halo template, a 6 mm round in four prongs ringed by 16 stones, hangs from a fixed bail") {
  const spec::Design design = *spec::default_design("pendant_halo");
  const geometry::PieceModel model = check_basket_pendant(design);
  REQUIRE(model.halo.has_value());
  CHECK(model.stones().size() == 17);
  // The halo lies round the stone in the pendant's face: the stones' tables face the viewer.
  for (const geometry::PlacedStone& stone : model.halo->stones)
    CHECK(glm::dot(stone.placement.rotation * glm::dvec3(0, 0, 1), glm::dvec3(0, 0, 1)) == doctest::Approx(1.0));
  // The loop stands on the frame's top, above every stone.
  double stones_top = -1e9;
  for (const geometry::PlacedStone& stone : model.stones())
    for (const glm::dvec3& v : stone.world_mesh().positions) stones_top = std::max(stones_top, v.y);
  const geometry::Torus& loop = model.bail->loop;
  CHECK(loop.centre.y - loop.major_mm > stones_top);
  // Without the halo the same stone's basket carries the loop on a stem past its girdle.
  spec::Design solitaire = design;
  solitaire.piece.stones.pop_back();
  solitaire.piece.style = "pendant_solitaire";
  const geometry::PieceModel alone = check_basket_pendant(solitaire);
  CHECK(!alone.halo.has_value());
  CHECK(alone.bail->loop.centre.y - alone.bail->loop.major_mm > 3.0);  // over the 6 mm stone's girdle
}

TEST_CASE("pendant: a hidden bail lies behind the piece, under its top edge, on a bezel's floor or a bar up a basket") {
  for (const std::string style : {"pendant_solitaire", "pendant_halo"}) {
    CAPTURE(style);
    spec::Design design = *spec::default_design(style);
    design.piece.pendant->bail = "hidden";
    REQUIRE(unbuilt_features(design).empty());
    const geometry::PieceModel model = style == "pendant_halo" ? check_basket_pendant(design) : geometry::piece_model(design.piece);
    if (style == "pendant_solitaire") check_pendant_invariants(design);
    const geometry::Torus& loop = model.bail->loop;
    // Seen from the front, nothing of it shows past the piece: its top is under the top edge, and
    // all of it lies behind the front of the piece's back (the bezel's floor or the basket's base).
    spec::Design fixed = design;
    fixed.piece.pendant->bail = "fixed";
    const geometry::PieceModel with_fixed = geometry::piece_model(fixed.piece);
    const double top_edge = with_fixed.bail->loop.centre.y - with_fixed.bail->loop.major_mm;  // the fixed loop's foot
    CHECK(loop.centre.y + loop.major_mm + loop.minor_mm <= top_edge + 1e-9);
    double back_z = model.bezel ? model.bezel->cup.bottom_z_mm : 0.0;
    for (size_t i = 0; i < model.capsule_roles.size(); ++i)
      if (model.capsule_roles[i].kind == geometry::CapsuleRole::Kind::base)
        back_z = model.metal.capsules[i].a.z - model.metal.capsules[i].radius_mm;
    CHECK(loop.centre.z + loop.major_mm == doctest::Approx(back_z));  // the wire's centre line on the back
    CHECK(model.bail->bar.has_value() == !model.bezel.has_value());
  }
}

TEST_CASE("pendant: a hinged bail is bought in and hangs on a lug cast on the top edge, its hole facing the viewer") {
  for (const std::string style : {"pendant_solitaire", "pendant_halo"}) {
    CAPTURE(style);
    spec::Design design = *spec::default_design(style);
    design.piece.pendant->bail = "hinged";
    REQUIRE(unbuilt_features(design).empty());
    const geometry::PieceModel model = geometry::piece_model(design.piece);
    const BuiltPiece built = build_piece(design);
    test::check_one_passing_shell(model, built);  // as check_basket_pendant's
    const geometry::Torus& lug = model.bail->loop;
    CHECK(lug.axis == glm::dvec3(0, 0, 1));
    CHECK(lug.major_mm - lug.minor_mm == doctest::Approx(geometry::kLugHoleMm / 2));
    // The hole is open front to back.
    for (double z = -3; z <= 3; z += 0.1)
      for (int j = 0; j < 12; ++j) {
        const double angle = 2 * M_PI * j / 12, r = 0.95 * geometry::kLugHoleMm / 2;
        CHECK(model.metal.distance(lug.centre + glm::dvec3(r * std::cos(angle), r * std::sin(angle), z)) > 0);
      }
    spec::Design fixed = design;
    fixed.piece.pendant->bail = "fixed";
    const geometry::PieceModel with_fixed = geometry::piece_model(fixed.piece);
    const geometry::Torus& loop = with_fixed.bail->loop;
    CHECK(lug.centre.y - lug.major_mm == doctest::Approx(loop.centre.y - loop.major_mm));  // on the same top edge
    const std::string sheet = jobsheet::jobsheet_html(built, piece_report(built));
    CHECK(sheet.find("bought in") != std::string::npos);
  }
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
    if (geometry::torus_distance(model.bail->loop, v) < 0.5) continue;
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

TEST_CASE("pendant: text on the back closes the bezel's back and is cut into it, reading from behind") {
  const spec::Design design = read_test_spec("pendant-jadeite-engraved-back-au990.facet.json");
  check_pendant_invariants(design);
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  const geometry::BezelCup& cup = model.bezel->cup;
  REQUIRE(cup.closed_back);
  REQUIRE(model.metal.engravings.size() == 1);  // 平安 at 4.5 mm has 0.33 mm lines: cast
  // The floor is the open cup's 0.8 mm under the cabochon's base, and the 0.5 mm the text is cut.
  const double base_z = model.bezel->stone.stone.culet_z_mm - geometry::kSeatClearanceMm;
  CHECK(base_z - cup.bottom_z_mm == doctest::Approx(geometry::kBezelFloorMm + 0.5));
  // Closed: behind the stone's middle, metal (the open cup let light through here).
  CHECK(metal_along(model.metal, {0, -4.0, 0}, {0, 0, -1}, 5.0));
  // Seen from behind (looking along +Z), the face is the underside, right is -X and up is +Y.
  const geometry::FlatFace face = geometry::back_face(cup);
  CHECK(face.outward == glm::dvec3(0, 0, -1));
  CHECK(face.right == glm::dvec3(-1, 0, 0));
  CHECK(face.up == glm::dvec3(0, 1, 0));
  CHECK(face.centre.z == doctest::Approx(cup.bottom_z_mm));

  // The production mesh's letters: metal 0.5 mm up from the back under the ink, removed above it.
  const BuiltPiece built = build_piece(design);
  const double volume = geometry::signed_volume_mm3(built.metal);
  spec::Design laser = design;  // the same back, its text too fine to cast: nothing cut
  laser.piece.engraving[0].height_mm = 2.0;
  const double uncut = geometry::signed_volume_mm3(build_piece(laser).metal);
  // The letters' area at 4.5 mm is about 10 mm^2 (measured 10.5): 0.5 mm deep.
  CHECK(uncut - volume > 0.5 * 8.0);
  CHECK(uncut - volume < 0.5 * 13.0);
}

TEST_CASE("pendant: an asymmetric letter on the back reads the right way round from behind") {
  spec::Design design = read_test_spec("pendant-jadeite-engraved-back-au990.facet.json");
  design.piece.engraving[0].text = "L";
  design.piece.engraving[0].height_mm = 6.0;
  REQUIRE(unbuilt_features(design).empty());
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  REQUIRE(model.metal.engravings.size() == 1);
  const geometry::EngravingField& field = model.metal.engravings[0];
  const text::TextOutline outline = geometry::engraving_outline(design.piece.engraving[0]);
  const geometry::FlatFace face = geometry::back_face(model.bezel->cup);
  // L's upright stroke is at the reader's left, high up; its foot runs right along the bottom.
  const double stroke_s = outline.ink_min.x + 0.25, top_v = outline.ink_max.y - 0.5, foot_v = outline.ink_min.y + 0.25;
  auto at = [&](double s, double v) { return face.centre + s * face.right + v * face.up - 0.1 * face.outward; };
  CHECK(field.distance(at(stroke_s, top_v)) < 0);   // in the cut
  CHECK(field.distance(at(-stroke_s, top_v)) > 0);  // its mirror image is not
  CHECK(field.distance(at(outline.ink_max.x - 0.25, foot_v)) < 0);
  // Reader's left from behind is world +X.
  CHECK(at(stroke_s, top_v).x > 0);
}

TEST_CASE("pendant: back text too big for the back, or behind a hidden bail, is refused by path") {
  const std::string base = spec::design_to_json(read_test_spec("pendant-jadeite-engraved-back-au990.facet.json")).dump();
  auto first_error = [&](const char* pointer, const spec::Json& value) {
    spec::Json json = spec::Json::parse(base);
    json[spec::Json::json_pointer(pointer)] = value;
    const spec::ParseResult result = spec::parse_design(json.dump());
    REQUIRE(result.status == spec::ParseStatus::invalid);
    return result.diagnostics.errors[0];
  };
  // 27 mm of text at 4.5 mm on an 11.6 mm wide back.
  const spec::Diagnostic long_text = first_error("/piece/engraving/0/text", "平安喜乐吉祥");
  CHECK(long_text.path == "piece.engraving[0].text");
  CHECK(long_text.to_string().find("runs over the edge of the 11.6 mm x 15.6 mm back") != std::string::npos);
  CHECK(first_error("/piece/engraving/0/height_mm", 17.0).path == "piece.engraving[0].height_mm");  // the back is 15.6 mm high
  const spec::Diagnostic hidden = first_error("/piece/pendant/bail", "hidden");
  CHECK(hidden.path == "piece.engraving[0].location");
  CHECK(hidden.to_string().find("hidden bail") != std::string::npos);
}
