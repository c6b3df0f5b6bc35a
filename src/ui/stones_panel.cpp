// The panel's stone sections: the centre stone (gem, cut, size by width or carat, grades), the
// side stones and the halo (ticked on and off, the style following) and a row along the shank.
#include "ui/stones_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "core/catalog/gems.hpp"
#include "core/facet_core.hpp"
#include "core/geometry/piece_model.hpp"
#include "core/geometry/stone.hpp"
#include "core/spec/spec_io.hpp"
#include "ui/translations.hpp"
#include "ui/wearing_panel.hpp"
#include "ui/widgets.hpp"

namespace facet::ui {
namespace {

// The gems this version offers for faceted stones; a bezel offers jadeite too (always a
// cabochon), high in the list, as Chinese shops sell it; a cabochon, the gems cut as one. A centre
// stone with no other stones beside or round it may be a pearl, set on a peg.
enum class GemChoice { prong, bezel, cabochon };
bool gem_combo(const std::string& name, std::string& gem, GemChoice choice = GemChoice::prong, bool pearl = false) {
  if (choice == GemChoice::cabochon) return combo("Gem", name, "gem", gem, {"jadeite", "sapphire", "ruby", "emerald", "spinel", "topaz", "amethyst"});
  std::vector<const char*> gems = {"diamond", "lab_diamond", "moissanite", "sapphire", "ruby", "emerald", "spinel", "topaz", "amethyst", "cz"};
  if (choice == GemChoice::bezel) gems.insert(gems.begin() + 1, "jadeite");
  if (pearl) gems.insert(gems.begin() + 1, "pearl");
  return combo("Gem", name, "gem", gem, gems);
}

// A pearl chosen: a bead on a peg (a pendant's hidden bail has no flat back to lie on, so it
// becomes a fixed one). A pearl left: a round stone in the piece's usual setting (a ring's and a
// stud's prongs, a pendant's bezel).
void follow_pearl(spec::Design& design, const std::string& old_gem) {
  spec::StoneGroup& stone = design.piece.stones[0];
  if (stone.gem == "pearl" && old_gem != "pearl") {
    stone.cut = "bead", stone.setting = {"peg", 0, 0}, stone.grade.reset();
    if (design.piece.pendant && design.piece.pendant->bail == "hidden") design.piece.pendant->bail = "fixed";
  } else if (old_gem == "pearl" && stone.gem != "pearl") {
    stone.cut = "round";
    stone.setting = design.piece.type == "earrings" ? spec::Setting{"prong", 4, 0.8}
                    : design.piece.type == "ring"   ? spec::Setting{"prong", 6, 0.9}
                                                    : spec::Setting{"bezel", 0, 0};
  }
}

// A stone's width as the panel shows it: from its size in mm, or derived when given by carat.
double stone_width_mm(const spec::StoneGroup& stone) {
  const double width = stone.size.diameter_mm.value_or(stone.size.width_mm.value_or(0.0));
  return width != 0.0 ? width : geometry::size_of(stone).width_mm;
}

// Sizes a stone by its width: a diameter for round shapes, else length x width at the cut's
// typical ratio.
void set_stone_width(spec::StoneGroup& stone, double width_mm) {
  const catalog::Cut& cut = *catalog::find_cut(stone.cut);
  stone.size = {};
  if (cut.size_by == catalog::SizeBy::diameter) stone.size.diameter_mm = width_mm;
  else stone.size.length_mm = std::round(width_mm * cut.typical_ratio * 100.0) / 100.0, stone.size.width_mm = width_mm;
}

// The size a panel stone shows, cached: sizing builds the stone (about a millisecond), so once per
// change, not every frame.
const geometry::StoneSizing& stone_sizing(const spec::StoneGroup& stone) {
  static std::string sized_key;
  static geometry::StoneSizing sized{};
  const std::string key = stone.gem + "/" + stone.cut + "/" + std::to_string(stone.size.diameter_mm.value_or(0)) + "/" +
                          std::to_string(stone.size.width_mm.value_or(0)) + "/" + std::to_string(stone.size.length_mm.value_or(0)) +
                          "/" + std::to_string(stone.size.carat.value_or(0));
  if (key != sized_key) sized = geometry::size_of(stone), sized_key = key;
  return sized;
}

// A faceted stone is bought by its weight: a carat slider beside the width, over the same range,
// each showing the other. A weight chosen sizes the stone in mm to the thousandth (the spec keeps
// millimetres, what the setter measures), close enough that the weight reads back as chosen.
bool carat_slider(spec::StoneGroup& stone, float min_width_mm, float max_width_mm) {
  const catalog::Gem& gem = *catalog::find_gem(stone.gem);
  const catalog::Cut& cut = *catalog::find_cut(stone.cut);
  if (!gem.faceted) return false;
  static std::string range_key;
  static float min_ct = 0, max_ct = 0;
  const std::string key = stone.gem + "/" + stone.cut + "/" + std::to_string(min_width_mm) + "/" + std::to_string(max_width_mm);
  if (key != range_key) {
    const auto carat_at = [&](double width) {
      const double length = cut.size_by == catalog::SizeBy::diameter ? width : width * cut.typical_ratio;
      return float(geometry::size_from_mm(gem, cut, length, width).carat);
    };
    min_ct = carat_at(min_width_mm), max_ct = carat_at(max_width_mm), range_key = key;
  }
  float carat = float(stone_sizing(stone).carat);
  ImGui::PushID("stone.carat");
  const bool moved = ImGui::SliderFloat(tr("Carat"), &carat, min_ct, max_ct, tr("%.2f ct"), ImGuiSliderFlags_Logarithmic);
  ImGui::PopID();
  remember("stone.carat");
  if (!moved) return false;
  const double width = geometry::size_from_carat(gem, cut, std::clamp(double(carat), double(min_ct), double(max_ct))).width_mm;
  set_stone_width(stone, std::round(width * 1000.0) / 1000.0);
  return true;
}

// A graded gem's colour and clarity (a diamond's, by GB/T 16554): what a shop's price rows match.
// "Not specified" leaves the grade out, as a stone the factory chooses.
bool grade_combo(const char* label, const char* name, std::optional<std::string>& grade, std::span<const std::string_view> terms) {
  bool changed = false;
  ImGui::PushID(name);
  // The whole scale at once (up to 16 terms): a scrolling list hides its lower grades.
  const bool open = ImGui::BeginCombo(tr(label), grade ? grade->c_str() : tr("Not specified"), ImGuiComboFlags_HeightLarge);
  remember(name);
  if (open) {
    if (ImGui::Selectable(tr("Not specified"), !grade)) changed = grade.has_value(), grade.reset();
    remember(std::string(name) + ":none");
    for (std::string_view term : terms) {
      if (ImGui::Selectable(std::string(term).c_str(), grade == term)) changed = grade != term, grade = std::string(term);
      remember(std::string(name) + ":" + std::string(term));
    }
    ImGui::EndCombo();
  }
  ImGui::PopID();
  return changed;
}

bool grade_combos(spec::StoneGroup& stone) {
  const catalog::GradeScale& scale = catalog::grade_scale(*catalog::find_gem(stone.gem));
  if (scale.colors.empty()) return false;
  spec::Grade grade = stone.grade.value_or(spec::Grade{});
  bool changed = grade_combo("Colour", "stone.grade.color", grade.color, scale.colors);
  changed |= grade_combo("Clarity", "stone.grade.clarity", grade.clarity, scale.clarities);
  if (!changed) return false;
  const bool empty = !grade.color && !grade.clarity && !grade.cut && !grade.lab && !grade.report_no;
  stone.grade = empty ? std::nullopt : std::optional<spec::Grade>(grade);
  return true;
}

// A stone group of `role` (or the end).
std::vector<spec::StoneGroup>::iterator find_role(std::vector<spec::StoneGroup>& stones, std::string_view role) {
  return std::find_if(stones.begin(), stones.end(), [&](const spec::StoneGroup& g) { return g.role == role; });
}

// After a halo or side stones come or go, the style the piece now is (the gallery marks it, the
// header names it): a ring's centre alone is a solitaire, with side stones a three-stone, with
// only a halo a halo ring; a pendant's, with or without a halo. Other styles stay.
void follow_style(spec::Piece& piece) {
  const bool halo = find_role(piece.stones, "halo") != piece.stones.end();
  const bool sides = find_role(piece.stones, "side") != piece.stones.end();
  const std::string style = piece.style;
  if (style == "solitaire" || style == "halo" || style == "three_stone") piece.style = sides ? "three_stone" : halo ? "halo" : "solitaire";
  if (style == "pendant_solitaire" || style == "pendant_halo") piece.style = halo ? "pendant_halo" : "pendant_solitaire";
}

// A tick that adds or takes away an optional stone group. `group` is the piece's (the stones' end
// when there is none) and follows the tick; `add` puts a new one in and returns it, each group
// starting from its own template. The style follows. True when ticked, either way.
using Group = std::vector<spec::StoneGroup>::iterator;
bool group_tick(spec::Piece& piece, const char* label, const char* name, Group& group, const std::function<Group()>& add) {
  bool on = group != piece.stones.end();
  const bool toggled = ImGui::Checkbox(tr(label), &on);
  remember(name);
  if (!toggled) return false;
  if (on) group = add();
  else piece.stones.erase(group), group = piece.stones.end();
  follow_style(piece);
  return true;
}

// The centre stone in prongs, on a ring: what side stones can stand beside.
bool sides_offered(const spec::Piece& piece) {
  return piece.type == "ring" && !piece.stones.empty() && piece.stones[0].role == "center" && piece.stones[0].setting.type == "prong";
}

// The centre stone in prongs or a bezel, on a ring or a pendant: what a halo can go round (not a
// pearl, not a stud yet).
bool halo_offered(const spec::Piece& piece) {
  if (piece.type == "earrings" || piece.stones.empty() || piece.stones[0].role != "center") return false;
  return piece.stones[0].setting.type == "prong" || piece.stones[0].setting.type == "bezel";
}

// As many halo stones like `group` as fit round the centre (the core lays them out), where the
// centre alone builds; else the pendant template's 16.
int halo_count_for(const spec::Design& design, const spec::StoneGroup& group) {
  spec::Design centre_only = design;
  std::erase_if(centre_only.piece.stones, [](const spec::StoneGroup& g) { return g.role != "center"; });
  if (!unbuilt_features(centre_only).empty()) return group.count;
  return std::max(3, geometry::halo_capacity(centre_only.piece, group));
}

}  // namespace

// The centre stone: gem, cut, size, and prongs for a prong head. A bezel (pendants) takes round,
// oval and cabochon stones, a cabochon in any gem a cabochon is cut from.
bool stone_section(spec::Design& design) {
  // An eternity band has no centre stone: its first group is the row along the shank.
  if (design.piece.stones.empty() || design.piece.stones[0].placement.kind != spec::Placement::Kind::head) return false;
  section(tr("Centre stone"));
  // A ring's setting here; a pendant's with its bail (a stud's is always prongs).
  bool changed = design.piece.type == "ring" && centre_setting_combo(design, "stone.setting");
  spec::StoneGroup& stone = design.piece.stones[0];
  const bool bezel = stone.setting.type == "bezel", peg = stone.setting.type == "peg";
  const std::string old_gem = stone.gem, old_cut = stone.cut;
  const GemChoice choice = stone.cut == "cabochon" ? GemChoice::cabochon : bezel ? GemChoice::bezel : GemChoice::prong;
  // A pearl stands alone, and its cup has no back to engrave.
  changed |= gem_combo("stone.gem", stone.gem, choice, design.piece.stones.size() == 1 && !design.piece.engraved_on_back());
  follow_pearl(design, old_gem);
  if (peg) {
    // A pearl is a bead: no cut to choose.
  } else if (bezel) changed |= combo("Cut", "stone.cut", "cut", stone.cut, {"round", "oval", "cabochon"});
  // The cuts this version sets in prongs.
  else changed |= combo("Cut", "stone.cut", "cut", stone.cut, {"round", "oval", "cushion", "pear", "marquise", "princess", "radiant", "emerald", "asscher"});
  // Jadeite is only cut as a cabochon; a cabochon leaving for a faceted cut takes a diamond.
  if (stone.gem != old_gem && !catalog::find_gem(stone.gem)->faceted && stone.gem != "pearl") stone.cut = "cabochon";
  if (stone.cut != old_cut && stone.cut != "cabochon" && stone.cut != "bead" && !catalog::find_gem(stone.gem)->faceted) stone.gem = "diamond";
  // A diamond's letters mean nothing on a sapphire: a gem without the scale drops the grade.
  if (stone.gem != old_gem && catalog::grade_scale(*catalog::find_gem(stone.gem)).colors.empty()) stone.grade.reset();
  double width = stone_width_mm(stone);
  // Pearls from 3 mm seed pearls to the 14 mm of a large South Sea pearl.
  float max_width_mm = bezel ? 20.0f : peg ? 14.0f : 12.0f;
  // A ring's cup stands across the finger: no wider than its size allows (as the signet's face).
  if (bezel && design.piece.size && design.piece.shank) {
    const geometry::BandShape band = geometry::band_shape(*design.piece.shank, design.piece.size->circumference_mm);
    const double widest_mm = std::floor(geometry::ring_bezel_max_width_mm(band) * 10.0) / 10.0;  // a double: 12.9, not 12.8999996
    max_width_mm = std::min(max_width_mm, float(widest_mm));
    if (width > widest_mm) set_stone_width(stone, widest_mm), width = widest_mm, changed = true;
  }
  changed |= slider_mm(peg ? "Diameter" : "Width", "stone.width", width, 3.0f, max_width_mm);  // pearls are sold by the millimetre across
  if (changed) set_stone_width(stone, width);
  changed |= carat_slider(stone, 3.0f, max_width_mm);
  if (stone.setting.type == "prong") {
    if (stone.cut != old_cut) stone.setting.prongs = stone.cut == "round" ? 6 : 4;
    std::string prongs = std::to_string(stone.setting.prongs);
    if (combo("Prongs", "stone.prongs", "prongs", prongs, {"3", "4", "6"})) {
      stone.setting.prongs = std::stoi(prongs);
      changed = true;
    }
    changed |= slider_mm("Prong", "stone.prong_diameter", stone.setting.prong_diameter_mm, 0.6f, 1.5f);
  }
  const geometry::StoneSizing& sized = stone_sizing(stone);
  // A stone's weight and measurements; a pearl is sold by the size across its slider shows.
  if (!peg) ImGui::TextDisabled(tr("%.2f ct, %.2f x %.2f x %.2f mm"), sized.carat, sized.length_mm, sized.width_mm, sized.depth_mm);
  changed |= grade_combos(stone);
  return changed;
}

// The pair of side stones either side of a ring's centre (three-stone): on or off, then gem, size
// and prongs (the cut stays as loaded). On, they start as the three-stone template's: round, two
// thirds of the centre's width.
bool side_section(spec::Design& design) {
  auto& stones = design.piece.stones;
  auto side = find_role(stones, "side");
  if (side == stones.end() && !sides_offered(design.piece)) return false;
  section(tr("Side stones"));
  bool changed = group_tick(design.piece, "One each side of the centre", "side.on", side, [&] {
    spec::StoneGroup group = (*spec::default_design("three_stone")).piece.stones[1];
    set_stone_width(group, std::clamp(std::round(stone_width_mm(stones[0]) * 2.0 / 3.0 * 10.0) / 10.0, 2.0, 8.0));
    stones.push_back(group);
    return std::prev(stones.end());
  });
  if (side == stones.end()) return changed;
  changed |= gem_combo("side.gem", side->gem);
  double width = stone_width_mm(*side);
  if (slider_mm("Width", "side.width", width, 2.0f, 8.0f)) set_stone_width(*side, width), changed = true;
  changed |= slider_mm("Prong", "side.prong_diameter", side->setting.prong_diameter_mm, 0.6f, 1.2f);
  return changed;
}

// The halo round the centre stone: on or off, then gem, stone size and how many (the checks say
// when they crowd). On, it starts as 1.2 mm diamonds, as many as fit round the centre.
bool halo_section(spec::Design& design) {
  auto& stones = design.piece.stones;
  auto halo = find_role(stones, "halo");
  if (halo == stones.end() && !halo_offered(design.piece)) return false;
  section(tr("Halo"));
  bool changed = group_tick(design.piece, "Round the centre stone", "halo.on", halo, [&] {
    spec::StoneGroup group = (*spec::default_design("pendant_halo")).piece.stones[1];  // 1.2 mm round diamonds, pavé
    group.placement.around = stones[0].id;
    group.count = halo_count_for(design, group);
    return stones.insert(stones.begin() + 1, group);  // after the centre, as the templates list it
  });
  if (halo == stones.end()) return changed;
  changed |= gem_combo("halo.gem", halo->gem);
  double diameter = halo->size.diameter_mm.value_or(1.3);
  if (slider_mm("Stone", "halo.diameter", diameter, 0.8f, 2.5f)) halo->size = {}, halo->size.diameter_mm = diameter, changed = true;
  int count = halo->count;
  if (ImGui::SliderInt(tr("Stones"), &count, 8, 48)) halo->count = count, changed = true;
  remember("halo.count");
  return changed;
}

// A row along the shank: on or off, pavé or channel, its gem (and for a channel its cut), stone
// size and how far down the shoulders it reaches (all round: an eternity band). The count follows
// the stone and the reach (as many as the arc holds beside the head, what a setter would lay); the
// slider can only take stones away, the checks say when they crowd. All round, the count is always
// what the ring holds, so a new size refills it.
bool pave_section(spec::Design& design) {
  auto& stones = design.piece.stones;
  auto row = std::find_if(stones.begin(), stones.end(), [](const spec::StoneGroup& g) { return g.placement.kind == spec::Placement::Kind::along_shank; });
  section(tr("Shank stones"));
  bool on = row != stones.end();
  const bool toggled = ImGui::Checkbox(tr("Stones along the shank"), &on);
  remember("pave.on");
  if (toggled && !on) {
    stones.erase(row);
    return true;
  }
  if (!on) return false;
  bool changed = toggled, refill = toggled;
  if (toggled) {
    spec::StoneGroup group;
    group.id = "pave";
    group.role = "accent";
    group.gem = "diamond";
    group.cut = "round";
    // As wide as the band leaves room for its walls, and no more than a typical 1.3 mm.
    const double narrowest = std::min(design.piece.shank->width_mm, design.piece.shank->top_width_mm);
    group.size.diameter_mm = std::clamp(std::floor((narrowest - 0.8) * 10) / 10, 0.8, 1.3);
    group.count = 1;
    group.setting.type = "pave";
    const bool has_head = std::any_of(stones.begin(), stones.end(), [](const spec::StoneGroup& g) { return g.placement.kind == spec::Placement::Kind::head; });
    const double reach = has_head ? 70.0 : 45.0;
    group.placement = {spec::Placement::Kind::along_shank, -reach, reach, ""};
    stones.push_back(group);
    row = std::prev(stones.end());
  }
  std::string setting = row->setting.type == "bead" ? "pave" : row->setting.type;
  if (combo("Setting", "pave.setting", "setting", setting, {"pave", "channel"})) {
    row->setting.type = setting;
    if (setting != "channel" && row->cut != "round") row->cut = "round";
    changed = refill = true;
  }
  const double old_width = stone_width_mm(*row);
  if (row->setting.type == "channel" && combo("Cut", "pave.cut", "cut", row->cut, {"round", "princess"})) changed = refill = true;
  changed |= gem_combo("pave.gem", row->gem);
  double width = old_width;
  if (slider_mm("Stone", "pave.diameter", width, 0.8f, 2.5f)) changed = refill = true;
  // Round stones by diameter, princess by side (square).
  if (refill) {
    row->size = {};
    if (row->cut == "round") row->size.diameter_mm = width;
    else row->size.length_mm = width, row->size.width_mm = width;
  }
  float reach = float(row->placement.to_deg);
  if (ImGui::SliderFloat(tr("Reach"), &reach, 15.0f, 180.0f, reach >= 180.0f ? tr("all round") : tr("%.0f° each way"))) {
    row->placement.from_deg = -std::round(reach), row->placement.to_deg = std::round(reach);
    changed = refill = true;
  }
  remember("pave.reach");
  const bool all_round = row->placement.to_deg - row->placement.from_deg >= 360.0;
  // What the arc holds, worked out again only when the piece changes (not every frame).
  static std::string fits_for;
  static int fits = 1;
  if (std::string piece = spec::canonical_piece(design.piece); refill || fits_for != piece) {
    fits = std::max(1, geometry::pave_row_capacity(design.piece, *row));
    if (refill || (all_round && row->count != fits)) row->count = fits, changed = true, piece = spec::canonical_piece(design.piece);
    fits_for = std::move(piece);
  }
  int count = row->count;
  ImGui::PushID("pave");  // the halo has a "Stones" slider too
  ImGui::BeginDisabled(all_round);
  if (ImGui::SliderInt(tr("Stones"), &count, 1, std::max(fits, row->count))) row->count = count, changed = true;
  ImGui::EndDisabled();
  ImGui::PopID();
  remember("pave.count");
  return changed;
}

}  // namespace facet::ui
