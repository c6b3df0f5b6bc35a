// The review's line for a stone group: count, gem, cut, size and weight; a pearl by its size only.
#include <doctest/doctest.h>

#include <string>

#include "ui/stone_line.hpp"
#include "ui/translations.hpp"

using namespace facet;

TEST_CASE("stone line: a diamond by its carats, a pair of pearls by the millimetre, in English and Chinese") {
  const spec::Json diamond = {{"count", 1}, {"gem", "diamond"}, {"cut", "round"}, {"dims_mm", {6.5, 6.5, 3.98}}, {"carat", 1.02}};
  const spec::Json pearl = {{"count", 1}, {"gem", "pearl"}, {"cut", "bead"}, {"dims_mm", {8.0, 8.0, 8.0}}, {"carat", 1.95}};
  const spec::Json oval = {{"count", 2}, {"gem", "sapphire"}, {"cut", "oval"}, {"dims_mm", {7.0, 5.0, 3.1}}, {"carat", 0.9}};
  const std::string one_diamond = ui::stone_line(diamond, 1);
  CHECK(one_diamond.find("6.50 mm, 1.02 ct") != std::string::npos);
  const std::string pair = ui::stone_line(pearl, 2);  // a stud's pearl, made twice
  CHECK(pair.rfind("2 \xC3\x97 ", 0) == 0);
  CHECK(pair.find("8.00 mm") != std::string::npos);
  CHECK(pair.find("ct") == std::string::npos);  // sold by the millimetre
  CHECK(ui::stone_line(oval, 1).find("7.00 \xC3\x97 5.00 mm, 1.80 ct") != std::string::npos);  // the group's weight

  ui::set_language(ui::Language::zh_cn);
  CHECK(ui::stone_line(pearl, 1).find("8.00 毫米") != std::string::npos);
  CHECK(ui::stone_line(pearl, 1).find("克拉") == std::string::npos);
  CHECK(ui::stone_line(diamond, 1).find("共 1.02 克拉") != std::string::npos);
  ui::set_language(ui::Language::en);
}
