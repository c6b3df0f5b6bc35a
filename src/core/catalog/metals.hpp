// Alloys by GB 11887 code: names, fineness marks, densities and colours.
// Figures from ../shared/reference/jewelry-facts.md unless a comment says otherwise.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace facet::catalog {

enum class MetalFamily { gold, platinum, palladium, silver };

// Linear-RGB base reflectance at normal incidence (F0), for the renderer.
struct Reflectance {
  float r, g, b;
};

// A metal's complex refractive index n + ik per channel (R, G, B at about 620, 550 and 450 nm).
struct ComplexIndex {
  Reflectance n, k;
};

struct AlloyColor {
  std::string_view color;  // "yellow" | "white" | "rose" | "" for non-gold
  double density_g_cm3;
  Reflectance f0;
  std::string_view name_en;
  std::string_view name_zh;
  // Measured optics where the edge differs from Schlick's curve (platinum, palladium); nullptr:
  // Schlick's curve from f0 is close enough (the golds and silver, within 1%).
  const ComplexIndex* index = nullptr;
};

struct Alloy {
  std::string_view code;          // GB 11887 material + fineness, e.g. "Au750"
  MetalFamily family;
  int fineness_permille;
  std::string_view mark;          // stamped mark, e.g. "Au750"
  std::string_view mark_zh;       // Chinese mark, e.g. "金750", "足金"
  bool color_required;            // gold below Au916 must name its colour
  std::span<const AlloyColor> colors;  // first entry is the default colour
};

std::span<const Alloy> all_alloys();
const Alloy* find_alloy(std::string_view code);
// The colour entry for `color` (empty: the alloy's default); nullptr if the alloy has no such colour.
const AlloyColor* find_alloy_color(const Alloy& alloy, std::string_view color);

// Grams of `volume_mm3` of this alloy and colour.
double weight_g(const AlloyColor& color, double volume_mm3);

// What a finish does to the surface beyond its roughness, for the renderer.
enum class FinishPattern { none, brushed, hammered };

// How the finished surface reflects: the alloy's F0 (or rhodium's, when plated), its reflectance
// at 82 degrees from the normal (Hoffman's F82-tint model: platinum and palladium dip below
// Schlick's curve there, which greys their edges), and a roughness per finish. One answer for the
// renderer and the GLB, so a shop's viewer shows what we show.
struct SurfaceLook {
  Reflectance f0;
  Reflectance f82;
  float roughness;
  FinishPattern pattern = FinishPattern::none;
};
SurfaceLook surface_look(const AlloyColor& color, std::string_view finish, std::string_view plating);

// Unpolarised reflectance of a conductor with index n + ik, light at `cos_incidence` to the normal.
double conductor_reflectance(double n, double k, double cos_incidence);
// Schlick's approximation from the reflectance at normal incidence.
double schlick_reflectance(double f0, double cos_incidence);
// The cosine of 82 degrees where the F82 model takes its second value: 1/7 (Hoffman 2019).
inline constexpr double kF82Cosine = 1.0 / 7.0;

}  // namespace facet::catalog
