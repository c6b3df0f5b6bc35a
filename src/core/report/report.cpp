#include "core/report/report.hpp"

#include <cmath>

#include "core/catalog/casting_limits.hpp"
#include "core/catalog/gems.hpp"
#include "core/catalog/metals.hpp"
#include "core/geometry/engraving.hpp"
#include "core/geometry/stone.hpp"
#include "core/catalog/ring_sizes.hpp"
#include "core/spec/spec_io.hpp"
#include "core/text/utf8.hpp"

namespace facet::report {
namespace {

spec::Json size_report(const spec::RingSize& size) {
  const catalog::SizeEquivalents e = catalog::size_equivalents(size.circumference_mm);
  return {
      {"system", std::string(catalog::size_system_name(size.system))},
      {"value", size.system == catalog::SizeSystem::uk ? spec::Json(size.letter) : spec::number_json(size.value)},
      {"iso_mm", round_to_places(size.circumference_mm, 2)},
      {"diameter_mm", e.diameter_mm},
      {"us", spec::number_json(e.us)},
      {"uk", e.uk},
      {"hk", spec::number_json(e.hk)},
      {"jp", spec::number_json(e.jp)},
      {"cn", spec::number_json(e.cn)},
  };
}

}  // namespace

spec::Json stones_report(const spec::Piece& piece) {
  spec::Json out = spec::Json::array();
  for (const spec::StoneGroup& group : piece.stones) {
    const catalog::Gem* gem = catalog::find_gem(group.gem);
    // Carats from the generated stone's volume and the gem's specific gravity.
    const geometry::StoneSizing sized = geometry::size_of(group);
    const double length = sized.length_mm, width = sized.width_mm, depth = sized.depth_mm, carat = sized.carat;
    spec::Json setting = {{"type", group.setting.type}};
    if (group.setting.type == "prong") setting["prongs"] = group.setting.prongs;
    out.push_back({{"id", group.id},
                   {"role", group.role},
                   {"gem", group.gem},
                   {"gem_zh", std::string(gem->name_zh)},
                   {"cut", group.cut},
                   {"dims_mm", {round_to_places(length, 2), round_to_places(width, 2), round_to_places(depth, 2)}},
                   {"carat", round_to_places(carat, 3)},
                   {"count", group.count},
                   {"total_carat", round_to_places(carat * group.count, 3)},
                   {"setting", setting},
                   {"supplied_by", group.supplied_by}});
  }
  return out;
}

double round_to_places(double value, int decimals) {
  double scale = 1.0;
  for (int i = 0; i < decimals; ++i) scale *= 10.0;
  return std::round(value * scale) / scale;
}

// Each engraving as the bench reads it: what, where, and how it is made (cast in the model, or cut
// by laser after polishing when its lines are finer than a casting holds).
spec::Json engraving_report(const spec::Piece& piece) {
  spec::Json out = spec::Json::array();
  for (const spec::Engraving& e : piece.engraving) {
    const geometry::EngravingPlan plan = geometry::engraving_plan(e, catalog::kMinCastEngravingLineMm);
    std::vector<uint32_t> points;
    text::decode_utf8(e.text, points);
    out.push_back({{"text", e.text},
                   {"font", e.font.empty() ? std::string(text::kEngravingFontName) : e.font},
                   {"location", e.location},
                   {"style", e.style},
                   {"height_mm", e.height_mm},
                   {"depth_mm", e.depth_mm},
                   {"length_mm", round_to_places(text::advance_em(points) * e.height_mm, 2)},
                   {"line_width_mm", round_to_places(plan.line_width_mm, 3)},
                   {"method", plan.method == geometry::EngravingMethod::cast ? "cast" : "laser"}});
  }
  return out;
}

spec::Json make_report(const spec::Design& design, const geometry::Mesh& metal) {
  const spec::Piece& piece = design.piece;
  const catalog::Alloy* alloy = catalog::find_alloy(piece.metal.alloy);
  const catalog::AlloyColor* color = catalog::find_alloy_color(*alloy, piece.metal.color);
  const double volume_mm3 = geometry::signed_volume_mm3(metal);
  const double weight_g = catalog::weight_g(*color, volume_mm3);

  spec::Json out;
  out["design_id"] = spec::design_id(piece);
  out["piece"] = {{"type", piece.type}, {"style", piece.style}, {"pieces_made", piece.pieces_made()}};
  out["metal"] = {
      {"alloy", piece.metal.alloy},
      {"color", piece.metal.color},
      {"mark", std::string(alloy->mark)},
      {"mark_zh", std::string(alloy->mark_zh)},
      {"name_en", std::string(color->name_en)},
      {"name_zh", std::string(color->name_zh)},
      {"finish", piece.metal.finish},
      {"plating", piece.metal.plating},
      {"density_g_cm3", color->density_g_cm3},
      {"volume_mm3", round_to_places(volume_mm3, 3)},
      {"weight_g", round_to_places(weight_g, 3)},
      {"weight_note", piece.pieces_made() == 2
                          ? "one earring of the pair (the pair: twice this); casting needs 10-50% more metal for the button and tree"
                          : "piece only: casting needs 10-50% more metal for the button and tree"},
  };
  if (piece.size) out["size"] = size_report(*piece.size);
  const geometry::Bounds box = geometry::bounds(metal);
  const glm::dvec3 extent = box.size();
  out["stones"] = stones_report(piece);
  out["engraving"] = engraving_report(piece);
  out["bbox_mm"] = {round_to_places(extent.x, 3), round_to_places(extent.y, 3), round_to_places(extent.z, 3)};
  out["triangles"] = metal.triangle_count();
  return out;
}

}  // namespace facet::report
