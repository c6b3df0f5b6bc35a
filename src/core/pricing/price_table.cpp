#include "core/pricing/price_table.hpp"

#include <algorithm>

#include "core/catalog/metals.hpp"
#include "core/spec/json_reader.hpp"

namespace facet::assets {
extern const char* const k_example_cny_json;  // generated from assets/prices/ at build time
}

namespace facet::pricing {
namespace {

using spec::Json;
using spec::ObjectReader;

constexpr std::string_view kFormat = "facet.prices v1 table";
constexpr spec::NumberRule kMoney{0.0, 1e9, ""};
constexpr spec::NumberRule kCarat{0.0, 1000.0, "ct"};
constexpr spec::NumberRule kSize{0.0, 1000.0, "mm"};
constexpr spec::NumberRule kRate{1e-6, 1e6, ""};

// An object of name -> non-negative number; `known` says which names are allowed (empty: any).
void read_number_map(ObjectReader& parent, std::string_view key, std::map<std::string, double>& out,
                     bool required, bool (*known)(std::string_view)) {
  auto reader = ObjectReader::open(parent, key, required);
  if (!reader) return;
  const Json* object = parent.field(key);
  for (auto it = object->begin(); it != object->end(); ++it) {
    if (known != nullptr && !known(it.key())) {
      reader->field(it.key());
      reader->diagnostics().error(reader->child_path(it.key()), spec::short_json(it.value()),
                                  "is not one of the names this table can price");
      continue;
    }
    if (auto value = reader->number(it.key(), kMoney, true)) out[it.key()] = *value;
  }
}

// An optional list of grade names (strings of at most 8 bytes, at least one).
std::vector<std::string> read_grades(ObjectReader& row, std::string_view key) {
  std::vector<std::string> out;
  const Json* list = row.field(key);
  if (list == nullptr) return out;
  const std::string path = row.child_path(key);
  if (!list->is_array() || list->empty()) {
    row.diagnostics().error(path, spec::short_json(*list), "must be a list of grades, such as [\"D\", \"E\", \"F\"]");
    return out;
  }
  for (size_t i = 0; i < list->size(); ++i) {
    const Json& grade = (*list)[i];
    if (!grade.is_string() || grade.get<std::string>().empty() || grade.get<std::string>().size() > 8)
      row.diagnostics().error(path + "[" + std::to_string(i) + "]", spec::short_json(grade), "must be a grade name (1 to 8 characters)");
    else
      out.push_back(grade.get<std::string>());
  }
  return out;
}

bool is_alloy(std::string_view name) { return catalog::find_alloy(name) != nullptr; }
bool is_alloy_or_default(std::string_view name) { return name == "default" || is_alloy(name); }
bool is_setting(std::string_view name) {
  for (std::string_view s : {"prong", "bezel", "pave", "channel", "bead", "peg"}) {
    if (name == s) return true;
  }
  return false;
}

}  // namespace

PriceTableResult parse_price_table(std::string_view json_text) {
  PriceTableResult result;
  spec::Diagnostics& diag = result.diagnostics;
  const Json document = Json::parse(json_text.begin(), json_text.end(), nullptr, false);
  if (document.is_discarded() || !document.is_object()) {
    diag.error("", "", "a price table is a JSON object (format \"facet.prices\")");
    return result;
  }
  if (document.value("format", "") != "facet.prices" || !document.contains("version") || document["version"] != 1) {
    diag.error("format", "", "must be \"facet.prices\" with version 1");
    return result;
  }
  PriceTable table;
  ObjectReader root(document, "", diag);
  root.field("format");
  root.field("version");
  root.text("note", 1000, false);
  table.name = root.text("name", 200, true).value_or("");
  table.date = root.text("date", 64, true).value_or("");
  if (const Json* example = root.field("example")) {
    if (example->is_boolean()) table.example = example->get<bool>();
    else diag.error("example", spec::short_json(*example), "must be true or false");
  }
  table.currency = root.text("currency", 3, true).value_or("");
  if (table.currency.size() != 3) diag.error("currency", "", "must be an ISO 4217 code such as \"CNY\" or \"USD\"");
  if (auto exchange = ObjectReader::open(root, "exchange", false)) {
    const Json* object = root.field("exchange");
    for (auto it = object->begin(); it != object->end(); ++it) {
      if (auto rate = exchange->number(it.key(), kRate, true)) table.exchange[it.key()] = *rate;
    }
  }
  read_number_map(root, "metal_per_gram", table.metal_per_gram, true, is_alloy);
  if (auto labour = ObjectReader::open(root, "labour", false)) {
    read_number_map(*labour, "per_gram", table.labour_per_gram, false, is_alloy_or_default);
    read_number_map(*labour, "per_piece", table.labour_per_piece, false, nullptr);
    labour->reject_unknown_keys(kFormat);
  }
  read_number_map(root, "setting_per_stone", table.setting_per_stone, false, is_setting);
  if (const Json* stones = root.field("stones")) {
    if (!stones->is_array()) {
      diag.error("stones", spec::short_json(*stones), "must be a list");
    } else {
      for (size_t i = 0; i < stones->size(); ++i) {
        const std::string path = "stones[" + std::to_string(i) + "]";
        if (!(*stones)[i].is_object()) {
          diag.error(path, spec::short_json((*stones)[i]), "must be an object");
          continue;
        }
        ObjectReader row((*stones)[i], path, diag);
        StonePrice price;
        price.gem = row.text("gem", 32, true).value_or("");
        price.cut = row.text("cut", 32, true).value_or("");
        price.by_piece = row.has("price_per_piece");
        if (price.by_piece) {
          price.min_mm = row.number("min_mm", kSize, true).value_or(0);
          price.max_mm = row.number("max_mm", kSize, true).value_or(0);
          price.price_per_piece = row.number("price_per_piece", kMoney, true).value_or(0);
          if (price.max_mm <= price.min_mm) diag.error(path + ".max_mm", "", "must be more than min_mm");
        } else {
          price.min_ct = row.number("min_ct", kCarat, true).value_or(0);
          price.max_ct = row.number("max_ct", kCarat, true).value_or(0);
          price.price_per_ct = row.number("price_per_ct", kMoney, true).value_or(0);
          if (price.max_ct <= price.min_ct) diag.error(path + ".max_ct", "", "must be more than min_ct");
        }
        price.colors = read_grades(row, "color");
        price.clarities = read_grades(row, "clarity");
        row.reject_unknown_keys(kFormat);  // a row by the piece with min_ct in it is told so
        table.stones.push_back(price);
      }
    }
  }
  root.reject_unknown_keys(kFormat);
  if (diag.errors.empty()) result.table = std::move(table);
  return result;
}

namespace {

bool grade_matches(const std::vector<std::string>& allowed, const std::optional<std::string>& grade) {
  return allowed.empty() || (grade && std::find(allowed.begin(), allowed.end(), *grade) != allowed.end());
}

}  // namespace

const StonePrice* find_stone_price(const PriceTable& table, const std::string& gem, const std::string& cut, const StoneMeasure& stone) {
  for (const StonePrice& row : table.stones) {
    const bool in_band = row.by_piece ? stone.size_mm >= row.min_mm && stone.size_mm < row.max_mm
                                      : stone.carat >= row.min_ct && stone.carat < row.max_ct;
    if (row.gem == gem && (row.cut == cut || row.cut == "*") && in_band && grade_matches(row.colors, stone.color) &&
        grade_matches(row.clarities, stone.clarity))
      return &row;
  }
  return nullptr;
}

const PriceTable& example_price_table() {
  static const PriceTable table = [] {
    PriceTableResult parsed = parse_price_table(facet::assets::k_example_cny_json);
    // The shipped table is checked by the tests; an empty one here would show as a missing price.
    return parsed.table.value_or(PriceTable{});
  }();
  return table;
}

}  // namespace facet::pricing
