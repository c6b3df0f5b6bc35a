#include "core/facet_core.hpp"

#include "core/export/stl.hpp"
#include "core/geometry/band.hpp"
#include "core/pricing/quote.hpp"
#include "core/report/report.hpp"

namespace facet {

std::vector<spec::Diagnostic> unbuilt_features(const spec::Design& design) {
  std::vector<spec::Diagnostic> out;
  const spec::Piece& piece = design.piece;
  const std::string later = " not built yet in this version (the geometry kernel brings them)";
  if (piece.type != "ring") out.push_back({"piece.type", "\"" + piece.type + "\"", piece.type + (piece.type == "pendant" ? "s are" : " are") + later});
  else if (piece.style != "band") out.push_back({"piece.style", "\"" + piece.style + "\"", piece.style + " rings are" + later});
  if (!piece.stones.empty()) out.push_back({"piece.stones", "", "stone settings are" + later});
  if (!piece.engraving.empty()) out.push_back({"piece.engraving", "", "engravings are" + later});
  if (piece.shank && piece.shank->profile != "flat" && piece.shank->profile != "comfort" && piece.shank->profile != "d_shape")
    out.push_back({"piece.shank.profile", "\"" + piece.shank->profile + "\"", piece.shank->profile + " shanks are" + later});
  return out;
}

BuiltPiece build_piece(const spec::Design& design) {
  BuiltPiece built{design, {}};
  const spec::Piece& piece = design.piece;
  // Precondition: unbuilt_features(design) is empty, so this is a band with a size and a shank.
  // Anything else gets an empty mesh rather than a crash.
  if (!piece.size || !piece.shank || !unbuilt_features(design).empty()) return built;
  const geometry::BandShape shape = geometry::band_shape(*piece.shank, piece.size->circumference_mm);
  built.metal = geometry::build_band(shape, geometry::kProductionSampling);
  return built;
}

geometry::Mesh build_preview_metal(const spec::Design& design) {
  const spec::Piece& piece = design.piece;
  if (!piece.size || !piece.shank || !unbuilt_features(design).empty()) return {};  // as build_piece
  return geometry::build_band(geometry::band_shape(*piece.shank, piece.size->circumference_mm), geometry::kPreviewSampling);
}

namespace {
const pricing::PriceTable& table_of(const ReportOptions& options) {
  return options.prices != nullptr ? *options.prices : pricing::example_price_table();
}
}  // namespace

spec::Json piece_report(const BuiltPiece& built, const ReportOptions& options) {
  spec::Json report = report::make_report(built.design, built.metal);
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

}  // namespace facet
