// Gems and cuts: optical and physical data, default proportions, which settings fit, and carat
// weights from dimensions (trade formulas) both ways. Figures: ../shared/reference/jewelry-facts.md.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace facet::catalog {

struct Gem {
  std::string_view name;       // spec value, e.g. "diamond"
  std::string_view name_en, name_zh;
  double specific_gravity;
  double refractive_index;     // 0 where not meaningful (pearl)
  double dispersion;           // B-G; 0 where not known
  float body_color[3];         // linear RGB transmittance through kBodyColorPathMm of the stone
  bool faceted;                // false: shown as cabochon / bead
  // Of a translucent stone (jadeite): how often light is turned aside per mm inside it; 0 for a
  // clear one. The renderer's; a spec does not say how translucent a stone is (yet).
  double scattering_per_mm = 0;
};

// The path a gem's body_color is the transmittance through: the renderer's absorption and the
// GLB's KHR_materials_volume attenuation distance both take it, so a shop's viewer and ours agree.
inline constexpr double kBodyColorPathMm = 5.0;

enum class SizeBy { diameter, length_width };

struct Cut {
  std::string_view name;            // spec value, e.g. "oval"
  std::string_view name_en, name_zh;
  SizeBy size_by;                   // how the spec gives its size (or by carat)
  double min_ratio, max_ratio;      // length / width accepted (1 for round shapes)
  double typical_ratio;             // used when deriving mm from carat
  double depth_fraction;            // total depth / width, default proportions
  std::span<const std::string_view> settings;  // setting types that hold this cut
};

// KHR_materials_dispersion's parameter, 20 / Abbe number, from the trade's B-G dispersion: by
// Cauchy's law (n - n0 proportional to 1/lambda^2) the F-C spread is 0.585 of the B-G spread, and
// Abbe = (n_d - 1) / (n_F - n_C). Diamond: 0.36. 0 where the gem has no dispersion on record.
double khr_dispersion(const Gem& gem);

// How a gem is graded: the colour and clarity terms its spec grade takes, and what a shop typically
// sells. Diamonds (natural and lab-grown) by GB/T 16554-2017 with the GIA names beside it; other
// gems have no letter scale here (their grade is free text) and empty lists.
struct GradeScale {
  std::string_view standard;
  std::span<const std::string_view> colors, clarities;  // best first
  std::string_view typical_color, typical_clarity;
};
const GradeScale& grade_scale(const Gem& gem);

std::span<const Gem> all_gems();
const Gem* find_gem(std::string_view name);
std::span<const Cut> all_cuts();
const Cut* find_cut(std::string_view name);
bool cut_takes_setting(const Cut& cut, std::string_view setting);

// Round brilliant proportions (Tolkowsky ideal), as fractions of the girdle diameter.
struct BrilliantProportions {
  double table = 0.53;
  double crown_angle_deg = 34.5;
  double pavilion_angle_deg = 40.75;
  double crown_height = 0.162;
  double pavilion_depth = 0.431;
  double girdle = 0.012;  // medium girdle, 0.7-1.7%
  double total_depth() const { return crown_height + pavilion_depth + girdle; }
};

// Carat weight from dimensions (mm) by the trade formulas, scaled from diamond by specific gravity.
// `length` = `width` = diameter for round shapes; depth from the cut's default proportions.
double carat_from_mm(const Gem& gem, const Cut& cut, double length_mm, double width_mm);
// The inverse at the cut's typical length/width ratio: {length, width} in mm.
struct StoneDims {
  double length_mm, width_mm, depth_mm;
};
StoneDims mm_from_carat(const Gem& gem, const Cut& cut, double carat);
double depth_mm(const Cut& cut, double width_mm);

}  // namespace facet::catalog
