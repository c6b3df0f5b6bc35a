#include <doctest/doctest.h>

#include <cmath>

#include "core/catalog/metals.hpp"
#include "core/catalog/ring_sizes.hpp"

using namespace facet::catalog;

// Worked US values, jewelry-facts.md: size -> (inner diameter mm, circumference mm).
TEST_CASE("US sizes match the published worked values") {
  struct Row { double size, diameter_mm, circumference_mm; };
  for (Row row : {Row{5, 15.76, 49.5}, Row{6, 16.59, 52.1}, Row{7, 17.41, 54.7}, Row{8, 18.24, 57.3}}) {
    CAPTURE(row.size);
    const double c = circumference_from_size(SizeSystem::us, row.size);
    CHECK(c == doctest::Approx(row.circumference_mm).epsilon(0.001));
    CHECK(diameter_from_circumference(c) == doctest::Approx(row.diameter_mm).epsilon(0.0006));
    CHECK(size_from_circumference(SizeSystem::us, c) == row.size);
  }
  CHECK(size_from_circumference(SizeSystem::us, circumference_from_size(SizeSystem::us, 6.75)) == 6.75);
}

TEST_CASE("Hong Kong sizes reproduce the published table and invert") {
  struct Row { double size, circumference_mm; };
  for (Row row : {Row{6, 44.3}, Row{10, 48.7}, Row{14, 53.1}, Row{18, 57.5}, Row{22, 61.9}, Row{25, 65.3}}) {
    CAPTURE(row.size);
    CHECK(circumference_from_size(SizeSystem::hk, row.size) == doctest::Approx(row.circumference_mm).epsilon(1e-9));
    CHECK(size_from_circumference(SizeSystem::hk, row.circumference_mm) == row.size);
  }
  // About 1.1 mm a step between table points.
  CHECK(circumference_from_size(SizeSystem::hk, 12) == doctest::Approx(50.9).epsilon(1e-9));
  // A US 7 (54.7 mm) is HK 15 or so: 53.1 + 1.6 -> 15.45 rounds to 15.
  CHECK(size_from_circumference(SizeSystem::hk, 54.7) == 15);
}

TEST_CASE("Japanese sizes follow JIS S 4700") {
  // inner diameter mm = (n + 38) / 3
  CHECK(diameter_from_circumference(circumference_from_size(SizeSystem::jp, 13)) == doctest::Approx(17.0));
  CHECK(size_from_circumference(SizeSystem::jp, circumference_from_size(SizeSystem::jp, 9)) == 9);
}

TEST_CASE("size steps") {
  CHECK(is_size_step(SizeSystem::us, 6.25));
  CHECK_FALSE(is_size_step(SizeSystem::us, 6.3));
  CHECK(is_size_step(SizeSystem::hk, 12));
  CHECK_FALSE(is_size_step(SizeSystem::hk, 12.5));
  CHECK(parse_size_system("hk") == SizeSystem::hk);
  CHECK_FALSE(parse_size_system("eu").has_value());
}

TEST_CASE("alloy catalog: marks and densities from the facts file") {
  const Alloy* au750 = find_alloy("Au750");
  REQUIRE(au750 != nullptr);
  CHECK(au750->mark == "Au750");
  CHECK(au750->mark_zh == "金750");
  CHECK(find_alloy_color(*au750, "yellow")->density_g_cm3 == 15.58);
  CHECK(find_alloy_color(*au750, "white")->density_g_cm3 == 14.64);
  CHECK(find_alloy_color(*au750, "rose")->density_g_cm3 == 15.18);
  CHECK(find_alloy_color(*au750, "green") == nullptr);
  CHECK(find_alloy("Au990")->mark == "足金");
  CHECK(find_alloy_color(*find_alloy("Pt950"), "")->density_g_cm3 == 20.1);
  CHECK(find_alloy("Pt950")->mark_zh == "铂950");
  CHECK(find_alloy("S925")->mark_zh == "银925");
  CHECK(find_alloy("Au999") == nullptr);  // not a GB 11887 name since 2016
  for (const Alloy& alloy : all_alloys()) {
    CAPTURE(alloy.code);
    CHECK(alloy.colors.size() >= 1);
    CHECK(alloy.colors.front().density_g_cm3 > 10.0);
  }
}

TEST_CASE("UK letter sizes: reading and writing") {
  CHECK(parse_uk_size("A") == 0.0);
  CHECK(parse_uk_size("N") == 13.0);
  CHECK(parse_uk_size("N1/2") == 13.5);
  CHECK(parse_uk_size("n 1/2") == 13.5);
  CHECK(parse_uk_size("N\xC2\xBD") == 13.5);  // N½
  CHECK(parse_uk_size("Z+1") == 26.0);
  CHECK(parse_uk_size("Z+2 1/2") == 27.5);
  for (const char* bad : {"", "AA", "Q9", "Z+0", "A+1", "N1/3", "+1", "7", "Z+"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_uk_size(bad).has_value());
  }
  for (double index = 0; index <= 34; index += 0.5) {
    CAPTURE(index);
    CHECK(parse_uk_size(format_uk_size(index)) == index);
  }
  CHECK(format_uk_size(13.5) == "N1/2");
  CHECK(format_uk_size(27.5) == "Z+2 1/2");
}

TEST_CASE("UK sizes against the facts file: A about 37.8 mm, about 1.25 mm a letter, M about 53.1") {
  CHECK(uk_circumference(*parse_uk_size("A")) == doctest::Approx(37.8));
  CHECK(uk_circumference(*parse_uk_size("B")) - uk_circumference(*parse_uk_size("A")) == doctest::Approx(1.25));
  // Tables disagree by about 0.5 mm on the offset.
  CHECK(std::fabs(uk_circumference(*parse_uk_size("M")) - 53.1) <= 0.5);
}

TEST_CASE("one size in every system: US 7 as in the issue's worked example") {
  const SizeEquivalents e = size_equivalents(circumference_from_size(SizeSystem::us, 7));
  CHECK(e.iso_mm == doctest::Approx(54.7));
  CHECK(e.diameter_mm == doctest::Approx(17.41));
  CHECK(e.us == 7);
  CHECK(e.uk == "N1/2");
  CHECK(e.jp == 14);
  // The facts file's Hong Kong table puts 54.7 mm nearest HK 15 (54.2 mm), not 14 (53.1 mm).
  CHECK(e.hk == 15);
  CHECK(e.cn == e.hk);
}
