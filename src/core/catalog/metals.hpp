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

struct AlloyColor {
  std::string_view color;  // "yellow" | "white" | "rose" | "" for non-gold
  double density_g_cm3;
  Reflectance f0;
  std::string_view name_en;
  std::string_view name_zh;
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

// How the finished surface reflects: the alloy's F0 (or rhodium's, when plated) and a roughness
// per finish. One answer for the renderer and the GLB, so a shop's viewer shows what we show.
struct SurfaceLook {
  Reflectance f0;
  float roughness;
};
SurfaceLook surface_look(const AlloyColor& color, std::string_view finish, std::string_view plating);

}  // namespace facet::catalog
