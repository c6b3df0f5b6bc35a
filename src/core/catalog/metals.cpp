#include "core/catalog/metals.hpp"

#include <array>
#include <cmath>
#include <complex>
#include <algorithm>

namespace facet::catalog {
namespace {

// F0 values: pure gold, silver, platinum and palladium from measured optical constants as
// tabulated for real-time rendering (Filament material guide); the karat golds are blends towards
// silver/copper until the renderer issue replaces them with measured alloy data.
constexpr Reflectance kGold24{1.000f, 0.766f, 0.336f};
constexpr Reflectance kGold18Yellow{0.944f, 0.776f, 0.373f};
constexpr Reflectance kGold18Rose{0.955f, 0.680f, 0.550f};
constexpr Reflectance kWhiteGold{0.800f, 0.780f, 0.740f};
constexpr Reflectance kGold14Yellow{0.920f, 0.780f, 0.440f};
constexpr Reflectance kPlatinum{0.672f, 0.637f, 0.585f};
constexpr Reflectance kPalladium{0.733f, 0.697f, 0.652f};
constexpr Reflectance kSilver{0.972f, 0.960f, 0.915f};

// Complex indices at about 620, 550 and 450 nm (R, G, B), read off the handbook curves (Palik's
// Handbook of Optical Constants for platinum; Johnson and Christy 1974 for palladium) to two
// figures (?). They reproduce the F0 above within 0.015 (tested); what they add is how the
// reflectance dips near grazing, which Schlick's curve from F0 misses by up to 20% for platinum.
constexpr ComplexIndex kPlatinumIndex{{2.25f, 2.06f, 1.77f}, {4.00f, 3.67f, 3.10f}};
constexpr ComplexIndex kPalladiumIndex{{1.90f, 1.63f, 1.35f}, {4.40f, 3.80f, 3.20f}};

constexpr std::array kAu375 = {
    // Not in the facts file: 9K yellow is published at 11.1-11.3 g/cm3; 11.2 taken. (?)
    AlloyColor{"yellow", 11.2, {0.900f, 0.780f, 0.500f}, "9K yellow gold", "9K黄金"},
    AlloyColor{"white", 11.2, kWhiteGold, "9K white gold", "9K白金"},
    AlloyColor{"rose", 11.2, {0.930f, 0.700f, 0.580f}, "9K rose gold", "9K玫瑰金"},
};
constexpr std::array kAu585 = {
    AlloyColor{"yellow", 13.07, kGold14Yellow, "14K yellow gold", "14K黄金"},
    AlloyColor{"white", 12.61, kWhiteGold, "14K white gold", "14K白金"},
    AlloyColor{"rose", 13.26, {0.940f, 0.690f, 0.570f}, "14K rose gold", "14K玫瑰金"},
};
constexpr std::array kAu750 = {
    AlloyColor{"yellow", 15.58, kGold18Yellow, "18K yellow gold", "18K黄金"},
    AlloyColor{"white", 14.64, kWhiteGold, "18K white gold", "18K白金"},
    AlloyColor{"rose", 15.18, kGold18Rose, "18K rose gold", "18K玫瑰金"},
};
// 22K: facts give 17.7-17.8; 17.75 taken.
constexpr std::array kAu916 = {AlloyColor{"yellow", 17.75, kGold24, "22K gold", "22K金"}};
constexpr std::array kAu990 = {AlloyColor{"yellow", 19.32, kGold24, "Pure gold (24K)", "足金"}};
// Pt900: facts give Pt-Ir 90/10 at 21.54.
constexpr std::array kPt900 = {AlloyColor{"", 21.54, kPlatinum, "Platinum 900", "铂900", &kPlatinumIndex}};
// Pt950: facts give 20.1 (Pt-Co 20.8); 20.1 taken as the common casting alloy.
constexpr std::array kPt950 = {AlloyColor{"", 20.1, kPlatinum, "Platinum 950", "铂950", &kPlatinumIndex}};
// Pt990: near pure platinum, 21.45 (facts).
constexpr std::array kPt990 = {AlloyColor{"", 21.45, kPlatinum, "Pure platinum", "足铂", &kPlatinumIndex}};
// Pd950: facts give ~12.0 (?).
constexpr std::array kPd950 = {AlloyColor{"", 12.0, kPalladium, "Palladium 950", "钯950", &kPalladiumIndex}};
// S925: facts give 10.36-10.40; 10.36 taken.
constexpr std::array kS925 = {AlloyColor{"", 10.36, kSilver, "Sterling silver 925", "银925"}};
// S990: fine silver, 10.5 (facts).
constexpr std::array kS990 = {AlloyColor{"", 10.5, kSilver, "Fine silver", "足银"}};

constexpr std::array kAlloys = {
    Alloy{"Au375", MetalFamily::gold, 375, "Au375", "金375", true, kAu375},
    Alloy{"Au585", MetalFamily::gold, 585, "Au585", "金585", true, kAu585},
    Alloy{"Au750", MetalFamily::gold, 750, "Au750", "金750", true, kAu750},
    Alloy{"Au916", MetalFamily::gold, 916, "Au916", "金916", false, kAu916},
    // GB 11887 Amendment 1 (2016): >= 990 gold is named 足金.
    Alloy{"Au990", MetalFamily::gold, 990, "足金", "足金", false, kAu990},
    Alloy{"Pt900", MetalFamily::platinum, 900, "Pt900", "铂900", false, kPt900},
    Alloy{"Pt950", MetalFamily::platinum, 950, "Pt950", "铂950", false, kPt950},
    Alloy{"Pt990", MetalFamily::platinum, 990, "足铂", "足铂", false, kPt990},
    Alloy{"Pd950", MetalFamily::palladium, 950, "Pd950", "钯950", false, kPd950},
    Alloy{"S925", MetalFamily::silver, 925, "S925", "银925", false, kS925},
    Alloy{"S990", MetalFamily::silver, 990, "足银", "足银", false, kS990},
};

}  // namespace

std::span<const Alloy> all_alloys() { return kAlloys; }

const Alloy* find_alloy(std::string_view code) {
  for (const Alloy& alloy : kAlloys) {
    if (alloy.code == code) return &alloy;
  }
  return nullptr;
}

const AlloyColor* find_alloy_color(const Alloy& alloy, std::string_view color) {
  if (color.empty()) return &alloy.colors.front();
  for (const AlloyColor& entry : alloy.colors) {
    if (entry.color == color) return &entry;
  }
  return nullptr;
}

double weight_g(const AlloyColor& color, double volume_mm3) {
  constexpr double kMm3PerCm3 = 1000.0;
  return volume_mm3 / kMm3PerCm3 * color.density_g_cm3;
}

double conductor_reflectance(double n, double k, double cos_incidence) {
  const std::complex<double> eta(n, k);
  const double cos_i = std::clamp(cos_incidence, 0.0, 1.0);
  const double sin2_i = 1.0 - cos_i * cos_i;
  const std::complex<double> cos_t = std::sqrt(1.0 - sin2_i / (eta * eta));
  const std::complex<double> rs = (cos_i - eta * cos_t) / (cos_i + eta * cos_t);
  const std::complex<double> rp = (eta * cos_i - cos_t) / (eta * cos_i + cos_t);
  return 0.5 * (std::norm(rs) + std::norm(rp));
}

double schlick_reflectance(double f0, double cos_incidence) {
  return f0 + (1.0 - f0) * std::pow(1.0 - std::clamp(cos_incidence, 0.0, 1.0), 5.0);
}

namespace {

// The reflectance at 82 degrees: Schlick's from `f0`, scaled as the measured index says the real
// curve falls below (or rises above) Schlick's there. The catalog's F0 stays the one at normal
// incidence, so a polished face seen square on is unchanged.
float edge_channel(float f0, double tint) { return float(std::min(1.0, tint * schlick_reflectance(f0, kF82Cosine))); }

// How far the measured curve of index n + ik is from Schlick's at 82 degrees (below 1: under it).
double measured_tint(float n, float k) {
  return conductor_reflectance(n, k, kF82Cosine) / schlick_reflectance(conductor_reflectance(n, k, 1.0), kF82Cosine);
}

Reflectance edge_reflectance(const Reflectance& f0, const ComplexIndex* index) {
  if (!index) return {edge_channel(f0.r, 1.0), edge_channel(f0.g, 1.0), edge_channel(f0.b, 1.0)};
  return {edge_channel(f0.r, measured_tint(index->n.r, index->k.r)), edge_channel(f0.g, measured_tint(index->n.g, index->k.g)),
          edge_channel(f0.b, measured_tint(index->n.b, index->k.b))};
}

}  // namespace

SurfaceLook surface_look(const AlloyColor& color, std::string_view finish, std::string_view plating) {
  SurfaceLook look{color.f0, edge_reflectance(color.f0, color.index), 0.06f};  // polished
  // Rhodium plating: a bright, slightly cool white over any alloy (Schlick's curve at its edge).
  if (plating == "rhodium") {
    look.f0 = {0.75f, 0.76f, 0.76f};
    look.f82 = edge_reflectance(look.f0, nullptr);
  }
  // Brushed: fine lines along the band that stretch highlights across it; hammered: a polished
  // surface of shallow dimples that break the reflections into facets; matte: blasted, even.
  if (finish == "matte") look.roughness = 0.45f;
  else if (finish == "brushed") look.roughness = 0.3f, look.pattern = FinishPattern::brushed;
  else if (finish == "hammered") look.roughness = 0.1f, look.pattern = FinishPattern::hammered;
  return look;
}

}  // namespace facet::catalog
