#include "core/facet_core.hpp"

#include "core/export/stl.hpp"
#include "core/geometry/band.hpp"
#include "core/report/report.hpp"

namespace facet {

BuiltPiece build_piece(const spec::Design& design) {
  BuiltPiece built{design, {}};
  const spec::Piece& piece = design.piece;
  // Only bands in this version: validation guarantees a ring with size and shank.
  const geometry::BandShape shape = geometry::band_shape(*piece.shank, piece.size->circumference_mm);
  built.metal = geometry::build_band(shape, geometry::kProductionSampling);
  return built;
}

geometry::Mesh build_preview_metal(const spec::Design& design) {
  const spec::Piece& piece = design.piece;
  return geometry::build_band(geometry::band_shape(*piece.shank, piece.size->circumference_mm), geometry::kPreviewSampling);
}

spec::Json piece_report(const BuiltPiece& built) { return report::make_report(built.design, built.metal); }

std::string normalised_spec_text(const spec::Design& design) {
  return spec::design_to_json(design).dump(2, ' ', false, spec::Json::error_handler_t::strict) + "\n";
}

std::string metal_stl(const BuiltPiece& built) {
  return exporting::write_binary_stl(built.metal, spec::design_id(built.design.piece).substr(0, 40));
}

}  // namespace facet
