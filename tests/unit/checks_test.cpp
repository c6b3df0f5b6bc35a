// Manufacturability checks: measured values against the analytic ones, and each rule firing on a
// piece built to break it (limits from jewelry-facts.md, per alloy).
#include <doctest/doctest.h>

#include <glm/geometric.hpp>

#include <string>

#include "core/checks/checks.hpp"
#include "core/facet_core.hpp"
#include "core/geometry/wall_thickness.hpp"

using namespace facet;

namespace {

std::vector<checks::Check> checks_of(const spec::Design& design) {
  REQUIRE(unbuilt_features(design).empty());
  return build_piece(design).checks;
}

const checks::Check& rule(const std::vector<checks::Check>& all, const std::string& name) {
  for (const checks::Check& c : all)
    if (c.rule == name) return c;
  FAIL("no check named " << name);
  return all.front();
}

spec::Design solitaire(double stone_mm, double prong_mm, int prongs, const std::string& alloy) {
  spec::Design design = *spec::default_design("solitaire");
  spec::StoneGroup& centre = design.piece.stones[0];
  centre.size = {};
  centre.size.diameter_mm = stone_mm;
  centre.setting.prongs = prongs;
  centre.setting.prong_diameter_mm = prong_mm;
  design.piece.metal.alloy = alloy;
  design.piece.metal.color = alloy == "Au750" ? "yellow" : "";
  return design;
}

spec::Design flat_band(double width_mm, double thickness_mm) {
  spec::Design design = *spec::default_design("band");
  spec::Shank& shank = *design.piece.shank;
  shank.profile = "flat";
  shank.width_mm = shank.top_width_mm = width_mm;
  shank.thickness_mm = shank.top_thickness_mm = thickness_mm;
  return design;
}

}  // namespace

TEST_CASE("checks: a rod measures its diameter, a plate its thickness, wherever the ray starts") {
  geometry::MetalModel rod;
  rod.capsules.push_back({{0, 0, 0}, {0, 0, 5}, 0.4});
  CHECK(*geometry::wall_thickness_at(rod, {0.4, 0, 2.5}, 3.0) == doctest::Approx(0.8).epsilon(0.005));
  CHECK(*geometry::wall_thickness_at(rod, {0.0, -0.4, 1.0}, 3.0) == doctest::Approx(0.8).epsilon(0.005));
  CHECK(*geometry::wall_thickness_at(rod, {0.0, 0.0, 5.4}, 3.0) == 3.0);  // along the rod: capped
  // A flat band 0.7 mm thick: its thinnest wall is the thickness, found among the samples.
  const std::vector<checks::Check> thin = checks_of(flat_band(3.0, 0.7));
  CHECK(rule(thin, "wall_thickness").status == checks::Status::fail);
  CHECK(rule(thin, "wall_thickness").value == doctest::Approx(0.7).epsilon(0.01));
  CHECK(rule(thin, "shank_thickness").status == checks::Status::fail);
  CHECK(rule(thin, "shank_thickness").limit == 1.2);
}

TEST_CASE("checks: the default solitaire passes every rule, with the values its head was built to") {
  const spec::Design design = *spec::default_design("solitaire");
  const std::vector<checks::Check> all = checks_of(design);
  for (const char* name : {"shank_thickness", "shank_under_head", "wall_thickness", "wire_thickness", "prong_diameter", "prong_grip",
                           "seat_depth", "prong_gap", "culet_clearance"}) {
    CAPTURE(name);
    CHECK(rule(all, name).status == checks::Status::pass);
  }
  const double dp = design.piece.stones[0].setting.prong_diameter_mm;
  CHECK(rule(all, "prong_diameter").value == doctest::Approx(dp));
  CHECK(rule(all, "prong_grip").value == doctest::Approx(0.24 * dp - 0.02).epsilon(0.03));
  CHECK(rule(all, "seat_depth").value == doctest::Approx(0.24).epsilon(0.03));
  // The culet sits 0.2 mm above the shank's top surface, which is top_thickness off the finger.
  CHECK(rule(all, "culet_clearance").value == doctest::Approx(design.piece.shank->top_thickness_mm + 0.2).epsilon(0.01));
  // Rails and prongs are the thinnest wires: no thinner than the rail, no thicker than the prong.
  CHECK(rule(all, "wire_thickness").value >= 0.65 - 0.01);
  CHECK(rule(all, "wire_thickness").value <= dp + 0.01);
  CHECK(rule(all, "prong_grip").where.part == "prong");
  CHECK(rule(all, "prong_grip").where.stone == "center");

  const spec::Json json = checks::checks_json(all);
  REQUIRE(json.size() == all.size());
  CHECK(json[0]["where"]["position_mm"].size() == 3);
  CHECK(json[0]["status"] == "pass");
}

TEST_CASE("checks: thin prongs warn, then fail, and lose their grip") {
  const std::vector<checks::Check> slim = checks_of(solitaire(6.5, 0.7, 4, "Au750"));
  CHECK(rule(slim, "prong_diameter").status == checks::Status::warn);  // under the 0.8 mm for a centre stone
  CHECK(rule(slim, "prong_diameter").limit == 0.8);

  const std::vector<checks::Check> thin = checks_of(solitaire(6.5, 0.55, 4, "Au750"));
  CHECK(rule(thin, "prong_diameter").status == checks::Status::fail);
  CHECK(rule(thin, "prong_diameter").limit == 0.6);
  CHECK(rule(thin, "prong_grip").status == checks::Status::fail);  // 24% of 0.55 less the clearance < 0.15
  CHECK(rule(thin, "wire_thickness").status == checks::Status::fail);
  CHECK(rule(thin, "wire_thickness").value == doctest::Approx(0.55).epsilon(0.03));
  CHECK(rule(thin, "wire_thickness").where.part == "prong");
}

TEST_CASE("checks: platinum needs wider gaps and allows a thinner shank under the head") {
  // A 3 mm stone in six 1 mm claws: about 0.7 mm between them.
  const std::vector<checks::Check> gold = checks_of(solitaire(3.0, 1.0, 6, "Au750"));
  const std::vector<checks::Check> platinum = checks_of(solitaire(3.0, 1.0, 6, "Pt950"));
  CHECK(rule(gold, "prong_gap").status == checks::Status::pass);
  CHECK(rule(platinum, "prong_gap").status == checks::Status::fail);
  CHECK(rule(platinum, "prong_gap").limit == 0.8);
  CHECK(rule(platinum, "prong_gap").value == doctest::Approx(rule(gold, "prong_gap").value));
  CHECK(rule(platinum, "prong_gap").value > 0.4);

  spec::Design gold_thin = solitaire(6.5, 0.9, 6, "Au750"), platinum_thin = solitaire(6.5, 0.9, 6, "Pt950");
  gold_thin.piece.shank->top_thickness_mm = platinum_thin.piece.shank->top_thickness_mm = 1.7;
  CHECK(rule(checks_of(gold_thin), "shank_under_head").status == checks::Status::warn);
  CHECK(rule(checks_of(platinum_thin), "shank_under_head").status == checks::Status::pass);
}

TEST_CASE("checks: a plain band has no head rules, and its report carries the checks") {
  const BuiltPiece built = build_piece(*spec::default_design("band"));
  for (const checks::Check& c : built.checks) CHECK(c.where.part == "shank");
  const spec::Json report = piece_report(built);
  REQUIRE(report.contains("checks"));
  CHECK(report["checks"].size() == built.checks.size());
  CHECK(report["checks"][0]["rule"] == "shank_thickness");
}

TEST_CASE("checks: a tapered band's thinnest wall is found where it is, at the bottom or at the top") {
  // Plain bands are sampled only in the sections through the top and the bottom: both ends count.
  for (bool thin_at_top : {false, true}) {
    CAPTURE(thin_at_top);
    spec::Design design = flat_band(3.0, 0.7);
    spec::Shank& shank = *design.piece.shank;
    (thin_at_top ? shank.thickness_mm : shank.top_thickness_mm) = 1.5;
    const std::vector<checks::Check> all = checks_of(design);
    const checks::Check& wall = rule(all, "wall_thickness");
    CHECK(wall.status == checks::Status::fail);
    CHECK(wall.value == doctest::Approx(0.7).epsilon(0.02));
    CHECK((wall.where.position_mm.y > 0) == thin_at_top);
  }
}
