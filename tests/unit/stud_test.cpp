// Stud earrings: the stone in a prong basket on a post. One closed shell within tolerance, the
// stone clear of the metal but held over its girdle, the legs clear of the pavilion, and the post
// straight out of the back.
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

void check_stud_invariants(const spec::Design& design) {
  REQUIRE(unbuilt_features(design).empty());
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  REQUIRE(model.post.has_value());
  REQUIRE(model.heads.size() == 1);
  const BuiltPiece built = build_piece(design);
  test::check_one_passing_shell(model, built);  // the basket and the post joined
  CHECK(std::any_of(built.checks.begin(), built.checks.end(), [](const checks::Check& c) { return c.rule == "prong_grip"; }));

  // The stone touches nothing but its seat's clearance, and faces the viewer (+Z).
  REQUIRE(built.stones.size() == 1);
  const geometry::PlacedStone& stone = built.stones[0];
  double clearance = std::numeric_limits<double>::max();
  for (const glm::dvec3& v : stone.world_mesh().positions) clearance = std::min(clearance, model.metal.distance(v));
  CHECK(clearance > 0.0);
  CHECK(clearance < 0.05);  // the prongs' notches hold it
  CHECK(glm::dot(stone.placement.rotation * glm::dvec3(0, 0, 1), glm::dvec3(0, 0, 1)) == doctest::Approx(1.0));
  // The legs and the rail keep off the pavilion by more than the seat's clearance: only the prongs'
  // notches at the girdle touch the seat.
  const geometry::ProngHead& head = model.heads[0];
  for (const geometry::Capsule& leg : head.legs) {
    for (int k = 0; k <= 20; ++k) {
      const glm::dvec3 p = leg.a + (leg.b - leg.a) * (k / 20.0);
      CHECK(geometry::seat_distance(head.seat, p) >= leg.radius_mm - 1e-9);
    }
  }
  // The post: the spec's diameter, straight back along -Z from under the culet, its whole length.
  const geometry::Capsule& post = *model.post;
  CHECK(2 * post.radius_mm == doctest::Approx(design.piece.earrings->post_diameter_mm));
  CHECK(glm::distance(post.a, post.b) == doctest::Approx(geometry::kPostLengthMm));
  CHECK(post.b.z < post.a.z);
  CHECK(post.a.z < stone.placement.apply({0, 0, stone.stone.culet_z_mm}).z);
  const geometry::Bounds box = geometry::bounds(built.metal);
  CHECK(box.min.z == doctest::Approx(post.b.z - post.radius_mm).epsilon(0.01));
  for (int k = 0; k <= 10; ++k) CHECK(model.metal.distance(post.a + (post.b - post.a) * (k / 10.0)) < -0.3);
}

}  // namespace

TEST_CASE("stud: the template, a 5 mm round in four prongs, builds one closed shell on its post") {
  check_stud_invariants(*spec::default_design("stud"));
}

TEST_CASE("stud: a princess in four corner prongs in Pt950, and a round in three prongs in 14K white") {
  const spec::Design princess = read_test_spec("stud-princess-pt950.facet.json");
  check_stud_invariants(princess);
  // The prongs take the princess's corners, where its girdle reaches farthest.
  const geometry::PieceModel model = geometry::piece_model(princess.piece);
  const geometry::PlacedStone& stone = model.heads[0].stone;
  for (size_t i = 0; i < model.heads[0].prongs.size(); i += 2) {
    const glm::dvec3 local = stone.placement.to_local(model.heads[0].prongs[i].b);
    CHECK(std::fabs(std::fabs(local.x) - std::fabs(local.y)) < 0.01);
  }
  check_stud_invariants(read_test_spec("stud-round-3-prong-au585.facet.json"));
}

TEST_CASE("stud: the report says one of a pair; what is not built yet is refused with its path") {
  const spec::Design stud = *spec::default_design("stud");
  const BuiltPiece built = build_piece(stud);
  CHECK(stud.piece.pieces_made() == 2);
  spec::Design bezel = stud;
  bezel.piece.stones[0].setting = {"bezel", 0, 0};
  REQUIRE(unbuilt_features(bezel).size() == 1);
  CHECK(unbuilt_features(bezel)[0].path == "piece.stones[0]");
  CHECK(build_piece(bezel).metal.positions.empty());
  spec::Design pearl = stud;
  pearl.piece.stones[0].cut = "bead";
  pearl.piece.stones[0].gem = "pearl";
  CHECK(unbuilt_features(pearl).size() == 1);
  spec::Design none = stud;
  none.piece.stones.clear();
  REQUIRE(unbuilt_features(none).size() == 1);
  CHECK(unbuilt_features(none)[0].path == "piece.stones");
  spec::Design engraved = stud;
  engraved.piece.engraving.push_back({});
  CHECK(unbuilt_features(engraved).size() == 1);
}

TEST_CASE("stud: the preview is the basket's and the post's capsules, showing no metal the production mesh lacks") {
  const spec::Design design = *spec::default_design("stud");
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  const geometry::Mesh preview = geometry::preview_metal(model);
  CHECK(geometry::check_topology(preview).closed_and_oriented());
  // Each vertex lies on the exact surface or inside the metal (where parts overlap), never outside
  // it, but in the seat's notches, which the preview leaves to the stone to hide.
  size_t outside = 0;
  for (const glm::dvec3& v : preview.positions)
    if (model.metal.distance(v) > 0.01 && geometry::seat_distance(model.heads[0].seat, v) > 0) ++outside;
  CHECK(outside == 0);
  // And it reaches as far as the production mesh: the prong tips, the post's end.
  const geometry::Bounds shown = geometry::bounds(preview), made = geometry::bounds(build_piece(design).metal);
  for (int axis = 0; axis < 3; ++axis) {
    CHECK(std::fabs(shown.min[axis] - made.min[axis]) < 0.05);  // the preview's tolerance
    CHECK(std::fabs(shown.max[axis] - made.max[axis]) < 0.05);
  }
}
