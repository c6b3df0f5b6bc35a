#include <cmath>
#include <cstdint>

#include "core/spec/spec_io.hpp"
#include "core/spec/style_defaults.hpp"
#include "core/util/sha256.hpp"

namespace facet::spec {
namespace {

void merge_extensions(Json& out, const Json& extensions) {
  for (auto it = extensions.begin(); it != extensions.end(); ++it) out[it.key()] = it.value();
}

void put_optional(Json& out, const char* key, const std::optional<std::string>& value) {
  if (value) out[key] = *value;
}

Json metal_to_json(const Metal& metal) {
  Json out = {{"alloy", metal.alloy}, {"finish", metal.finish}, {"plating", metal.plating}};
  if (!metal.color.empty()) out["color"] = metal.color;
  merge_extensions(out, metal.extensions);
  return out;
}

Json size_to_json(const RingSize& size) {
  Json out = {{"system", std::string(catalog::size_system_name(size.system))}};
  out["value"] = size.system == catalog::SizeSystem::uk ? Json(size.letter) : number_json(size.value);
  merge_extensions(out, size.extensions);
  return out;
}

Json shank_to_json(const Shank& shank) {
  Json out = {{"profile", shank.profile},
              {"width_mm", number_json(shank.width_mm)},
              {"thickness_mm", number_json(shank.thickness_mm)},
              {"top_width_mm", number_json(shank.top_width_mm)},
              {"top_thickness_mm", number_json(shank.top_thickness_mm)}};
  merge_extensions(out, shank.extensions);
  return out;
}

void put_number(Json& out, const char* key, const std::optional<double>& value) {
  if (value) out[key] = number_json(*value);
}

Json stone_to_json(const StoneGroup& group) {
  Json size = Json::object();
  put_number(size, "diameter_mm", group.size.diameter_mm);
  put_number(size, "length_mm", group.size.length_mm);
  put_number(size, "width_mm", group.size.width_mm);
  put_number(size, "carat", group.size.carat);
  Json setting = {{"type", group.setting.type}};
  if (group.setting.type == "prong") {
    setting["prongs"] = group.setting.prongs;
    setting["prong_diameter_mm"] = number_json(group.setting.prong_diameter_mm);
  }
  Json placement;
  switch (group.placement.kind) {
    case Placement::Kind::head: placement = "head"; break;
    case Placement::Kind::along_shank:
      placement = {{"along", "shank"}, {"from_deg", number_json(group.placement.from_deg)},
                   {"to_deg", number_json(group.placement.to_deg)}};
      break;
    case Placement::Kind::around: placement = {{"around", group.placement.around}}; break;
  }
  Json out = {{"id", group.id}, {"role", group.role}, {"gem", group.gem}, {"cut", group.cut}, {"size", size},
              {"count", group.count}, {"setting", setting}, {"placement", placement},
              {"supplied_by", group.supplied_by}};
  if (group.grade) {
    Json grade = Json::object();
    put_optional(grade, "color", group.grade->color);
    put_optional(grade, "clarity", group.grade->clarity);
    put_optional(grade, "cut", group.grade->cut);
    put_optional(grade, "lab", group.grade->lab);
    put_optional(grade, "report_no", group.grade->report_no);
    out["grade"] = grade;
  }
  merge_extensions(out, group.extensions);
  return out;
}

Json engraving_to_json(const Engraving& e) {
  Json out = {{"text", e.text}, {"location", e.location}, {"height_mm", number_json(e.height_mm)},
              {"depth_mm", number_json(e.depth_mm)}, {"style", e.style}};
  if (!e.font.empty()) out["font"] = e.font;
  merge_extensions(out, e.extensions);
  return out;
}

Json piece_to_json(const Piece& piece) {
  Json out = {{"type", piece.type}, {"style", piece.style}, {"metal", metal_to_json(piece.metal)}};
  if (piece.size) out["size"] = size_to_json(*piece.size);
  if (piece.shank) out["shank"] = shank_to_json(*piece.shank);
  out["stones"] = Json::array();
  for (const StoneGroup& group : piece.stones) out["stones"].push_back(stone_to_json(group));
  out["engraving"] = Json::array();
  for (const Engraving& e : piece.engraving) out["engraving"].push_back(engraving_to_json(e));
  if (piece.pendant) {
    Json pendant = {{"bail", piece.pendant->bail}};
    put_number(pendant, "chain_length_mm", piece.pendant->chain_length_mm);
    merge_extensions(pendant, piece.pendant->extensions);
    out["pendant"] = pendant;
  }
  if (piece.earrings) {
    Json earrings = {{"back", piece.earrings->back}, {"post_diameter_mm", number_json(piece.earrings->post_diameter_mm)}};
    merge_extensions(earrings, piece.earrings->extensions);
    out["earrings"] = earrings;
  }
  if (piece.signet) {
    Json signet = {{"face", piece.signet->shape}, {"length_mm", number_json(piece.signet->length_mm)},
                   {"width_mm", number_json(piece.signet->width_mm)}};
    merge_extensions(signet, piece.signet->extensions);
    out["signet"] = signet;
  }
  merge_extensions(out, piece.extensions);
  return out;
}

Json meta_to_json(const Meta& meta) {
  Json out = Json::object();
  put_optional(out, "title", meta.title);
  put_optional(out, "designer", meta.designer);
  put_optional(out, "copyright", meta.copyright);
  put_optional(out, "customer_ref", meta.customer_ref);
  put_optional(out, "order_id", meta.order_id);
  put_optional(out, "created", meta.created);
  put_optional(out, "notes", meta.notes);
  if (!meta.extra.empty()) out["extra"] = meta.extra;
  return out;
}

}  // namespace

Json number_json(double value) {
  // Integral values within the exactly representable range are written as integers.
  constexpr double kMaxExactInteger = 9007199254740992.0;  // 2^53
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < kMaxExactInteger)
    return Json(static_cast<std::int64_t>(value));
  return Json(value);
}

std::string canonical_piece(const Piece& piece) {
  // nlohmann's object is a std::map: keys come out sorted by bytes. Numbers: shortest round trip.
  return piece_to_json(piece).dump(-1, ' ', false, Json::error_handler_t::strict);
}

std::string design_id(const Piece& piece) { return "sha256:" + sha256_hex(canonical_piece(piece)); }

Json design_to_json(const Design& design) {
  Json out = {{"format", kFormat}, {"version", kVersion}};
  Json meta = meta_to_json(design.meta);
  if (!meta.empty()) out["meta"] = meta;
  out["piece"] = piece_to_json(design.piece);
  if (design.production) {
    Json production = Json::object();
    if (design.production->shrinkage_pct) production["shrinkage_pct"] = number_json(*design.production->shrinkage_pct);
    put_optional(production, "hallmark", design.production->hallmark);
    put_optional(production, "notes", design.production->notes);
    merge_extensions(production, design.production->extensions);
    out["production"] = production;
  }
  merge_extensions(out, design.extensions);
  out["design_id"] = design_id(design.piece);
  return out;
}

std::optional<Design> default_design(std::string_view style) {
  const StyleDefaults* defaults = find_style_defaults(style);
  if (defaults == nullptr) return std::nullopt;
  Design design;
  design.meta.title = std::string(defaults->title);
  design.meta.designer = "Facet templates";
  design.piece.type = std::string(defaults->type);
  design.piece.style = std::string(defaults->style);
  design.piece.metal.alloy = "Au750";
  design.piece.metal.color = "yellow";
  if (design.piece.type == "ring") {
    // Hong Kong 12 (50.9 mm): a common women's size in mainland and Hong Kong shops.
    RingSize size;
    size.system = catalog::SizeSystem::hk;
    size.value = 12;
    size.circumference_mm = catalog::circumference_from_size(size.system, size.value);
    design.piece.size = size;
    design.piece.shank = defaults->shank;
  }
  design.piece.stones = defaults->stones;
  design.piece.pendant = defaults->pendant;
  design.piece.earrings = defaults->earrings;
  design.piece.signet = defaults->signet;
  return design;
}

}  // namespace facet::spec
