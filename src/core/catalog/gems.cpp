#include "core/catalog/gems.hpp"

#include <array>
#include <cmath>

namespace facet::catalog {
namespace {

constexpr double kDiamondSg = 3.52;

// Specific gravity, refractive index and dispersion from the facts file; body colours are
// transmittance through kBodyColorPathMm for the renderer. Jadeite's translucency (水头) is graded
// by how deep light goes into it, in 分 of about 3 mm; a good commercial stone shows one to two 分:
// one scattering every 3 mm (our choice for the renderer). Pearl: no meaningful RI for rendering a
// facet path. Amethyst (SG 2.65, RI 1.544, dispersion 0.013) is not in the facts file: common
// gemmological values. (?)
constexpr std::array kGems = {
    Gem{"diamond", "Diamond", "钻石", 3.52, 2.417, 0.044, {1.0f, 1.0f, 1.0f}, true},
    Gem{"lab_diamond", "Lab-grown diamond", "培育钻石", 3.52, 2.417, 0.044, {1.0f, 1.0f, 1.0f}, true},
    Gem{"moissanite", "Moissanite", "莫桑石", 3.21, 2.65, 0.104, {1.0f, 1.0f, 0.97f}, true},
    Gem{"cz", "Cubic zirconia", "立方氧化锆", 5.8, 2.16, 0.060, {1.0f, 1.0f, 1.0f}, true},
    Gem{"ruby", "Ruby", "红宝石", 4.00, 1.77, 0.018, {0.85f, 0.08f, 0.15f}, true},
    Gem{"sapphire", "Sapphire", "蓝宝石", 4.00, 1.77, 0.018, {0.10f, 0.20f, 0.80f}, true},
    Gem{"emerald", "Emerald", "祖母绿", 2.72, 1.58, 0.014, {0.15f, 0.75f, 0.35f}, true},
    Gem{"jadeite", "Jadeite", "翡翠", 3.33, 1.66, 0.0, {0.35f, 0.80f, 0.45f}, false, 1.0 / 3.0},
    Gem{"pearl", "Pearl", "珍珠", 2.71, 0.0, 0.0, {0.95f, 0.93f, 0.90f}, false},
    Gem{"topaz", "Topaz", "托帕石", 3.53, 1.62, 0.014, {0.55f, 0.80f, 0.95f}, true},
    Gem{"amethyst", "Amethyst", "紫水晶", 2.65, 1.544, 0.013, {0.60f, 0.30f, 0.75f}, true},
    Gem{"spinel", "Spinel", "尖晶石", 3.60, 1.718, 0.020, {0.85f, 0.20f, 0.35f}, true},
};

constexpr std::string_view kFacetedRoundSettings[] = {"prong", "bezel", "pave", "channel", "bead"};
constexpr std::string_view kFancySettings[] = {"prong", "bezel"};
constexpr std::string_view kSquareSettings[] = {"prong", "bezel", "channel"};
constexpr std::string_view kCabochonSettings[] = {"bezel", "prong"};
constexpr std::string_view kBeadSettings[] = {"peg", "bezel"};

// Depth fractions: round from the Tolkowsky ideal plus a medium girdle (60.5%); fancy shapes at
// common trade depths (depth / width). L/W ranges are wide enough for every cut seen in trade
// charts; typical ratios are the ones the facts file's carat factors are tabulated around.
constexpr std::array kCuts = {
    Cut{"round", "Round brilliant", "圆形明亮式", SizeBy::diameter, 1.0, 1.0, 1.0, 0.605, kFacetedRoundSettings},
    Cut{"princess", "Princess", "公主方", SizeBy::length_width, 1.0, 1.1, 1.0, 0.70, kSquareSettings},
    Cut{"oval", "Oval", "椭圆形", SizeBy::length_width, 1.1, 1.8, 1.35, 0.60, kFancySettings},
    Cut{"cushion", "Cushion", "枕形", SizeBy::length_width, 1.0, 1.3, 1.05, 0.65, kFancySettings},
    Cut{"emerald", "Emerald (step)", "祖母绿形", SizeBy::length_width, 1.1, 1.8, 1.4, 0.64, kSquareSettings},
    Cut{"pear", "Pear", "梨形", SizeBy::length_width, 1.2, 2.0, 1.55, 0.60, kFancySettings},
    Cut{"marquise", "Marquise", "马眼形", SizeBy::length_width, 1.6, 2.6, 2.0, 0.60, kFancySettings},
    Cut{"heart", "Heart", "心形", SizeBy::length_width, 0.85, 1.15, 1.0, 0.60, kFancySettings},
    Cut{"radiant", "Radiant", "雷迪恩", SizeBy::length_width, 1.0, 1.6, 1.25, 0.66, kSquareSettings},
    Cut{"asscher", "Asscher", "阿斯切", SizeBy::length_width, 1.0, 1.05, 1.0, 0.66, kSquareSettings},
    Cut{"cabochon", "Cabochon", "蛋面", SizeBy::length_width, 1.0, 2.0, 1.4, 0.45, kCabochonSettings},
    Cut{"bead", "Bead / pearl", "圆珠", SizeBy::diameter, 1.0, 1.0, 1.0, 1.0, kBeadSettings},
};

// Trade factors (jewelry-facts.md, "Carat from dimensions"): carat = L * W * D * k for diamond.
double trade_factor(const Cut& cut, double ratio) {
  auto interpolate = [ratio](std::initializer_list<std::pair<double, double>> table) {
    const auto* first = table.begin();
    if (ratio <= first->first) return first->second;
    for (const auto* it = table.begin() + 1; it != table.end(); ++it) {
      const auto& a = *(it - 1);
      if (ratio <= it->first) return a.second + (ratio - a.first) / (it->first - a.first) * (it->second - a.second);
    }
    return (table.end() - 1)->second;
  };
  const std::string_view name = cut.name;
  if (name == "round") return 0.0061;
  if (name == "oval") return 0.0062;
  if (name == "heart") return 0.0059;
  if (name == "pear") return 0.0060;      // (?) in the facts file
  if (name == "cushion") return 0.0074;   // (?) in the facts file
  if (name == "marquise") return interpolate({{1.5, 0.00565}, {2.0, 0.00580}, {2.5, 0.00585}, {3.0, 0.00595}});
  if (name == "princess" || name == "emerald" || name == "radiant" || name == "asscher")
    return interpolate({{1.0, 0.0083}, {1.25, 0.0080}, {1.5, 0.0092}, {2.0, 0.0100}, {2.5, 0.0106}});
  // Beads and cabochons are solids, not trade shapes: a sphere of diameter d, or half an ellipsoid
  // of L x W x depth D, both have volume pi/6 * L * W * D; at diamond density, 1 ct = 0.2 g.
  return 3.14159265358979 / 6.0 * kDiamondSg / 200.0;
}

// GB/T 16554-2017 (jewelry-facts.md): colour D to N, then "<N"; clarity LC, VVS1 ... SI2, P1-P3.
// GIA's FL/IF and I1-I3 are accepted beside them, in order of quality.
constexpr std::string_view kDiamondColors[] = {"D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "<N"};
constexpr std::string_view kDiamondClarities[] = {"FL", "IF", "LC", "VVS1", "VVS2", "VS1", "VS2", "SI1", "SI2", "I1", "I2", "I3", "P1", "P2", "P3"};
constexpr GradeScale kDiamondScale{"GB/T 16554-2017 (GIA names beside it)", kDiamondColors, kDiamondClarities, "G", "VS2"};
// Moissanite and lab-grown stones are sold near colourless and clean; the letters mean the same.
constexpr GradeScale kSimulantScale{"colourless grades as for diamond", kDiamondColors, kDiamondClarities, "D", "VVS1"};
constexpr GradeScale kUngraded{"graded by eye (no letter scale)", {}, {}, "", ""};

}  // namespace

const GradeScale& grade_scale(const Gem& gem) {
  if (gem.name == "diamond") return kDiamondScale;
  if (gem.name == "lab_diamond" || gem.name == "moissanite") return kSimulantScale;
  return kUngraded;
}

std::span<const Gem> all_gems() { return kGems; }
std::span<const Cut> all_cuts() { return kCuts; }

double khr_dispersion(const Gem& gem) {
  if (gem.dispersion <= 0 || gem.refractive_index <= 1) return 0;
  // Fraunhofer lines in um: B 0.6867, G 0.4308, F 0.4861, C 0.6563.
  auto inverse_square = [](double um) { return 1.0 / (um * um); };
  const double fc_per_bg = (inverse_square(0.4861) - inverse_square(0.6563)) / (inverse_square(0.4308) - inverse_square(0.6867));
  const double abbe = (gem.refractive_index - 1) / (gem.dispersion * fc_per_bg);
  return 20.0 / abbe;
}

const Gem* find_gem(std::string_view name) {
  for (const Gem& gem : kGems) {
    if (gem.name == name) return &gem;
  }
  return nullptr;
}

const Cut* find_cut(std::string_view name) {
  for (const Cut& cut : kCuts) {
    if (cut.name == name) return &cut;
  }
  return nullptr;
}

bool cut_takes_setting(const Cut& cut, std::string_view setting) {
  for (std::string_view s : cut.settings) {
    if (s == setting) return true;
  }
  return false;
}

double depth_mm(const Cut& cut, double width_mm) { return width_mm * cut.depth_fraction; }

double carat_from_mm(const Gem& gem, const Cut& cut, double length_mm, double width_mm) {
  const double ratio = width_mm > 0 ? length_mm / width_mm : 1.0;
  const double diamond_carat = length_mm * width_mm * depth_mm(cut, width_mm) * trade_factor(cut, ratio);
  return diamond_carat * gem.specific_gravity / kDiamondSg;
}

StoneDims mm_from_carat(const Gem& gem, const Cut& cut, double carat) {
  // carat is proportional to width^3 at a fixed ratio and depth fraction: solve with one cube root.
  const double ratio = cut.typical_ratio;
  const double carat_at_1mm = carat_from_mm(gem, cut, ratio, 1.0);
  const double width = std::cbrt(carat / carat_at_1mm);
  return {width * ratio, width, depth_mm(cut, width)};
}

}  // namespace facet::catalog
