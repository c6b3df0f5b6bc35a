// Pearls on a peg: an 8 mm Akoya stud (珍珠耳钉) with its cup behind and the post through the ear,
// a 10 mm South Sea pendant hung from a bail on its cup, and an 8 mm Akoya ring (珍珠戒指) with its
// cup sunk into the shank's top. One clean shell each; the pearl sits
// in its cup on the peg, clear of everything else; the cup's rim cut square (no knife edge).
#include <doctest/doctest.h>

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/facet_core.hpp"
#include "core/geometry/piece_model.hpp"
#include "shell_checks.hpp"
#include "test_data.hpp"

using namespace facet;

namespace {

// One passing shell; the pearl on its peg (the peg reaching its centre, the only metal inside
// it), its back in the cup, the rim's opening half its diameter; the preview as made.
geometry::PieceModel check_pearl(const spec::Design& design) {
  REQUIRE(unbuilt_features(design).empty());
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  REQUIRE(model.pearl.has_value());
  CHECK(model.heads.empty());
  const BuiltPiece built = build_piece(design);
  test::check_one_passing_shell(model, built);

  const geometry::PearlSetting& pearl = *model.pearl;
  const geometry::PearlCup& cup = pearl.cup;
  const double radius = pearl.stone.stone.width_mm / 2;
  // The peg: from the cup's wall to the pearl's centre (a half-drilled hole), the trade's wire.
  CHECK(2 * pearl.peg.radius_mm == doctest::Approx(geometry::kPegDiameterMm));
  CHECK(glm::dot(pearl.peg.b - cup.centre, cup.axis) - pearl.peg.radius_mm == doctest::Approx(radius - geometry::kPegIntoPearl * 2 * radius));
  CHECK(glm::dot(pearl.peg.a - cup.centre, cup.axis) > cup.inner_mm);
  // Metal inside the pearl only along the peg (its radius and the fillet at its foot).
  size_t stray = 0, on_peg = 0;
  for (const glm::dvec3& v : pearl.stone.world_mesh().positions) {
    const glm::dvec3 q = v - cup.centre;
    const double off_axis = glm::length(q - cup.axis * glm::dot(q, cup.axis));
    if (model.metal.distance(cup.centre + q * 0.98) < 0) (off_axis < pearl.peg.radius_mm + geometry::kFilletMm ? on_peg : stray)++;
  }
  CHECK(stray == 0);
  // The pearl's back rests in the cup: within the rim's angle, metal just behind its surface.
  const double rim_radius = cup.rim_radius_mm();
  CHECK(2 * rim_radius == doctest::Approx(geometry::kPearlCupOfDiameter * 2 * radius).epsilon(0.01));
  int held = 0;
  for (int i = 0; i < 12; ++i) {
    const double angle = 2 * M_PI * i / 12;
    const glm::dvec3 across = glm::normalize(glm::cross(cup.axis, std::fabs(cup.axis.x) < 0.9 ? glm::dvec3(1, 0, 0) : glm::dvec3(0, 1, 0)));
    const glm::dvec3 other = glm::cross(cup.axis, across);
    const glm::dvec3 dir = glm::normalize(cup.axis * 2.0 + (across * std::cos(angle) + other * std::sin(angle)));  // inside the rim
    held += model.metal.distance(cup.centre + dir * (cup.inner_mm + 0.1)) < 0;
    // Past the rim, the pearl shows: no metal beside it.
    const glm::dvec3 past = glm::normalize(cup.axis * 0.2 + (across * std::cos(angle) + other * std::sin(angle)));
    CHECK(model.metal.distance(cup.centre + past * (cup.inner_mm + 0.1)) > 0);
  }
  CHECK(held == 12);
  // The preview reaches as far as the production mesh, and is closed.
  const geometry::Mesh preview = geometry::preview_metal(model);
  CHECK(geometry::check_topology(preview).closed_and_oriented());
  const geometry::Bounds shown = geometry::bounds(preview), made = geometry::bounds(built.metal);
  for (int axis = 0; axis < 3; ++axis) {
    CHECK(std::fabs(shown.min[axis] - made.min[axis]) < 0.05);
    CHECK(std::fabs(shown.max[axis] - made.max[axis]) < 0.05);
  }
  return model;
}

}  // namespace

TEST_CASE("pearl cup: its preview mesh is closed and holds the spherical shell's sector's volume") {
  geometry::PearlCup cup;
  cup.centre = {1, 2, 3};
  cup.axis = glm::normalize(glm::dvec3(0.3, -1, 0.2));
  cup.inner_mm = 4.02, cup.outer_mm = 4.82, cup.rim_sin = 0.5, cup.rim_cos = std::sqrt(0.75);
  const geometry::Mesh mesh = geometry::pearl_cup_mesh(cup, 128);
  CHECK(geometry::check_topology(mesh).closed_and_oriented());
  // (2 pi / 3) (R^3 - r^3) (1 - cos a): the shell's sector within the rim's cone.
  const double exact = 2 * M_PI / 3 * (std::pow(cup.outer_mm, 3) - std::pow(cup.inner_mm, 3)) * (1 - cup.rim_cos);
  CHECK(geometry::signed_volume_mm3(mesh) == doctest::Approx(exact).epsilon(0.01));
  // The field: the wall's middle inside by half the wall; the rim's face square to the wall.
  const glm::dvec3 middle = cup.centre + cup.axis * ((cup.inner_mm + cup.outer_mm) / 2);
  CHECK(cup.distance(middle) == doctest::Approx(-(cup.outer_mm - cup.inner_mm) / 2));
  CHECK(cup.distance(cup.centre) > 0);
  CHECK(cup.distance(cup.centre - cup.axis * cup.outer_mm) > 0);  // the open side
}

TEST_CASE("pearl stud: an 8 mm Akoya on a peg in a cup, the post behind it") {
  const geometry::PieceModel model = check_pearl(test::read_test_spec("stud-pearl-akoya-au750.facet.json"));
  CHECK(model.pearl->cup.axis == glm::dvec3(0, 0, -1));
  REQUIRE(model.post.has_value());
  // The post runs straight back from the cup, kPostLengthMm past it.
  CHECK(model.post->b.z == doctest::Approx(-(model.pearl->cup.outer_mm + geometry::kPostLengthMm)));
  CHECK(model.post->a.x == 0.0);
  CHECK(model.post->a.y == 0.0);
}

TEST_CASE("pearl pendant: a 10 mm South Sea pearl hangs from a fixed bail standing on its cup") {
  const geometry::PieceModel model = check_pearl(test::read_test_spec("pendant-pearl-south-sea-au750.facet.json"));
  CHECK(model.pearl->cup.axis == glm::dvec3(0, 1, 0));
  REQUIRE(model.bail.has_value());
  const geometry::Torus& loop = model.bail->loop;
  // The loop's wire through the cup's crown, above the pearl.
  CHECK(loop.centre.y - loop.major_mm == doctest::Approx(model.pearl->cup.outer_mm));
  CHECK(loop.centre.y - loop.major_mm - loop.minor_mm > model.pearl->stone.stone.width_mm / 2);
}

TEST_CASE("pearl ring: an 8 mm Akoya on a peg, its cup sunk into the shank's top, the pearl clear of the shank") {
  const spec::Design design = test::read_test_spec("ring-pearl-akoya-au750.facet.json");
  const geometry::PieceModel model = check_pearl(design);
  const geometry::PearlCup& cup = model.pearl->cup;
  CHECK(cup.axis == glm::dvec3(0, -1, 0));
  REQUIRE(model.band.has_value());
  const double shank_top = model.band->inner_radius_mm() + model.band->top_thickness_mm;
  // The cup's underside is in the shank: cup and shank are one piece of metal.
  CHECK(cup.centre.y - cup.outer_mm < shank_top - 0.5);
  CHECK(model.metal.distance({0.0, shank_top - 0.1, 0.0}) < 0);
  // The hollow the pearl is glued into keeps clear of the shank, and so the pearl does: no metal
  // under it but the peg.
  CHECK(cup.centre.y - cup.inner_mm == doctest::Approx(shank_top + geometry::kPearlCupAboveShankMm));
  const double pearl_bottom = cup.centre.y - model.pearl->stone.stone.width_mm / 2;
  for (const double x : {0.6, 1.0, 2.0})
    for (const double z : {-1.0, 0.0, 1.0}) {
      const glm::dvec3 below = cup.centre + glm::normalize(glm::dvec3(x, -4.0, z)) * (model.pearl->stone.stone.width_mm / 2 + 0.01);
      CHECK(model.metal.distance(below) > 0);
    }
  // The report's culet clearance is the pearl's lowest point over the finger.
  const BuiltPiece built = build_piece(design);
  const auto culet = std::find_if(built.checks.begin(), built.checks.end(), [](const checks::Check& c) { return c.rule == "culet_clearance"; });
  REQUIRE(culet != built.checks.end());
  CHECK(culet->value == doctest::Approx(pearl_bottom - model.band->inner_radius_mm()));
}

TEST_CASE("pearls: a hidden bail, a pearl in prongs, a peg under a faceted stone: refused by path") {
  spec::Design hidden = test::read_test_spec("pendant-pearl-south-sea-au750.facet.json");
  hidden.piece.pendant->bail = "hidden";
  REQUIRE(unbuilt_features(hidden).size() == 1);
  CHECK(unbuilt_features(hidden)[0].path == "piece.pendant.bail");
  CHECK(build_piece(hidden).metal.positions.empty());
  spec::Design prongs = test::read_test_spec("stud-pearl-akoya-au750.facet.json");
  prongs.piece.stones[0].setting = {"prong", 4, 0.8};  // a claw scratches nacre, and a bead has no girdle
  REQUIRE(unbuilt_features(prongs).size() == 1);
  CHECK(unbuilt_features(prongs)[0].path == "piece.stones[0]");
  spec::Design faceted = test::read_test_spec("stud-pearl-akoya-au750.facet.json");
  faceted.piece.stones[0].gem = "diamond";
  faceted.piece.stones[0].cut = "round";
  faceted.piece.stones[0].size = {5.0, std::nullopt, std::nullopt, std::nullopt};
  REQUIRE(unbuilt_features(faceted).size() == 1);
  CHECK(unbuilt_features(faceted)[0].path == "piece.stones[0]");
  // A ring's pearl stands alone: a pavé row beside its cup is refused, by its group.
  spec::Design pave = test::read_test_spec("ring-pearl-akoya-au750.facet.json");
  spec::StoneGroup row = test::read_test_spec("solitaire-bezel-pave-pt950.facet.json").piece.stones[1];
  REQUIRE(row.placement.kind == spec::Placement::Kind::along_shank);
  pave.piece.stones.push_back(row);
  REQUIRE(unbuilt_features(pave).size() == 1);
  CHECK(unbuilt_features(pave)[0].path == "piece.stones[1]");
  CHECK(build_piece(pave).metal.positions.empty());
}
