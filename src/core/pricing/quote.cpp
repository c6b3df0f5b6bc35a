#include "core/pricing/quote.hpp"

#include <algorithm>
#include <cmath>

#include "core/catalog/gems.hpp"
#include "core/catalog/metals.hpp"
#include "core/geometry/stone.hpp"
#include "core/spec/spec_io.hpp"

namespace facet::pricing {
namespace {

// A stone group as a Chinese shop names it on a price line: its role (主石, 副石, 围石, 配石), with
// the spec's id after it where the id says more than the role.
std::string group_name_zh(const spec::StoneGroup& group) {
  static const std::pair<const char*, const char*> kRoles[] = {{"center", "主石"}, {"side", "副石"}, {"halo", "围石"}, {"accent", "配石"}};
  for (const auto& [role, zh] : kRoles)
    if (group.role == role) return group.id == role || group.id == std::string(role) + "s" ? zh : std::string(zh) + " " + group.id;
  return group.id;
}

double cents(double amount) { return std::round(amount * 100.0) / 100.0; }

// The entry for `key`, or the table's "default", or nothing.
std::optional<double> lookup(const std::map<std::string, double>& prices, const std::string& key) {
  if (auto it = prices.find(key); it != prices.end()) return it->second;
  if (auto it = prices.find("default"); it != prices.end()) return it->second;
  return std::nullopt;
}

// One stone of the group as a price row matches it.
StoneMeasure stone_measure(const spec::StoneGroup& group) {
  const geometry::StoneSizing sized = geometry::size_of(group);
  return {sized.carat, std::max(sized.length_mm, sized.width_mm), group.grade ? group.grade->color : std::nullopt,
          group.grade ? group.grade->clarity : std::nullopt};
}

}  // namespace

std::optional<Quote> make_quote(const spec::Design& design, double metal_weight_g, const PriceTable& table,
                                const std::string& currency, std::string& error) {
  double rate = 1.0;
  Quote quote;
  quote.currency = currency.empty() ? table.currency : currency;
  if (quote.currency != table.currency) {
    auto it = table.exchange.find(quote.currency);
    if (it == table.exchange.end()) {
      error = "the price table (" + table.currency + ") has no exchange rate to " + quote.currency;
      return std::nullopt;
    }
    rate = it->second;
  }
  quote.table_name = table.name;
  quote.table_date = table.date;
  quote.example = table.example;

  const spec::Metal& metal = design.piece.metal;
  const catalog::Alloy* alloy = catalog::find_alloy(metal.alloy);
  const catalog::AlloyColor* color = catalog::find_alloy_color(*alloy, metal.color);
  const std::string alloy_name = metal.alloy + " " + std::string(color->name_en);
  const std::string alloy_name_zh = std::string(alloy->mark_zh) + " " + std::string(color->name_zh);
  auto add = [&](std::string item, std::string item_zh, double qty, std::string unit, double unit_price) {
    const double converted = unit_price * rate;
    quote.lines.push_back({std::move(item), std::move(item_zh), qty, std::move(unit), cents(converted), cents(qty * converted)});
    quote.total += quote.lines.back().amount;
  };

  // A pair of earrings: the metal, the stones and the labour twice over.
  const int made = design.piece.pieces_made();
  const double weight_g = metal_weight_g * made;
  const std::string pair = made == 2 ? " (pair)" : "", pair_zh = made == 2 ? "（一对）" : "";
  if (auto it = table.metal_per_gram.find(metal.alloy); it != table.metal_per_gram.end()) {
    add("Metal " + alloy_name + pair, "金料 " + alloy_name_zh + pair_zh, weight_g, "g", it->second);
  } else {
    quote.unpriced.push_back("metal " + metal.alloy);
  }
  if (auto per_gram = lookup(table.labour_per_gram, metal.alloy); per_gram && *per_gram > 0) {
    add("Labour per gram", "工费（按克）", weight_g, "g", *per_gram);
  }
  if (auto per_piece = lookup(table.labour_per_piece, design.piece.style); per_piece && *per_piece > 0) {
    add("Labour per piece (" + design.piece.style + ")", "工费（按件）", made, "piece", *per_piece);
  }
  for (const spec::StoneGroup& group : design.piece.stones) {
    const StoneMeasure stone = stone_measure(group);
    const std::string gem_zh(catalog::find_gem(group.gem)->name_zh);
    const int count = group.count * made;
    // The grades a graded row priced by, on the line (the customer sees what the price is for).
    std::string grades;
    if (group.grade && group.grade->color) grades += " " + *group.grade->color;
    if (group.grade && group.grade->clarity) grades += " " + *group.grade->clarity;
    const std::string what = std::to_string(count) + " x " + group.gem + " " + group.cut + grades + " (" + group.id + ")";
    const std::string what_zh = std::to_string(count) + " 粒 " + gem_zh + grades + "（" + group_name_zh(group) + "）";
    if (group.supplied_by == "customer") {
      // The customer's own stone: no stone price, only the setting.
    } else if (const StonePrice* price = find_stone_price(table, group.gem, group.cut, stone)) {
      if (price->by_piece)
        add("Stones " + what, "石料 " + what_zh, count, "stone", price->price_per_piece);
      else
        add("Stones " + what, "石料 " + what_zh, std::round(stone.carat * count * 1000.0) / 1000.0, "ct", price->price_per_ct);
    } else {
      quote.unpriced.push_back("stones " + group.id);
    }
    if (auto setting = table.setting_per_stone.find(group.setting.type); setting != table.setting_per_stone.end()) {
      add("Setting " + group.setting.type + " " + what, "镶工 " + what_zh, count, "stone", setting->second);
    }
  }
  quote.total = cents(quote.total);
  return quote;
}

spec::Json quote_to_json(const Quote& quote) {
  spec::Json lines = spec::Json::array();
  for (const QuoteLine& line : quote.lines) {
    lines.push_back({{"item", line.item}, {"item_zh", line.item_zh}, {"qty", spec::number_json(line.qty)},
                     {"unit", line.unit}, {"unit_price", spec::number_json(line.unit_price)},
                     {"amount", spec::number_json(line.amount)}});
  }
  spec::Json out = {{"currency", quote.currency},
                    {"total", spec::number_json(quote.total)},
                    {"lines", lines},
                    {"table", {{"name", quote.table_name}, {"date", quote.table_date}, {"example", quote.example}}}};
  if (!quote.unpriced.empty()) out["unpriced"] = quote.unpriced;
  return out;
}

}  // namespace facet::pricing
