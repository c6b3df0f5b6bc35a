// The piece's name in the panel's header and the review: its style's, unless a pearl or jadeite
// centre standing alone makes it a pearl or jadeite piece; in Chinese for every one.
#include <doctest/doctest.h>

#include <string>

#include "core/spec/style_defaults.hpp"
#include "test_data.hpp"
#include "ui/header_title.hpp"
#include "ui/translations.hpp"

using namespace facet;

TEST_CASE("header title: the style's, a pearl or jadeite piece by its stone, each in Chinese") {
  CHECK(ui::header_title(*spec::default_design("solitaire")) == "Classic solitaire");
  CHECK(ui::header_title(*spec::default_design("pendant_solitaire")) == "Solitaire pendant");
  CHECK(ui::header_title(test::read_test_spec("ring-pearl-akoya-au750.facet.json")) == "Pearl ring");
  CHECK(ui::header_title(test::read_test_spec("stud-pearl-akoya-au750.facet.json")) == "Pearl studs");
  CHECK(ui::header_title(test::read_test_spec("pendant-pearl-south-sea-au750.facet.json")) == "Pearl pendant");
  CHECK(ui::header_title(test::read_test_spec("ring-jadeite-cabochon-bezel-au750.facet.json")) == "Jadeite ring");
  CHECK(ui::header_title(test::read_test_spec("spec-example-jadeite-pendant.facet.json")) == "Jadeite pendant");
  // With a pavé row beside it a jadeite ring is still the style's (the rows say more).
  spec::Design rows = test::read_test_spec("ring-jadeite-cabochon-bezel-au750.facet.json");
  rows.piece.stones.push_back(test::read_test_spec("solitaire-bezel-pave-pt950.facet.json").piece.stones[1]);
  CHECK(ui::header_title(rows) == "Classic solitaire");

  ui::set_language(ui::Language::zh_cn);
  CHECK(std::string(ui::tr(ui::header_title(test::read_test_spec("ring-pearl-akoya-au750.facet.json")).c_str())) == "珍珠戒指");
  for (const char* title : {"Pearl ring", "Pearl pendant", "Pearl studs", "Jadeite ring", "Jadeite pendant", "Jadeite studs"})
    CHECK_MESSAGE(std::string(ui::tr(title)) != title, title);
  ui::set_language(ui::Language::en);
}
