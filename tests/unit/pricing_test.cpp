#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/facet_core.hpp"
#include "core/pricing/price_table.hpp"
#include "core/catalog/gems.hpp"
#include "core/geometry/stone.hpp"
#include "core/pricing/quote.hpp"
#include "test_data.hpp"

using namespace facet;
using namespace facet::pricing;

namespace {

const char* kTable = R"({"format": "facet.prices", "version": 1, "name": "Test shop", "date": "2026-11-01",
  "currency": "CNY", "exchange": {"USD": 0.125},
  "metal_per_gram": {"Au750": 500, "Pt950": 300},
  "labour": {"per_gram": {"default": 20, "Pt950": 50}, "per_piece": {"default": 100}},
  "setting_per_stone": {"prong": 30}, "stones": []})";

spec::Design band(const char* alloy, const char* color) {
  spec::Design design = *spec::default_design("band");
  design.piece.metal.alloy = alloy;
  design.piece.metal.color = color;
  return design;
}

}  // namespace

TEST_CASE("the shipped example table parses and is marked as an example") {
  const PriceTable& table = example_price_table();
  CHECK(table.example);
  CHECK(table.currency == "CNY");
  CHECK_FALSE(table.date.empty());
  CHECK(table.metal_per_gram.count("Au750") == 1);
  CHECK(table.metal_per_gram.size() == 11);  // every GB 11887 alloy the spec names
  CHECK(table.exchange.count("USD") == 1);
}

TEST_CASE("quote: 克价 x weight + 工费 per gram + 工费 per piece, cents per line, total adds up") {
  const PriceTable table = *parse_price_table(kTable).table;
  std::string error;
  const auto quote = make_quote(band("Au750", "yellow"), 5.5, table, "", error);
  REQUIRE(quote.has_value());
  REQUIRE(quote->lines.size() == 3);
  CHECK(quote->lines[0].amount == doctest::Approx(2750.0));  // 5.5 g x 500
  CHECK(quote->lines[0].item_zh.find("金料") == 0);
  CHECK(quote->lines[1].amount == doctest::Approx(110.0));   // 5.5 g x 20 (default labour)
  CHECK(quote->lines[2].amount == doctest::Approx(100.0));   // per piece (default style)
  CHECK(quote->total == doctest::Approx(2960.0));
  CHECK(quote->currency == "CNY");
  CHECK(quote->unpriced.empty());

  const auto pt = make_quote(band("Pt950", ""), 7.0, table, "", error);
  CHECK(pt->lines[1].unit_price == 50.0);  // platinum's own labour rate

  const auto usd = make_quote(band("Au750", "yellow"), 5.5, table, "USD", error);
  REQUIRE(usd.has_value());
  CHECK(usd->currency == "USD");
  CHECK(usd->lines[0].unit_price == doctest::Approx(62.5));
  CHECK(usd->total == doctest::Approx(370.0));
}

TEST_CASE("quote: rounding per line keeps the printed total consistent") {
  const PriceTable table = *parse_price_table(kTable).table;
  std::string error;
  const auto quote = make_quote(band("Au750", "yellow"), 5.123, table, "USD", error);
  double sum = 0;
  for (const auto& line : quote->lines) {
    CHECK(line.amount * 100 == doctest::Approx(std::round(line.amount * 100)));
    sum += line.amount;
  }
  CHECK(quote->total == doctest::Approx(sum).epsilon(1e-12));
}

TEST_CASE("quote: what the table cannot price is said, not guessed") {
  const PriceTable table = *parse_price_table(kTable).table;
  std::string error;
  const auto silver = make_quote(band("S925", ""), 3.0, table, "", error);
  REQUIRE(silver.has_value());
  CHECK(silver->unpriced.size() == 1);
  CHECK(silver->unpriced[0] == "metal S925");
  CHECK_FALSE(make_quote(band("Au750", "yellow"), 5.5, table, "EUR", error).has_value());
  CHECK(error.find("no exchange rate to EUR") != std::string::npos);
}

TEST_CASE("price tables: every problem named with its path") {
  const std::string bad = R"({"format": "facet.prices", "version": 1, "name": "x", "date": "2026-11-01",
    "currency": "CNY", "metal_per_gram": {"Au999": 900, "Au750": -5, "Pt950": "300"},
    "labour": {"per_gram": {"Pt950": 10}, "hourly": 5}, "setting_per_stone": {"glue": 1},
    "stones": [{"gem": "diamond", "cut": "round", "min_ct": 1, "max_ct": 0.5, "price_per_ct": 100}], "tax": 0.13})";
  const PriceTableResult result = parse_price_table(bad);
  CHECK_FALSE(result.table.has_value());
  std::vector<std::string> paths;
  for (const auto& d : result.diagnostics.errors) paths.push_back(d.path);
  for (const char* expected : {"metal_per_gram.Au999", "metal_per_gram.Au750", "metal_per_gram.Pt950", "labour.hourly",
                               "setting_per_stone.glue", "stones[0].max_ct", "tax"}) {
    CAPTURE(expected);
    CHECK(std::find(paths.begin(), paths.end(), expected) != paths.end());
  }
  CHECK(result.diagnostics.errors.size() == 7);
  CHECK_FALSE(parse_price_table("[]").table.has_value());
  CHECK_FALSE(parse_price_table(R"({"format": "facet.design", "version": 1})").table.has_value());
}

TEST_CASE("the report carries the price; a currency the table lacks is refused up front") {
  const BuiltPiece built = build_piece(band("Au750", "yellow"));
  const spec::Json report = piece_report(built);
  REQUIRE(report.contains("price"));
  CHECK(report["price"]["currency"] == "CNY");
  CHECK(report["price"]["table"]["example"] == true);
  const double weight = report["metal"]["weight_g"].get<double>();
  CHECK(report["price"]["lines"][0]["qty"].get<double>() == weight);
  ReportOptions euro;
  euro.currency = "EUR";
  CHECK_FALSE(check_currency(euro).empty());
  CHECK(piece_report(built, euro).contains("price_error"));
  ReportOptions dollars;
  dollars.currency = "USD";
  CHECK(check_currency(dollars).empty());
  CHECK(piece_report(built, dollars)["price"]["currency"] == "USD");
}

TEST_CASE("quote: stones by gem, cut and carat band, setting labour per stone, customer stones") {
  const std::string json = R"({"format": "facet.prices", "version": 1, "name": "Test", "date": "2026-11-01",
    "currency": "CNY", "metal_per_gram": {"Pt950": 300}, "setting_per_stone": {"prong": 40, "pave": 10},
    "stones": [{"gem": "diamond", "cut": "round", "min_ct": 0, "max_ct": 0.5, "price_per_ct": 8000},
               {"gem": "diamond", "cut": "*", "min_ct": 0.5, "max_ct": 5, "price_per_ct": 30000}]})";
  const PriceTable table = *parse_price_table(json).table;
  spec::Design halo = *spec::default_design("halo");
  halo.piece.metal.alloy = "Pt950";
  halo.piece.metal.color = "";
  std::string error;
  const auto quote = make_quote(halo, 6.0, table, "", error);
  REQUIRE(quote.has_value());
  // metal, centre stone, its setting, 18 halo stones, their setting
  REQUIRE(quote->lines.size() == 5);
  const QuoteLine& center = quote->lines[1];
  CHECK(center.unit == "ct");
  CHECK(center.unit_price == 30000);  // an 8 x 6 oval is over 0.5 ct: the "*" row
  CHECK(center.item_zh.find("石料") == 0);
  CHECK(center.item_zh.find("（主石）") != std::string::npos);  // the role in Chinese, not the id "center"
  CHECK(center.item.find("(center)") != std::string::npos);
  CHECK(quote->lines[2].amount == 40);  // one prong setting
  const QuoteLine& halo_stones = quote->lines[3];
  CHECK(halo_stones.item_zh.find("（围石）") != std::string::npos);
  CHECK(halo_stones.unit_price == 8000);
  // Carats from the generated stones; melee of 1.3 mm is about 0.008-0.01 ct each by the chart.
  const double melee = geometry::size_from_mm(*catalog::find_gem("diamond"), *catalog::find_cut("round"), 1.3, 1.3).carat;
  CHECK(halo_stones.qty == doctest::Approx(std::round(18 * melee * 1000) / 1000).epsilon(0.002));
  CHECK(melee > 0.007);
  CHECK(melee < 0.011);
  CHECK(quote->lines[4].amount == 180);  // 18 pave settings at 10
  // The customer brings the centre stone: only its setting is charged.
  halo.piece.stones[0].supplied_by = "customer";
  const auto own = make_quote(halo, 6.0, table, "", error);
  CHECK(own->lines.size() == 4);
  // No row for emeralds: said, not guessed.
  halo.piece.stones[0].gem = "emerald";
  halo.piece.stones[0].supplied_by = "factory";
  CHECK(make_quote(halo, 6.0, table, "", error)->unpriced == std::vector<std::string>{"stones center"});
}

TEST_CASE("quote: earrings are priced as the pair the spec's one earring describes") {
  const std::string json = R"({"format": "facet.prices", "version": 1, "name": "Test", "date": "2026-11-01",
    "currency": "CNY", "metal_per_gram": {"Au750": 500}, "labour": {"per_gram": {"default": 20}, "per_piece": {"stud": 150}},
    "setting_per_stone": {"prong": 40},
    "stones": [{"gem": "diamond", "cut": "*", "min_ct": 0, "max_ct": 5, "price_per_ct": 10000}]})";
  const auto parsed = parse_price_table(json);
  REQUIRE(parsed.table.has_value());
  const PriceTable& table = *parsed.table;
  const spec::Design stud = *spec::default_design("stud");
  REQUIRE(stud.piece.pieces_made() == 2);
  std::string error;
  const auto quote = make_quote(stud, 0.3, table, "", error);  // one earring's metal
  REQUIRE(quote.has_value());
  REQUIRE(quote->lines.size() == 5);
  CHECK(quote->lines[0].qty == doctest::Approx(0.6));  // grams, both earrings
  CHECK(quote->lines[0].amount == doctest::Approx(300.0));
  CHECK(quote->lines[0].item.find("(pair)") != std::string::npos);
  CHECK(quote->lines[1].amount == doctest::Approx(12.0));  // 0.6 g x 20
  CHECK(quote->lines[2].qty == 2);                         // labour per earring
  CHECK(quote->lines[2].amount == doctest::Approx(300.0));
  const double carat = geometry::size_of(stud.piece.stones[0]).carat;
  CHECK(quote->lines[3].qty == doctest::Approx(std::round(2 * carat * 1000) / 1000));
  CHECK(quote->lines[3].item.find("2 x diamond") == 0 + std::string("Stones ").size());
  CHECK(quote->lines[4].amount == doctest::Approx(80.0));  // two stones set
  // A ring is one piece.
  CHECK(spec::default_design("solitaire")->piece.pieces_made() == 1);
}

TEST_CASE("quote: a graded row prices only stones of its grades; graded rows first, then the plain ones") {
  const std::string json = R"({"format": "facet.prices", "version": 1, "name": "Test", "date": "2026-11-01",
    "currency": "CNY", "metal_per_gram": {"Au750": 500},
    "stones": [{"gem": "diamond", "cut": "round", "min_ct": 0, "max_ct": 5, "color": ["D", "E", "F"], "clarity": ["IF", "VVS1"], "price_per_ct": 60000},
               {"gem": "diamond", "cut": "round", "min_ct": 0, "max_ct": 5, "color": ["G", "H"], "price_per_ct": 35000},
               {"gem": "diamond", "cut": "*", "min_ct": 0, "max_ct": 5, "price_per_ct": 20000}]})";
  const auto parsed = parse_price_table(json);
  REQUIRE(parsed.table.has_value());
  const PriceTable& table = *parsed.table;
  CHECK(table.stones[0].colors == std::vector<std::string>{"D", "E", "F"});
  CHECK(table.stones[1].clarities.empty());
  spec::Design solitaire = *spec::default_design("solitaire");
  spec::StoneGroup& center = solitaire.piece.stones[0];
  REQUIRE(center.cut == "round");
  auto center_price = [&] {
    std::string error;
    const auto quote = make_quote(solitaire, 3.0, table, "", error);
    REQUIRE(quote.has_value());
    for (const QuoteLine& line : quote->lines)
      if (line.unit == "ct") return line;
    FAIL("no stone line");
    return QuoteLine{};
  };
  CHECK(center_price().unit_price == 20000);  // no grade: the plain row
  center.grade = spec::Grade{};
  center.grade->color = "E";
  CHECK(center_price().unit_price == 20000);  // E but no clarity: the first row wants both
  center.grade->clarity = "VVS1";
  const QuoteLine top = center_price();
  CHECK(top.unit_price == 60000);
  CHECK(top.item.find("diamond round E VVS1 (center)") != std::string::npos);  // what the price is for
  CHECK(top.item_zh.find("E VVS1") != std::string::npos);
  center.grade->color = "H";  // any clarity
  CHECK(center_price().unit_price == 35000);
  center.grade->color = "J";
  CHECK(center_price().unit_price == 20000);
  center.cut = "oval";  // graded rows here are for rounds only
  center.grade->color = "E";
  CHECK(center_price().unit_price == 20000);
}

TEST_CASE("price tables: grades are lists of names, each problem with its path") {
  const std::string bad = R"({"format": "facet.prices", "version": 1, "name": "x", "date": "2026-11-01", "currency": "CNY",
    "metal_per_gram": {"Au750": 500},
    "stones": [{"gem": "diamond", "cut": "round", "min_ct": 0, "max_ct": 1, "color": "D", "price_per_ct": 1},
               {"gem": "diamond", "cut": "round", "min_ct": 0, "max_ct": 1, "clarity": ["VS1", 2, ""], "price_per_ct": 1},
               {"gem": "diamond", "cut": "round", "min_ct": 0, "max_ct": 1, "color": [], "price_per_ct": 1}]})";
  const PriceTableResult result = parse_price_table(bad);
  CHECK_FALSE(result.table.has_value());
  std::vector<std::string> paths;
  for (const auto& d : result.diagnostics.errors) paths.push_back(d.path);
  CHECK(paths == std::vector<std::string>{"stones[0].color", "stones[1].clarity[1]", "stones[1].clarity[2]", "stones[2].color"});
}

TEST_CASE("the example table prices a top-graded round diamond above a plain one, and a lower grade below") {
  const PriceTable& table = example_price_table();
  const auto price = [&](std::optional<std::string> color, std::optional<std::string> clarity) {
    const StonePrice* row = find_stone_price(table, "diamond", "round", {0.7, 5.7, color, clarity});
    REQUIRE(row != nullptr);
    return row->price_per_ct;
  };
  const double plain = price(std::nullopt, std::nullopt);
  CHECK(price("D", "VVS2") > plain);
  CHECK(price("J", "SI1") < plain);
  CHECK(price("G", "VS2") == plain);
}

// Pearls are sold by the piece, by the millimetre across: a row by the piece prices a stone by its
// size band, not its carat; the pair of studs takes two.
TEST_CASE("quote: a row by the piece prices pearls by their diameter's band; studs take two") {
  const std::string json = R"({"format": "facet.prices", "version": 1, "name": "Test", "date": "2026-11-01",
    "currency": "CNY", "metal_per_gram": {"Au750": 500}, "setting_per_stone": {"peg": 20},
    "stones": [{"gem": "pearl", "cut": "bead", "min_mm": 7, "max_mm": 8, "price_per_piece": 250},
               {"gem": "pearl", "cut": "bead", "min_mm": 8, "max_mm": 9, "price_per_piece": 450}]})";
  const auto parsed = parse_price_table(json);
  REQUIRE(parsed.table.has_value());
  const PriceTable& table = *parsed.table;
  CHECK(table.stones[0].by_piece);
  spec::Design studs = test::read_test_spec("stud-pearl-akoya-au750.facet.json");
  const auto stone_line = [&](double diameter_mm) {
    studs.piece.stones[0].size.diameter_mm = diameter_mm;
    std::string error;
    const auto quote = make_quote(studs, 0.3, table, "", error);
    REQUIRE(quote.has_value());
    const auto line = std::find_if(quote->lines.begin(), quote->lines.end(), [](const QuoteLine& l) { return l.item.find("Stones") == 0; });
    return line == quote->lines.end() ? QuoteLine{} : *line;
  };
  const QuoteLine eight = stone_line(8.0);  // the band's lower bound is in it
  CHECK(eight.unit == "stone");
  CHECK(eight.qty == 2);
  CHECK(eight.unit_price == 450);
  CHECK(eight.amount == doctest::Approx(900.0));
  CHECK(stone_line(7.99).unit_price == 250);
  CHECK(stone_line(9.0).item.empty());  // past every band: unpriced, not guessed
  std::string error;
  CHECK(make_quote(studs, 0.3, table, "", error)->unpriced == std::vector<std::string>{"stones center"});
}

TEST_CASE("price table: a row by the piece needs its size band, and takes no carat band") {
  const std::string json = R"({"format": "facet.prices", "version": 1, "name": "Test", "date": "2026-11-01",
    "currency": "CNY", "metal_per_gram": {"Au750": 500},
    "stones": [{"gem": "pearl", "cut": "bead", "min_mm": 8, "max_mm": 8, "price_per_piece": 450},
               {"gem": "pearl", "cut": "bead", "min_ct": 0, "max_ct": 5, "min_mm": 6, "max_mm": 7, "price_per_piece": 150},
               {"gem": "pearl", "cut": "bead", "max_mm": 7, "price_per_piece": 150}]})";
  const PriceTableResult result = parse_price_table(json);
  CHECK_FALSE(result.table.has_value());
  std::vector<std::string> paths;
  for (const auto& d : result.diagnostics.errors) paths.push_back(d.path);
  CHECK(paths == std::vector<std::string>{"stones[0].max_mm", "stones[1].max_ct", "stones[1].min_ct", "stones[2].min_mm"});
  CHECK(result.diagnostics.errors[1].rule.find("facet.prices") != std::string::npos);  // not "of the facet.design spec"
}

TEST_CASE("the example table prices every pearl from a 3 mm seed pearl to 20 mm, larger ones dearer") {
  const PriceTable& table = example_price_table();
  double previous = 0;
  for (double diameter = 3.0; diameter < 20.0; diameter += 0.25) {
    const StonePrice* row = find_stone_price(table, "pearl", "bead", {0.0, diameter, std::nullopt, std::nullopt});
    REQUIRE_MESSAGE(row != nullptr, diameter << " mm");
    CHECK(row->by_piece);
    CHECK(row->price_per_piece >= previous);
    previous = row->price_per_piece;
  }
  CHECK(find_stone_price(table, "jadeite", "cabochon", {1.0, 10.0, std::nullopt, std::nullopt}) == nullptr);  // stone by stone
}
