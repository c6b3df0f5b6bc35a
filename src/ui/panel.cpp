#include "ui/panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "core/catalog/gems.hpp"
#include "core/catalog/metals.hpp"
#include "core/geometry/piece_model.hpp"
#include "core/geometry/stone.hpp"
#include "core/catalog/ring_sizes.hpp"
#include "core/facet_core.hpp"
#include "core/math/det_math.hpp"
#include "core/spec/spec_io.hpp"
#include "ui/engraving_panel.hpp"
#include "ui/fonts.hpp"
#include "ui/gallery.hpp"
#include "ui/review.hpp"
#include "ui/summary.hpp"
#include "ui/toolbar.hpp"
#include "ui/header_title.hpp"
#include "ui/translations.hpp"
#include "ui/wearing_panel.hpp"
#include "ui/widgets.hpp"

namespace facet::ui {
namespace {

// Phones get the panel along the bottom; wider screens on the left.
constexpr float kNarrowScreenCssPx = 700.0f;
constexpr float kPanelWidthCssPx = 380.0f;
constexpr float kNarrowPanelTop = 0.52f;  // fraction of the height where the phone panel starts
struct MetalChoice {
  const catalog::Alloy* alloy;
  const catalog::AlloyColor* color;
  std::string label_en, label_zh;  // "18K yellow gold  Au750", "18K黄金  金750"
  const std::string& label() const { return language() == Language::zh_cn ? label_zh : label_en; }
};

const std::vector<MetalChoice>& metal_choices() {
  static const std::vector<MetalChoice> choices = [] {
    std::vector<MetalChoice> out;
    for (const catalog::Alloy& alloy : catalog::all_alloys()) {
      for (const catalog::AlloyColor& color : alloy.colors) {
        out.push_back({&alloy, &color, std::string(color.name_en) + "  " + std::string(alloy.mark),
                       std::string(color.name_zh) + "  " + std::string(alloy.mark_zh)});
      }
    }
    return out;
  }();
  return choices;
}


bool metal_section(spec::Design& design) {
  bool changed = false;
  section(tr("Metal"));
  const auto& choices = metal_choices();
  std::string current;
  for (const MetalChoice& choice : choices) {
    if (choice.alloy->code == design.piece.metal.alloy && choice.color->color == design.piece.metal.color) current = choice.label();
  }
  // Every alloy at once: a scrolling list hides half of them.
  const bool open = ImGui::BeginCombo(tr("Alloy"), current.c_str(), ImGuiComboFlags_HeightLargest);
  remember("metal.alloy");
  if (open) {
    for (const MetalChoice& choice : choices) {
      if (ImGui::Selectable(choice.label().c_str(), choice.label() == current)) {
        design.piece.metal.alloy = std::string(choice.alloy->code);
        design.piece.metal.color = std::string(choice.color->color);
        changed = true;
      }
      std::string name = "metal.alloy:" + std::string(choice.alloy->code);
      if (!choice.color->color.empty()) name += ":" + std::string(choice.color->color);
      remember(name);
    }
    ImGui::EndCombo();
  }
  changed |= combo("Finish", "metal.finish", "finish", design.piece.metal.finish, {"polished", "matte", "brushed", "hammered"});
  changed |= combo("Plating", "metal.plating", "plating", design.piece.metal.plating, {"none", "rhodium"});
  return changed;
}

// The size box: a number, or for UK a letter. Typed sizes apply on Enter or when leaving the box,
// not at every keystroke ("9" on the way to "99"). Returns true when the user committed an edit.
bool size_box(spec::RingSize& size, double step) {
  if (size.system == catalog::SizeSystem::uk) {
    char text[16] = {};
    std::snprintf(text, sizeof text, "%s", size.letter.c_str());
    ImGui::InputText("##size", text, sizeof text, ImGuiInputTextFlags_CharsUppercase);
    if (!ImGui::IsItemDeactivatedAfterEdit()) return false;
    size.letter = text;  // validation judges it; a bad letter is refused with the reason shown
    return true;
  }
  double value = size.value;
  ImGui::InputDouble("##size", &value, 0.0, 0.0, step < 1.0 ? "%.2f" : "%.0f");
  if (!ImGui::IsItemDeactivatedAfterEdit()) return false;
  size.value = std::round(value / step) * step;
  return true;
}

// Moves the size by `steps` of the system's smallest step (UK: half a letter).
void step_size(spec::RingSize& size, double step, int steps) {
  if (size.system == catalog::SizeSystem::uk) {
    const double index = catalog::parse_uk_size(size.letter).value_or(0.0) + 0.5 * steps;
    size.letter = catalog::format_uk_size(std::max(0.0, index));
  } else {
    size.value += step * steps;
  }
}

// The size in `size`'s system nearest a measured finger.
void set_size_from_circumference(spec::RingSize& size, double circumference_mm) {
  if (size.system == catalog::SizeSystem::uk) size.letter = catalog::uk_size_from_circumference(circumference_mm);
  else size.value = catalog::size_from_circumference(size.system, circumference_mm);
}

// "I don't know my size": a ring that fits (across its inside) or a paper strip round the finger
// (where it meets) gives the finger's circumference, the size in the chosen system follows; and
// what a jeweller can do if it is wrong, which depends on the style.
bool size_help(spec::Design& design) {
  const bool open = ImGui::TreeNode("size-help", "%s", tr("Help me find my size"));
  remember("size.help");
  if (!open) return false;
  // The last measurements, kept while the page is open: a customer may measure twice.
  static double ring_mm = 17.0, strip_mm = 54.0;
  spec::RingSize& size = *design.piece.size;
  bool changed = false;
  ImGui::TextWrapped("%s", tr("A ring that fits that finger: measure straight across its inside."));
  slider_mm("Inside", "size.help.diameter", ring_mm, 13.0f, 24.0f);
  if (ImGui::Button(tr("Use the ring's size"))) set_size_from_circumference(size, detmath::kPi * ring_mm), changed = true;
  remember("size.help.use_ring");
  ImGui::TextWrapped("%s", tr("Or wrap a strip of paper round the base of the finger, mark where it meets, and measure it flat."));
  slider_mm("Strip", "size.help.strip", strip_mm, 40.0f, 80.0f);
  if (ImGui::Button(tr("Use the strip's length"))) set_size_from_circumference(size, strip_mm), changed = true;
  remember("size.help.use_strip");
  // Stones all round leave no plain metal to cut or stretch.
  const bool all_round = std::any_of(design.piece.stones.begin(), design.piece.stones.end(), [](const spec::StoneGroup& g) {
    return g.placement.kind == spec::Placement::Kind::along_shank && g.placement.to_deg - g.placement.from_deg >= 360.0;
  });
  ImGui::TextWrapped("%s", tr(all_round ? "Stones all the way round cannot be resized: measure at the end of the day, when fingers are largest."
                                        : "Fingers are largest at the end of the day. A jeweller can make this ring a size or two larger or smaller later."));
  ImGui::TreePop();
  return changed;
}

bool size_section(spec::Design& design) {
  using catalog::SizeSystem;
  bool changed = false;
  section(tr("Ring size"));
  spec::RingSize& size = *design.piece.size;
  std::string system(catalog::size_system_name(size.system));
  if (combo("System", "size.system", "size", system, {"iso", "us", "uk", "hk", "jp", "cn"})) {
    // Keep the same finger: convert the circumference into the new system.
    size.system = *catalog::parse_size_system(system);
    set_size_from_circumference(size, size.circumference_mm);
    changed = true;
  }
  const double step = size.system == SizeSystem::us ? 0.25 : size.system == SizeSystem::iso ? 0.5 : 1.0;
  // The value box and its -/+ buttons are three items; each is remembered for tests.
  const float button = ImGui::GetFrameHeight();
  const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
  ImGui::PushItemWidth(ImGui::CalcItemWidth() - 2.0f * (button + gap));
  changed |= size_box(size, step);
  ImGui::PopItemWidth();
  remember("size.value");
  ImGui::SameLine(0.0f, gap);
  if (ImGui::Button("-", ImVec2(button, button))) {
    step_size(size, step, -1);
    changed = true;
  }
  remember("size.minus");
  ImGui::SameLine(0.0f, gap);
  if (ImGui::Button("+", ImVec2(button, button))) {
    step_size(size, step, +1);
    changed = true;
  }
  remember("size.plus");
  ImGui::SameLine(0.0f, gap);
  ImGui::TextUnformatted(tr("Size"));
  const catalog::SizeEquivalents e = catalog::size_equivalents(size.circumference_mm);
  ImGui::TextDisabled(tr("%.1f mm around, %.2f mm inside"), e.iso_mm, e.diameter_mm);
  // A Chinese shop reads Hong Kong and mainland sizes first.
  if (language() == Language::zh_cn) ImGui::TextDisabled(tr("HK %g   CN %g   US %g   UK %s"), e.hk, e.cn, e.us, e.uk.c_str());
  else ImGui::TextDisabled("US %g   UK %s   HK %g   JP %g", e.us, e.uk.c_str(), e.hk, e.jp);
  changed |= size_help(design);
  return changed;
}


bool shank_section(spec::Design& design) {
  bool changed = false;
  section(tr("Band"));
  spec::Shank& shank = *design.piece.shank;
  changed |= combo("Profile", "shank.profile", "profile", shank.profile, {"comfort", "court", "d_shape", "flat", "knife_edge", "square"});
  const bool tapered_before = shank.top_width_mm != shank.width_mm || shank.top_thickness_mm != shank.thickness_mm;
  const double old_width = shank.width_mm, old_thickness = shank.thickness_mm;
  changed |= slider_mm("Width", "shank.width", shank.width_mm, 1.5f, 10.0f);
  changed |= slider_mm("Thickness", "shank.thickness", shank.thickness_mm, 1.0f, 3.5f);
  bool tapered = tapered_before;
  if (ImGui::Checkbox(tr("Taper to the top"), &tapered)) changed = true;
  remember("shank.taper");
  if (tapered) {
    if (!tapered_before) {
      shank.top_width_mm = shank.width_mm + 1.0;
      shank.top_thickness_mm = shank.thickness_mm + 0.2;
    }
    changed |= slider_mm("Top width", "shank.top_width", shank.top_width_mm, 1.5f, 12.0f);
    changed |= slider_mm("Top thickness", "shank.top_thickness", shank.top_thickness_mm, 1.0f, 4.0f);
  } else {
    // Untapered: the top follows the plain values.
    if (tapered_before || shank.top_width_mm == old_width) shank.top_width_mm = shank.width_mm;
    if (tapered_before || shank.top_thickness_mm == old_thickness) shank.top_thickness_mm = shank.thickness_mm;
  }
  return changed;
}

bool signet_section(spec::Design& design) {
  if (!design.piece.signet || !design.piece.size) return false;
  section(tr("Face"));
  spec::SignetFace& face = *design.piece.signet;
  bool changed = combo("Shape", "signet.face", "signet_face", face.shape, {"oval", "cushion", "octagon"});
  changed |= slider_mm("Length", "signet.length", face.length_mm, 6.0f, 20.0f);
  const double finger_mm = design.piece.size->circumference_mm / detmath::kPi;
  const float widest = float(std::floor(0.8 * finger_mm * 10.0) / 10.0);
  changed |= slider_mm("Across", "signet.width", face.width_mm, 6.0f, widest);
  face.width_mm = std::min(face.width_mm, double(widest));  // a smaller size narrows the finger
  return changed;
}

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

// The centre stone in prongs, on a ring: what side stones can stand beside.
bool sides_offered(const spec::Piece& piece) {
  return piece.type == "ring" && !piece.stones.empty() && piece.stones[0].role == "center" && piece.stones[0].setting.type == "prong";
}

// The pair of side stones either side of a ring's centre (three-stone): on or off, then gem, size
// and prongs (the cut stays as loaded). On, they start as the three-stone template's: round, two
// thirds of the centre's width.
bool side_section(spec::Design& design) {
  auto& stones = design.piece.stones;
  auto side = find_role(stones, "side");
  if (side == stones.end() && !sides_offered(design.piece)) return false;
  section(tr("Side stones"));
  bool on = side != stones.end();
  const bool toggled = ImGui::Checkbox(tr("One each side of the centre"), &on);
  remember("side.on");
  if (toggled && !on) {
    stones.erase(side);
    follow_style(design.piece);
    return true;
  }
  if (!on) return false;
  if (toggled) {
    spec::StoneGroup group = (*spec::default_design("three_stone")).piece.stones[1];
    set_stone_width(group, std::clamp(std::round(stone_width_mm(stones[0]) * 2.0 / 3.0 * 10.0) / 10.0, 2.0, 8.0));
    stones.push_back(group);
    side = std::prev(stones.end());
    follow_style(design.piece);
  }
  bool changed = toggled | gem_combo("side.gem", side->gem);
  double width = stone_width_mm(*side);
  if (slider_mm("Width", "side.width", width, 2.0f, 8.0f)) set_stone_width(*side, width), changed = true;
  changed |= slider_mm("Prong", "side.prong_diameter", side->setting.prong_diameter_mm, 0.6f, 1.2f);
  return changed;
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

// The halo round the centre stone: on or off, then gem, stone size and how many (the checks say
// when they crowd). On, it starts as 1.2 mm diamonds, as many as fit round the centre.
bool halo_section(spec::Design& design) {
  auto& stones = design.piece.stones;
  auto halo = find_role(stones, "halo");
  if (halo == stones.end() && !halo_offered(design.piece)) return false;
  section(tr("Halo"));
  bool on = halo != stones.end();
  const bool toggled = ImGui::Checkbox(tr("Round the centre stone"), &on);
  remember("halo.on");
  if (toggled && !on) {
    stones.erase(halo);
    follow_style(design.piece);
    return true;
  }
  if (!on) return false;
  if (toggled) {
    spec::StoneGroup group = (*spec::default_design("pendant_halo")).piece.stones[1];  // 1.2 mm round diamonds, pavé
    group.placement.around = stones[0].id;
    group.count = halo_count_for(design, group);
    halo = stones.insert(stones.begin() + 1, group);  // after the centre, as the templates list it
    follow_style(design.piece);
  }
  bool changed = toggled | gem_combo("halo.gem", halo->gem);
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

// A download button `width` wide (-1: the whole row) with its tooltip in the UI's language,
// remembered as `name`; true when clicked.
bool download_button(const char* label, const char* name, float width, const char* english_tooltip) {
  const bool clicked = ImGui::Button(label, ImVec2(width, 0));
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(english_tooltip));
  remember(name);
  return clicked;
}

float g_pixel_ratio = 0.0f;
bool g_show_dimensions = false;  // the panel's "Dimensions": a view, not part of the design

void set_base_style(ImGuiStyle& style) {
  ImGui::StyleColorsLight(&style);
  style.WindowRounding = 10.0f;
  style.FrameRounding = 6.0f;
  style.GrabRounding = 6.0f;
  style.PopupRounding = 6.0f;
  style.WindowPadding = ImVec2(16, 12);
  style.FramePadding = ImVec2(10, 5);
  style.ItemSpacing = ImVec2(8, 6);
  style.GrabMinSize = 14.0f;
  style.WindowBorderSize = 0.0f;
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(1.0f, 1.0f, 1.0f, 0.92f);
  c[ImGuiCol_FrameBg] = ImVec4(0.95f, 0.94f, 0.92f, 1.0f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.89f, 0.82f, 1.0f);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.90f, 0.84f, 0.74f, 1.0f);
  c[ImGuiCol_SliderGrab] = kAccent;
  c[ImGuiCol_SliderGrabActive] = ImVec4(0.50f, 0.37f, 0.15f, 1.0f);
  c[ImGuiCol_Button] = kAccent;
  c[ImGuiCol_ButtonHovered] = ImVec4(0.70f, 0.55f, 0.28f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.50f, 0.37f, 0.15f, 1.0f);
  c[ImGuiCol_CheckMark] = kAccent;
  c[ImGuiCol_Header] = ImVec4(0.93f, 0.89f, 0.82f, 1.0f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.90f, 0.84f, 0.74f, 1.0f);
  c[ImGuiCol_Separator] = ImVec4(0.85f, 0.82f, 0.78f, 1.0f);
}


}  // namespace

void init_style() {
  init_fonts();
  apply_pixel_ratio(1.0f);
}

void apply_pixel_ratio(float pixel_ratio) {
  if (pixel_ratio == g_pixel_ratio) return;
  g_pixel_ratio = pixel_ratio;
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  set_base_style(style);
  style.ScaleAllSizes(pixel_ratio);
  ImGuiIO& io = ImGui::GetIO();
  const bool own_font = io.Fonts->Fonts.Size > 0 && io.Fonts->Fonts[0]->FontSize > 20.0f;
  io.FontGlobalScale = own_font ? pixel_ratio / kFontRasterScale : pixel_ratio;
}


PanelLayout panel_layout(const FrameInput& input) {
  const float s = input.pixel_ratio;
  const float w = float(input.width_px), h = float(input.height_px);
  PanelLayout layout;
  layout.narrow = w / s < kNarrowScreenCssPx;
  if (layout.narrow) {
    layout.x = 8 * s;
    layout.y = h * kNarrowPanelTop;
    layout.width = w - 16 * s;
    layout.height = h - layout.y - 8 * s;
  } else {
    layout.x = 16 * s;
    layout.y = 16 * s;
    layout.width = kPanelWidthCssPx * s;
    layout.height = h - 32 * s;
  }
  return layout;
}

bool dimensions_shown() { return g_show_dimensions; }

namespace {

// The files: the spec, the metal, the 3MF, the GLB and a picture.
void downloads(PanelResult& result) {
  section(tr("Download"));
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float fifth = (ImGui::GetContentRegionAvail().x - 4 * spacing) / 5.0f;
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  result.download_spec = download_button(tr("Save"), "download.spec", fifth, "The design spec: open it again, or send it to a factory");
  ImGui::SameLine();
  result.download_stl = download_button("STL", "download.stl", fifth, "The metal, for a wax or resin printer");
  ImGui::SameLine();
  result.download_3mf = download_button("3MF", "download.3mf", fifth, "Metal and stones, with the alloy, size and design id");
  ImGui::SameLine();
  result.download_glb = download_button("GLB", "download.glb", fifth, "For web shops and AR viewers: metal and gems with their materials");
  ImGui::SameLine();
  result.download_snapshot = download_button("PNG", "download.png", fifth, "A picture of the piece as you see it (1600 x 1200)");
  ImGui::PopStyleColor();
}

// A view of the piece, not part of the design: the measurements drawn on it, the light it is seen
// in; and the design's id, short (the job sheet and the files carry it whole), at the line's end.
void view_line(const App& app, PanelResult& result) {
  ImGui::Checkbox(tr("Dimensions"), &g_show_dimensions);
  remember("view.dimensions");
  ImGui::SameLine();
  bool display_case = app.lighting() == "display_case";
  if (ImGui::Checkbox(tr("Display case"), &display_case)) result.display_case = display_case;
  remember("view.display_case");
  // The id where the line has room: with its label, else alone; a narrow panel leaves it out.
  const std::string& id = app.design_id();
  const std::string short_id = id.substr(7, 8);
  char shown_id[64];
  std::snprintf(shown_id, sizeof shown_id, tr("Design %s"), short_id.c_str());
  ImGui::SameLine();
  const float room = ImGui::GetContentRegionMax().x - ImGui::GetCursorPosX();
  const char* shown = ImGui::CalcTextSize(shown_id).x <= room ? shown_id : ImGui::CalcTextSize(short_id.c_str()).x <= room ? short_id.c_str() : nullptr;
  if (shown == nullptr) {
    ImGui::NewLine();
    return;
  }
  ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(shown).x);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", shown);
}

}  // namespace

PanelResult draw_panel(App& app, const FrameInput& input) {
  PanelResult result;
  apply_pixel_ratio(input.pixel_ratio);
  begin_widget_layout(input.pixel_ratio);
  const PanelLayout layout = panel_layout(input);
  ImGui::SetNextWindowPos(ImVec2(layout.x, layout.y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(layout.width, layout.height), ImGuiCond_Always);
  ImGui::Begin("Facet", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                     ImGuiWindowFlags_NoCollapse);
  ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
  ImGui::SetWindowFontScale(1.4f);
  ImGui::TextUnformatted("Facet");
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopStyleColor();
  ImGui::SameLine();
  ImGui::TextDisabled("  %s", tr(header_title(app.design()).c_str()));
  result.language = language_button();
  const ToolbarActions tools = draw_toolbar(app.can_undo(), app.can_redo());
  result.undo = tools.undo;
  result.redo = tools.redo;
  result.open_file = tools.open_file;
  result.share = tools.share;
  draw_messages();
  // A phone's panel has half the screen: only the price and "Review and order" stay in view, and
  // everything else scrolls, so the parameters get room for more than a row.
  const bool compact = layout.narrow;
  const spec::Json* open_checks = draw_summary(app, compact ? SummaryPart::headline : SummaryPart::all);
  // Parameters scroll; the downloads below stay in view.
  const float footer = compact ? ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().WindowPadding.y
                               : 2 * ImGui::GetFrameHeightWithSpacing() + ImGui::GetTextLineHeightWithSpacing() * 3.0f;
  ImGui::BeginChild("parameters", ImVec2(0, -footer), false);
  ImGui::PushItemWidth(-100.0f * input.pixel_ratio);
  if (compact) open_checks = draw_summary(app, SummaryPart::details);
  if (open_checks) draw_checks_table(*open_checks);
  else clear_pointed_check();  // the table closed: nothing to point at

  spec::Design edited = app.design();
  const bool ring = edited.piece.type == "ring" && edited.piece.size && edited.piece.shank;
  TemplateActions templates;
  bool changed = style_section(app, edited, templates);
  result.choose_template = std::move(templates.choose);
  result.save_template = std::move(templates.save);
  result.remove_template = std::move(templates.remove);
  changed |= metal_section(edited);
  if (ring) {
    changed |= size_section(edited);
    changed |= shank_section(edited);
    changed |= signet_section(edited);
  }
  changed |= stone_section(edited);
  changed |= pendant_section(edited);
  changed |= earrings_section(edited);
  changed |= halo_section(edited);  // a ring's or a pendant's
  if (ring) {
    changed |= side_section(edited);
    // Stones on a signet, or beside a ring's pearl: not built yet.
    const bool pearl = !edited.piece.stones.empty() && edited.piece.stones[0].setting.type == "peg";
    if (!edited.piece.signet && !pearl) changed |= pave_section(edited);
  }
  if (ring || edited.piece.type == "pendant") changed |= engraving_section(edited, result.look_at_engraving);
  ImGui::PopItemWidth();
  if (changed) {
    result.edited = edited;  // validated (and the size re-derived) by App::apply
    clear_messages();
  }
  // A slider still held, a field still being typed in: one undo step until it is let go.
  result.in_gesture = ImGui::IsAnyItemActive();
  if (compact) {  // at the end of the list
    downloads(result);
    view_line(app, result);
  }
  drag_to_scroll();
  ImGui::EndChild();

  if (!compact) downloads(result);
  // The customer's last step, and the factory's package beside it.
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const ReviewActions review = draw_review(app, (ImGui::GetContentRegionAvail().x - spacing) * 0.58f);
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  result.download_package =
      download_button(tr("Factory zip"), "download.package", -1, "Everything a factory builds from: spec, STL, 3MF, GLB and report");
  ImGui::PopStyleColor();
  result.share |= review.share;
  result.download_spec |= review.save;
  result.download_package |= review.order;
  if (!compact) view_line(app, result);
  ImGui::End();
  return result;
}

}  // namespace facet::ui
