// Pavé along the shank: round stones on the band's crest, evenly spread over their arc, clear of
// the head, each in its seat with a light hole, held by beads; one closed shell; checks that fire
// when the row is crowded or has no room.
#include <doctest/doctest.h>

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/facet_core.hpp"
#include "core/geometry/deviation.hpp"
#include "core/geometry/piece_model.hpp"
#include "core/geometry/self_intersection.hpp"
#include "core/spec/spec_io.hpp"
#include "shell_checks.hpp"

using namespace facet;
using facet::test::find_rule;

namespace {

spec::StoneGroup pave_group(double diameter_mm, int count, double from_deg, double to_deg) {
  spec::StoneGroup group;
  group.id = "pave";
  group.role = "accent";
  group.gem = "diamond";
  group.cut = "round";
  group.size.diameter_mm = diameter_mm;
  group.count = count;
  group.setting.type = "pave";
  group.placement = {spec::Placement::Kind::along_shank, from_deg, to_deg, ""};
  return group;
}

// A flat band 2.4 mm wide with `count` stones of 1.5 mm over the top quarter.
spec::Design pave_band(int count) {
  spec::Design design = *spec::default_design("band");
  design.piece.shank->profile = "flat";
  design.piece.shank->width_mm = design.piece.shank->top_width_mm = 2.4;
  design.piece.stones.push_back(pave_group(1.5, count, -45, 45));
  return design;
}

double angle_deg(const glm::dvec3& p) { return std::atan2(p.x, p.y) * 180.0 / 3.14159265358979323846; }

}  // namespace

TEST_CASE("pave: a band with a row builds one closed shell within tolerance, every check passing") {
  const spec::Design design = pave_band(9);
  REQUIRE(unbuilt_features(design).empty());
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  REQUIRE(model.pave_rows.size() == 1);
  CHECK(!model.plain_band());  // contoured, not swept: the seats are cut
  const BuiltPiece built = build_piece(design);
  const geometry::Topology topology = geometry::check_topology(built.metal);
  CHECK(topology.closed_and_oriented());
  CHECK(topology.components == 1);
  REQUIRE(built.stones.size() == 9);
  for (const checks::Check& c : built.checks) CHECK_MESSAGE(c.status == checks::Status::pass, c.rule << ": " << c.message);
  CHECK(find_rule(built.checks, "stone_gap") != nullptr);
  CHECK(find_rule(built.checks, "bead_grip") != nullptr);
  // Where a bead's fillet meets a seat's rim the contoured mesh folds; untangle() steps the folded
  // vertices back, so nothing crosses and nothing is undecided, and refine_to_surface() splits the
  // chords that cut across the rim onto it.
  const geometry::SelfIntersections crossings = geometry::self_intersections(built.metal);
  CHECK(crossings.crossing_pairs == 0);
  CHECK(crossings.uncertain_pairs == 0);
  const geometry::Deviation deviation = geometry::surface_deviation(
      built.metal, [&](const glm::dvec3& p) { return model.metal.distance(p); }, model.metal.bounds(), 0.1);
  CAPTURE(deviation.max_mm);
  CHECK(deviation.mean_mm < 0.001);
  CHECK(deviation.max_mm <= geometry::kProductionBoundMm);
  // The seats and light holes take metal away: lighter than the plain band of the same shank.
  spec::Design plain = design;
  plain.piece.stones.clear();
  CHECK(geometry::signed_volume_mm3(built.metal) < geometry::signed_volume_mm3(build_piece(plain).metal));
}

TEST_CASE("pave: stones spread evenly inside their arc, on the crest, in air, held by beads") {
  const spec::Design design = pave_band(9);
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  const geometry::PaveRow& row = model.pave_rows[0];
  REQUIRE(row.stones.size() == 9);
  const double radius = row.stones[0].stone.width_mm / 2;
  const double crest = model.band->inner_radius_mm() + model.band->thickness_mm;  // a flat band's
  std::vector<double> gaps;
  for (size_t i = 0; i < row.stones.size(); ++i) {
    const geometry::PlacedStone& s = row.stones[i];
    CHECK(s.number == int(i) + 1);
    const glm::dvec3 up = s.placement.rotation * glm::dvec3(0, 0, 1);
    CHECK(glm::dot(up, glm::normalize(s.placement.position)) == doctest::Approx(1.0));  // table faces out
    // The girdle's underside just over the crest: nothing but the beads over it.
    CHECK(glm::length(s.placement.apply({0, 0, s.stone.girdle_bottom_z_mm})) ==
          doctest::Approx(crest + geometry::kPaveGirdleOverCrestMm).epsilon(1e-9));
    // Numbered from from_deg; the stone's edges inside the arc.
    const double at = angle_deg(s.placement.position), half = radius / glm::length(s.placement.position) * 180.0 / 3.14159265358979323846;
    CHECK(at - half >= -45.0 - 1e-6);
    CHECK(at + half <= 45.0 + 1e-6);
    if (i > 0) gaps.push_back(glm::distance(s.placement.position, row.stones[i - 1].placement.position) - 2 * radius);
  }
  const auto [least, most] = std::minmax_element(gaps.begin(), gaps.end());
  CHECK(*most - *least < 1e-6);  // evenly spread
  CHECK(row.stone_gap_mm == doctest::Approx(*least));
  // The seats are cut: every stone vertex is outside the metal, by about the seat's clearance.
  double clearance = std::numeric_limits<double>::max();
  for (const geometry::PlacedStone& s : row.stones)
    for (const glm::dvec3& p : s.world_mesh().positions) clearance = std::min(clearance, model.metal.distance(p));
  CHECK(clearance > 0.0);
  // Two beads in each gap and two past each end; each reaches over the girdles as a setter needs,
  // and stays on the band.
  CHECK(row.beads.size() == 2 * (row.stones.size() + 1));
  CHECK(row.bead_grip_mm >= 0.15);
  for (const geometry::Capsule& bead : row.beads) CHECK(std::fabs(bead.a.z) + bead.radius_mm <= 1.2 + 1e-9);
}

TEST_CASE("pave: a row past a head skips the head's arc and fills both shoulders alike") {
  spec::Design design = *spec::default_design("solitaire");
  design.piece.stones.push_back(pave_group(1.3, 0, -70, 70));
  const int fits = geometry::pave_row_capacity(design.piece, design.piece.stones.back());
  CAPTURE(fits);
  REQUIRE(fits >= 6);
  design.piece.stones.back().count = fits;
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  const geometry::PaveRow& row = model.pave_rows[0];
  REQUIRE(int(row.stones.size()) == fits);
  CHECK(row.head_clear_deg > 5.0);
  int left = 0, right = 0;
  for (const geometry::PlacedStone& s : row.stones) {
    const double at = angle_deg(s.placement.position);
    CHECK(std::fabs(at) >= row.head_clear_deg - 1e-6);
    (at < 0 ? left : right) += 1;
    // Clear of the head: no prong or rail within the clearance of a girdle.
    for (size_t i = 0; i < model.heads[0].prongs.size(); ++i)
      CHECK(geometry::capsule_distance(model.heads[0].prongs[i], s.placement.position) >= s.stone.width_mm / 2 + geometry::kPaveClearanceMm - 1e-6);
  }
  CHECK(std::abs(left - right) <= 1);
  // Packed as the capacity says: the gaps pass, one more stone would not.
  const std::vector<checks::Check> fitted = checks::run_checks(design.piece, model, geometry::Mesh{});
  CHECK(find_rule(fitted, "stone_gap")->status == checks::Status::pass);
  design.piece.stones.back().count = fits + 2;
  const std::vector<checks::Check> crowded = checks::run_checks(design.piece, geometry::piece_model(design.piece), geometry::Mesh{});
  CHECK(find_rule(crowded, "stone_gap")->status == checks::Status::fail);
  CHECK(find_rule(crowded, "stone_gap")->where.stone == "pave");
}

TEST_CASE("pave: the halo ring with a pave shank (issue #4's worst case) is one closed shell under the triangle cap") {
  spec::Design design = *spec::default_design("halo");
  design.piece.stones.push_back(pave_group(1.2, 0, -75, 75));
  design.piece.stones.back().count = geometry::pave_row_capacity(design.piece, design.piece.stones.back());
  CAPTURE(design.piece.stones.back().count);
  REQUIRE(unbuilt_features(design).empty());
  const BuiltPiece built = build_piece(design);
  const geometry::Topology topology = geometry::check_topology(built.metal);
  CHECK(topology.closed_and_oriented());
  CHECK(topology.components == 1);
  CHECK(built.metal.triangle_count() <= 400000);
  test::check_within_bound(geometry::piece_model(design.piece), built.metal);
  for (const checks::Check& c : built.checks) CHECK_MESSAGE(c.status == checks::Status::pass, c.rule << ": " << c.message);
}

TEST_CASE("pave: a row with no room beside the head fails by name; channel rows of cuts other than round and princess stay refused") {
  spec::Design design = *spec::default_design("solitaire");
  design.piece.stones.push_back(pave_group(1.3, 4, -8, 8));
  const geometry::PieceModel model = geometry::piece_model(design.piece);
  CHECK(model.pave_rows[0].stones.empty());
  const std::vector<checks::Check> checks = checks::run_checks(design.piece, model, geometry::Mesh{});
  const checks::Check* arc = find_rule(checks, "pave_arc");
  REQUIRE(arc != nullptr);
  CHECK(arc->status == checks::Status::fail);
  CHECK(arc->message.find("pave") != std::string::npos);

  spec::Design channel = pave_band(9);
  channel.piece.stones.back().setting.type = "channel";
  CHECK(unbuilt_features(channel).empty());
  channel.piece.stones.back().cut = "oval";
  channel.piece.stones.back().size = {};
  channel.piece.stones.back().size.length_mm = 1.8;
  channel.piece.stones.back().size.width_mm = 1.4;
  const auto refused = unbuilt_features(channel);
  REQUIRE(!refused.empty());
  CHECK(refused[0].path == "piece.stones[0]");
}
