// A designer's saved templates: names checked, saved and replaced, the limit, the round trip
// through the browser's storage, bad stored entries left out with their path, and what choosing
// one keeps of the design on screen.
#include <doctest/doctest.h>

#include "core/spec/spec_io.hpp"
#include "core/spec/style_defaults.hpp"
#include "core/spec/template_shelf.hpp"
#include "test_data.hpp"

using namespace facet;

namespace {

spec::Design halo_design() { return test::read_test_spec("halo-oval-18.facet.json"); }

}  // namespace

TEST_CASE("template shelf: names must be present, short, and plain text") {
  CHECK(spec::check_template_name("Oval halo, Pt950").errors.empty());
  CHECK(spec::check_template_name("椭圆光环 铂金").errors.empty());
  for (const std::string bad : {std::string(""), std::string("   "), std::string(33, 'x'), std::string("two\nlines"), std::string("\xff\xfe")}) {
    CAPTURE(bad);
    const spec::Diagnostics problems = spec::check_template_name(bad);
    REQUIRE(problems.errors.size() == 1);
    CHECK(problems.errors[0].path == "template.name");
  }
  // 32 Chinese characters are 96 bytes and fit: the limit counts characters.
  std::string chinese;
  for (int i = 0; i < 32; ++i) chinese += "金";
  CHECK(spec::check_template_name(chinese).errors.empty());
  CHECK_FALSE(spec::check_template_name(chinese + "金").errors.empty());
}

TEST_CASE("template shelf: save, replace under the same name, refuse when full, remove") {
  spec::TemplateShelf shelf;
  spec::Diagnostics problems;
  const spec::Design halo = halo_design();
  REQUIRE(spec::save_template(shelf, "  My halo ", halo, problems));
  REQUIRE(shelf.templates.size() == 1);
  CHECK(shelf.templates[0].name == "My halo");  // trimmed
  CHECK(spec::find_template(shelf, "My halo"));
  CHECK_FALSE(spec::find_template(shelf, "my halo"));

  spec::Design band = *spec::default_design("band");
  REQUIRE(spec::save_template(shelf, "Plain", band, problems));
  REQUIRE(spec::save_template(shelf, "My halo", band, problems));  // replaced, in its place
  REQUIRE(shelf.templates.size() == 2);
  CHECK(shelf.templates[0].name == "My halo");
  CHECK(spec::design_id(shelf.templates[0].design.piece) == spec::design_id(band.piece));

  CHECK_FALSE(spec::save_template(shelf, "", band, problems));
  CHECK(problems.errors.at(0).path == "template.name");
  CHECK(shelf.templates.size() == 2);

  for (size_t i = shelf.templates.size(); i < spec::kMaxSavedTemplates; ++i)
    REQUIRE(spec::save_template(shelf, "T" + std::to_string(i), band, problems));
  problems = {};
  CHECK_FALSE(spec::save_template(shelf, "One too many", band, problems));
  REQUIRE(problems.errors.size() == 1);
  CHECK(problems.errors[0].path == "templates");
  CHECK(shelf.templates.size() == spec::kMaxSavedTemplates);
  CHECK(spec::save_template(shelf, "Plain", halo, problems));  // a name in use still replaces

  CHECK(spec::remove_template(shelf, "Plain"));
  CHECK_FALSE(spec::remove_template(shelf, "Plain"));
  CHECK(shelf.templates.size() == spec::kMaxSavedTemplates - 1);
}

TEST_CASE("template shelf: the stored text reads back to the same designs, names and order") {
  spec::TemplateShelf shelf;
  spec::Diagnostics problems;
  spec::Design halo = halo_design();
  halo.meta.designer = "Chen Li";
  halo.meta.copyright = "© 2026 Chen Li";
  REQUIRE(spec::save_template(shelf, "椭圆光环", halo, problems));
  REQUIRE(spec::save_template(shelf, "Pendant", *spec::default_design("pendant_halo"), problems));
  spec::Diagnostics read_problems;
  const spec::TemplateShelf back = spec::parse_shelf(spec::shelf_json(shelf), read_problems);
  CHECK(read_problems.errors.empty());
  CHECK(read_problems.warnings.empty());
  REQUIRE(back.templates.size() == 2);
  CHECK(back.templates[0].name == "椭圆光环");
  CHECK(back.templates[1].name == "Pendant");
  for (size_t i = 0; i < 2; ++i)
    CHECK(spec::design_id(back.templates[i].design.piece) == spec::design_id(shelf.templates[i].design.piece));
  CHECK(back.templates[0].design.meta.designer == "Chen Li");
  CHECK(spec::shelf_json(back) == spec::shelf_json(shelf));
}

TEST_CASE("template shelf: stored entries that break a rule are left out, each named; the rest are kept") {
  spec::TemplateShelf shelf;
  spec::Diagnostics problems;
  REQUIRE(spec::save_template(shelf, "Good", halo_design(), problems));
  spec::Json document = spec::Json::parse(spec::shelf_json(shelf));
  spec::Json bad_width = document["templates"][0];
  bad_width["name"] = "Too wide";
  bad_width["design"]["piece"]["shank"]["width_mm"] = 500;
  document["templates"].push_back(bad_width);
  document["templates"].push_back(document["templates"][0]);  // the same name again
  document["templates"].push_back(42);
  spec::Json bad_name = document["templates"][0];
  bad_name["name"] = "";
  document["templates"].push_back(bad_name);
  spec::Diagnostics read_problems;
  const spec::TemplateShelf back = spec::parse_shelf(document.dump(), read_problems);
  REQUIRE(back.templates.size() == 1);
  CHECK(back.templates[0].name == "Good");
  CHECK(read_problems.errors.empty());
  REQUIRE(read_problems.warnings.size() == 4);
  CHECK(read_problems.warnings[0].path == "templates[1].design.piece.shank.width_mm");
  CHECK(read_problems.warnings[1].path == "templates[2].name");
  CHECK(read_problems.warnings[2].path == "templates[3]");
  CHECK(read_problems.warnings[3].path == "templates[4].name");

  for (const char* junk : {"", "not json", "[]", "{\"format\": 7}", "{\"format\": \"facet.design\", \"version\": 1}",
                           "{\"format\": \"facet.templates\", \"version\": 2, \"templates\": []}",
                           "{\"format\": \"facet.templates\", \"version\": 1, \"templates\": {}}"}) {
    CAPTURE(junk);
    spec::Diagnostics junk_problems;
    CHECK(spec::parse_shelf(junk, junk_problems).templates.empty());
    CHECK(junk_problems.errors.size() == 1);
  }
}

TEST_CASE("template shelf: choosing a template takes it whole but a ring keeps the customer's size") {
  spec::Design current = *spec::default_design("band");
  current.piece.size->system = catalog::SizeSystem::us;
  current.piece.size->value = 9;
  current.piece.metal.alloy = "Pt950";
  current.piece.metal.color = "";
  const spec::Design halo = halo_design();
  const spec::Design chosen = spec::apply_template(current, halo);
  CHECK(chosen.piece.style == halo.piece.style);
  CHECK(chosen.piece.metal.alloy == halo.piece.metal.alloy);
  CHECK(chosen.piece.stones.size() == halo.piece.stones.size());
  REQUIRE(chosen.piece.size);
  CHECK(chosen.piece.size->system == catalog::SizeSystem::us);
  CHECK(chosen.piece.size->value == 9);
  // A pendant has no size to keep; a ring chosen from a pendant takes the template's.
  const spec::Design pendant = *spec::default_design("pendant_solitaire");
  CHECK_FALSE(spec::apply_template(current, pendant).piece.size);
  const spec::Design ring_from_pendant = spec::apply_template(pendant, halo);
  CHECK(ring_from_pendant.piece.size->circumference_mm == halo.piece.size->circumference_mm);
}
