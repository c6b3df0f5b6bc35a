#include "core/facet_core.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/catalog/gems.hpp"
#include "core/catalog/metals.hpp"
#include "core/export/stl.hpp"
#include "core/export/threemf.hpp"
#include "core/geometry/band.hpp"
#include "core/geometry/piece_model.hpp"
#include "core/pricing/quote.hpp"
#include "core/report/report.hpp"

namespace facet {

namespace {

// A stone group this version can set: a centre stone, or a pair of side stones beside it, each in
// its own prong head, of a cut with facet planes (the seat is cut with them).
bool buildable_head(const spec::StoneGroup& group) {
  const bool convex = group.cut != "heart" && group.cut != "cabochon" && group.cut != "bead";
  const bool shape = (group.role == "center" && group.count == 1) || (group.role == "side" && group.count == 2);
  return shape && group.placement.kind == spec::Placement::Kind::head && group.setting.type == "prong" && group.setting.prongs >= 3 && convex;
}

}  // namespace

std::vector<spec::Diagnostic> unbuilt_features(const spec::Design& design) {
  std::vector<spec::Diagnostic> out;
  const spec::Piece& piece = design.piece;
  const std::string later = " not built yet in this version (the geometry kernel brings them)";
  if (piece.type != "ring") out.push_back({"piece.type", "\"" + piece.type + "\"", piece.type + (piece.type == "pendant" ? "s are" : " are") + later});
  else if (piece.style != "band" && piece.style != "solitaire" && piece.style != "three_stone")
    out.push_back({"piece.style", "\"" + piece.style + "\"", piece.style + " rings are" + later});
  int centres = 0;
  for (size_t i = 0; i < piece.stones.size(); ++i) {
    const spec::StoneGroup& group = piece.stones[i];
    const std::string path = "piece.stones[" + std::to_string(i) + "]";
    if (!buildable_head(group)) {
      out.push_back({path, "\"" + group.id + "\"",
                     "only a centre stone (count 1) and pairs of side stones (count 2) of faceted convex cuts, each in a prong head "
                     "(3 or more prongs), are built yet; " +
                         group.role + " stones in " + group.setting.type + " settings are" + later});
    } else if (group.role == "center" && ++centres > 1) {
      out.push_back({path, "\"" + group.id + "\"", "a second centre stone is" + later});
    }
  }
  for (size_t i = 0; i < piece.stones.size() && centres == 0; ++i) {
    if (piece.stones[i].role == "side")
      out.push_back({"piece.stones[" + std::to_string(i) + "]", "\"" + piece.stones[i].id + "\"",
                     "side stones sit either side of a centre stone: add a stone group with role \"center\""});
  }
  if (!piece.engraving.empty()) out.push_back({"piece.engraving", "", "engravings are" + later});
  return out;
}

BuiltPiece build_piece(const spec::Design& design) {
  BuiltPiece built{design, {}, {}, {}};
  const spec::Piece& piece = design.piece;
  // Precondition: unbuilt_features(design) is empty, so this is a ring with a size and a shank.
  // Anything else gets an empty mesh rather than a crash.
  if (!piece.size || !piece.shank || !unbuilt_features(design).empty()) return built;
  const geometry::PieceModel model = geometry::piece_model(piece);
  built.metal = geometry::production_metal(model);
  built.stones = model.stones();
  built.checks = checks::run_checks(piece, model, built.metal);
  return built;
}

geometry::Mesh build_preview_metal(const spec::Design& design) { return build_preview(design).metal; }

PreviewPiece build_preview(const spec::Design& design) {
  const spec::Piece& piece = design.piece;
  if (!piece.size || !piece.shank || !unbuilt_features(design).empty()) return {};  // as build_piece
  const geometry::PieceModel model = geometry::piece_model(piece);
  return {geometry::preview_metal(model), model.stones()};
}

namespace {
const pricing::PriceTable& table_of(const ReportOptions& options) {
  return options.prices != nullptr ? *options.prices : pricing::example_price_table();
}
}  // namespace

spec::Json piece_report(const BuiltPiece& built, const ReportOptions& options) {
  spec::Json report = report::make_report(built.design, built.metal);
  report["checks"] = checks::checks_json(built.checks);
  std::string error;
  const auto quote = pricing::make_quote(built.design, report["metal"]["weight_g"].get<double>(), table_of(options),
                                         options.currency, error);
  if (quote) report["price"] = pricing::quote_to_json(*quote);
  else report["price_error"] = error;
  return report;
}

std::string check_currency(const ReportOptions& options) {
  const pricing::PriceTable& table = table_of(options);
  if (options.currency.empty() || options.currency == table.currency || table.exchange.count(options.currency)) return "";
  return "the price table (" + table.currency + ") has no exchange rate to " + options.currency;
}

std::string normalised_spec_text(const spec::Design& design) {
  return spec::design_to_json(design).dump(2, ' ', false, spec::Json::error_handler_t::strict) + "\n";
}

std::string metal_stl(const BuiltPiece& built) {
  return exporting::write_binary_stl(built.metal, spec::design_id(built.design.piece).substr(0, 40));
}

std::string stone_file_name(const BuiltPiece& built, size_t index) {
  std::string name = "stone-";
  const geometry::PlacedStone& stone = built.stones[index];
  for (char c : stone.id) name += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '_';
  if (stone.number > 0) name += "-" + std::to_string(stone.number);
  return name + ".stl";
}

std::string stone_stl(const BuiltPiece& built, size_t index) {
  const geometry::PlacedStone& stone = built.stones[index];
  return exporting::write_binary_stl(stone.world_mesh(), "stone " + stone.label());
}

namespace {

// A display colour for viewers (sRGB, 8 bits) from a linear one. Gamma 2 by square root: a hint
// for a viewer, and exact on every target (pow is not).
uint32_t display_rgba(float r, float g, float b, uint8_t alpha) {
  auto channel = [](float linear) { return uint32_t(std::lround(255.0 * std::sqrt(std::clamp(double(linear), 0.0, 1.0)))); };
  return channel(r) << 24 | channel(g) << 16 | channel(b) << 8 | alpha;
}

std::string checks_verdict(const std::vector<checks::Check>& all) {
  size_t failed = 0, warned = 0;
  for (const checks::Check& c : all) failed += c.status == checks::Status::fail, warned += c.status == checks::Status::warn;
  if (failed == 0 && warned == 0) return "pass";
  return failed ? "fail (" + std::to_string(failed) + ")" : "warn (" + std::to_string(warned) + ")";
}

}  // namespace

std::string piece_3mf(const BuiltPiece& built) {
  const spec::Piece& piece = built.design.piece;
  const spec::Meta& meta = built.design.meta;
  const catalog::Alloy* alloy = catalog::find_alloy(piece.metal.alloy);
  const catalog::AlloyColor* color = catalog::find_alloy_color(*alloy, piece.metal.color);
  const std::string alloy_name = piece.metal.alloy + (piece.metal.color.empty() ? "" : " " + piece.metal.color);
  const double weight_g = catalog::weight_g(*color, geometry::signed_volume_mm3(built.metal));

  exporting::ThreeMfDocument doc;
  doc.metadata = {{"Title", meta.title.value_or("Facet " + piece.style + " " + piece.type)},
                  {"Designer", meta.designer.value_or("")},
                  {"Copyright", meta.copyright.value_or("")},
                  {"CreationDate", meta.created.value_or("")},
                  {"Application", "Facet"},
                  {"Description", piece.style + " " + piece.type + " in " + std::string(color->name_en)}};
  auto hundredths = [](double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", report::round_to_places(value, 2));
    return std::string(text);
  };
  auto& facet_metadata = doc.facet_metadata;
  facet_metadata = {{"DesignId", spec::design_id(piece)},
                    {"Alloy", alloy_name},
                    {"FinenessMark", std::string(alloy->mark) + " / " + std::string(alloy->mark_zh)}};
  if (piece.size) facet_metadata.push_back({"RingSizeISO", hundredths(piece.size->circumference_mm)});
  facet_metadata.push_back({"MetalWeightG", hundredths(weight_g)});
  facet_metadata.push_back({"Shrinkage", "0% (not compensated)"});
  facet_metadata.push_back({"Checks", checks_verdict(built.checks)});
  doc.parts.push_back({"metal", &built.metal, alloy_name, display_rgba(color->f0.r, color->f0.g, color->f0.b, 0xFF)});
  std::vector<geometry::Mesh> stone_meshes;
  stone_meshes.reserve(built.stones.size());
  for (const geometry::PlacedStone& stone : built.stones) stone_meshes.push_back(stone.world_mesh());
  for (size_t i = 0; i < built.stones.size(); ++i) {
    const spec::StoneGroup* group = nullptr;
    for (const spec::StoneGroup& g : piece.stones)
      if (g.id == built.stones[i].id) group = &g;
    const catalog::Gem* gem = group ? catalog::find_gem(group->gem) : nullptr;
    const std::string material = gem ? std::string(gem->name_en) + " " + group->cut : "stone";
    const uint32_t rgba = gem ? display_rgba(gem->body_color[0], gem->body_color[1], gem->body_color[2], 0xC0) : 0xFFFFFFC0;
    const geometry::PlacedStone& stone = built.stones[i];
    doc.parts.push_back({"stone " + stone.label(), &stone_meshes[i], material, rgba});
  }
  return exporting::write_3mf(doc);
}

}  // namespace facet
