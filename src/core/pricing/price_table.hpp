// A shop's price table (facet.prices v1): metal per gram (克价) by alloy, labour (工费) per gram
// and per piece, setting labour per stone, stone prices per carat by gem, cut, weight band and
// (optionally) colour and clarity grade.
// The table shipped in assets/prices/ holds example figures, marked as such.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/spec/diagnostics.hpp"

namespace facet::pricing {

// A row prices stones by the carat in a carat band, or by the piece in a size band: pearls are
// sold by the millimetre across (an Akoya of 7.5-8 mm), as are many cabochons.
struct StonePrice {
  std::string gem, cut;  // cut "*" matches any cut
  double min_ct = 0, max_ct = 0;  // min_ct <= carat < max_ct
  // Grades this row prices ("D", "VS1", as the spec's grade.color / grade.clarity); empty: any
  // stone, graded or not. A stone without that grade does not match a row that names some.
  std::vector<std::string> colors, clarities;
  double price_per_ct = 0;
  // By the piece instead (a row with price_per_piece): min_mm <= the stone's size < max_mm, its
  // size the longest of its length and width (a pearl's diameter).
  bool by_piece = false;
  double min_mm = 0, max_mm = 0;
  double price_per_piece = 0;
};

struct PriceTable {
  std::string name;
  std::string date;      // ISO 8601: prices move, every quote says when
  bool example = false;  // figures for demonstration, not quotes
  std::string currency;  // ISO 4217, e.g. "CNY"
  std::map<std::string, double> exchange;             // 1 unit of `currency` in others
  std::map<std::string, double> metal_per_gram;       // by alloy code
  std::map<std::string, double> labour_per_gram;      // by alloy code, or "default"
  std::map<std::string, double> labour_per_piece;     // by style, or "default"
  std::map<std::string, double> setting_per_stone;    // by setting type
  std::vector<StonePrice> stones;
};

struct PriceTableResult {
  std::optional<PriceTable> table;
  spec::Diagnostics diagnostics;  // paths such as `metal_per_gram.Au750`
};

PriceTableResult parse_price_table(std::string_view json_text);
// What a row matches a stone by.
struct StoneMeasure {
  double carat = 0;
  double size_mm = 0;  // the longest of its length and width
  std::optional<std::string> color, clarity;
};
// The first row for this gem and cut ("*" for any cut) whose band holds the stone (its carat, or
// its size for a row by the piece) and whose grades, if it names any, include the stone's; nullptr
// if none. Tables list graded rows before plain ones.
const StonePrice* find_stone_price(const PriceTable& table, const std::string& gem, const std::string& cut, const StoneMeasure& stone);
// The example table from assets/prices/example-cny.json, embedded at build time.
const PriceTable& example_price_table();

}  // namespace facet::pricing
