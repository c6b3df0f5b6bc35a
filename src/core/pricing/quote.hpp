// A price for a piece from a price table: Chinese retail style 克价 x weight + 工费 (per gram and/or
// per piece) + stones and their setting. Amounts are rounded to cents line by line; the total is
// the sum of the rounded lines, so a printed quote adds up.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/pricing/price_table.hpp"
#include "core/spec/spec.hpp"

namespace facet::pricing {

struct QuoteLine {
  std::string item;     // English, e.g. "Metal Au750 18K yellow gold"
  std::string item_zh;  // 中文, e.g. "金料 Au750 18K黄金"
  double qty = 0;
  std::string unit;     // "g", "piece", "ct", "stone"
  double unit_price = 0;
  double amount = 0;
};

struct Quote {
  std::string currency;
  double total = 0;
  std::vector<QuoteLine> lines;
  std::vector<std::string> unpriced;  // what the table has no price for (left out of the total)
  std::string table_name, table_date;
  bool example = false;
};

// `currency` empty: the table's own. Nullopt with `error` when the table cannot convert to it.
std::optional<Quote> make_quote(const spec::Design& design, double metal_weight_g, const PriceTable& table,
                                const std::string& currency, std::string& error);

spec::Json quote_to_json(const Quote& quote);

}  // namespace facet::pricing
