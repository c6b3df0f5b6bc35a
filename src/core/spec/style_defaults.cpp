#include "core/spec/style_defaults.hpp"

namespace facet::spec {
namespace {

StoneGroup stone(std::string id, std::string role, std::string gem, std::string cut, StoneSize size, int count,
                 Setting setting, Placement placement) {
  StoneGroup group;
  group.id = std::move(id);
  group.role = std::move(role);
  group.gem = std::move(gem);
  group.cut = std::move(cut);
  group.size = size;
  group.count = count;
  group.setting = setting;
  group.placement = std::move(placement);
  return group;
}

StoneSize diameter(double mm) { return StoneSize{mm, std::nullopt, std::nullopt, std::nullopt}; }
StoneSize length_width(double l, double w) { return StoneSize{std::nullopt, l, w, std::nullopt}; }
Placement head() { return Placement{}; }
Placement around(std::string id) { return Placement{Placement::Kind::around, 0, 0, std::move(id)}; }
Placement along(double from, double to) { return Placement{Placement::Kind::along_shank, from, to, ""}; }

// Shanks: jewelry-facts.md puts a women's 18K solitaire at >= 1.8 mm thick x 1.6 mm wide.
Shank shank(std::string profile, double width, double thickness, double top_width, double top_thickness) {
  return Shank{std::move(profile), width, thickness, top_width, top_thickness, Json::object()};
}

const std::vector<StyleDefaults>& styles() {
  static const std::vector<StyleDefaults> all = {
      {"band", "ring", "Plain band", false, shank("comfort", 4.0, 1.8, 4.0, 1.8), {}, std::nullopt, std::nullopt},
      {"solitaire", "ring", "Classic solitaire", true, shank("comfort", 2.0, 1.8, 2.2, 1.9),
       {stone("center", "center", "diamond", "round", diameter(6.5), 1, {"prong", 6, 0.9}, head())},
       std::nullopt, std::nullopt},
      {"halo", "ring", "Halo ring", true, shank("court", 1.8, 1.7, 2.2, 1.9),
       {stone("center", "center", "diamond", "oval", length_width(8.0, 6.0), 1, {"prong", 4, 1.0}, head()),
        stone("halo", "halo", "diamond", "round", diameter(1.3), 18, {"pave", 0, 0}, around("center"))},
       std::nullopt, std::nullopt},
      {"three_stone", "ring", "Three-stone ring", true, shank("comfort", 2.2, 1.8, 2.6, 2.0),
       {stone("center", "center", "diamond", "round", diameter(6.0), 1, {"prong", 4, 0.9}, head()),
        stone("sides", "side", "diamond", "round", diameter(4.0), 2, {"prong", 4, 0.8}, head())},
       std::nullopt, std::nullopt},
      // Channel-set all round: 1.8 mm stones leave 0.83 mm rails on a 3.5 mm band (the 0.8 mm wall
      // minimum), 31 of them packed 0.13 mm apart at HK 12.
      {"eternity", "ring", "Eternity band", false, shank("flat", 3.5, 1.8, 3.5, 1.8),
       {stone("eternity", "accent", "diamond", "round", diameter(1.8), 31, {"channel", 0, 0}, along(-180, 180))},
       std::nullopt, std::nullopt},
      // An oval face 12 x 10 mm, the shank swelling from 3 mm to the face's 10 mm under it.
      {"signet", "ring", "Signet ring", false, shank("d_shape", 3.0, 2.0, 10.0, 2.5), {}, std::nullopt, std::nullopt,
       SignetFace{"oval", 12.0, 10.0, Json::object()}},
      // In a bezel: the setting Facet builds for pendants (a prong pendant is not built yet).
      {"pendant_solitaire", "pendant", "Solitaire pendant", true, std::nullopt,
       {stone("center", "center", "diamond", "round", diameter(6.5), 1, {"bezel", 0, 0}, head())},
       PendantOptions{"fixed", 450.0, Json::object()}, std::nullopt},
      {"pendant_halo", "pendant", "Halo pendant", true, std::nullopt,
       {stone("center", "center", "diamond", "round", diameter(6.0), 1, {"prong", 4, 0.9}, head()),
        stone("halo", "halo", "diamond", "round", diameter(1.2), 16, {"pave", 0, 0}, around("center"))},
       PendantOptions{"fixed", 450.0, Json::object()}, std::nullopt},
      {"stud", "earrings", "Stud earrings", true, std::nullopt,
       {stone("center", "center", "diamond", "round", diameter(5.0), 1, {"prong", 4, 0.8}, head())},
       std::nullopt, EarringOptions{"push", 0.8, Json::object()}},
  };
  return all;
}

}  // namespace

const StyleDefaults* find_style_defaults(std::string_view style) {
  for (const StyleDefaults& entry : styles()) {
    if (entry.style == style) return &entry;
  }
  return nullptr;
}

std::span<const StyleDefaults> all_styles() { return styles(); }

std::string_view default_style(std::string_view type) {
  if (type == "pendant") return "pendant_solitaire";
  if (type == "earrings") return "stud";
  return "band";
}

}  // namespace facet::spec
