// How metal reflects in the renderer: the catalog's edge reflectance (F82) from measured optics,
// and the split-sum table the metal shader reads, against what each must be in its limits.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/catalog/metals.hpp"
#include "render/brdf_lut.hpp"

using namespace facet;

namespace {

const catalog::AlloyColor& colour_of(const char* code, const char* color = "") {
  const catalog::Alloy* alloy = catalog::find_alloy(code);
  REQUIRE(alloy != nullptr);
  const catalog::AlloyColor* entry = catalog::find_alloy_color(*alloy, color);
  REQUIRE(entry != nullptr);
  return *entry;
}

}  // namespace

TEST_CASE("metal look: conductor Fresnel meets its limits, and Schlick's curve agrees at both ends") {
  // A perfect conductor reflects everything; at grazing every surface does.
  CHECK(catalog::conductor_reflectance(0.0, 1e6, 0.5) == doctest::Approx(1.0).epsilon(1e-4));
  CHECK(catalog::conductor_reflectance(2.0, 3.0, 0.0) == doctest::Approx(1.0).epsilon(1e-6));
  // A dielectric's normal reflectance: ((n - 1) / (n + 1))^2, 4% for glass of 1.5.
  CHECK(catalog::conductor_reflectance(1.5, 0.0, 1.0) == doctest::Approx(0.04).epsilon(1e-6));
  CHECK(catalog::schlick_reflectance(0.04, 1.0) == doctest::Approx(0.04));
  CHECK(catalog::schlick_reflectance(0.04, 0.0) == doctest::Approx(1.0));
}

TEST_CASE("metal look: the measured indices give the catalog's F0, and platinum's edge dips below Schlick's") {
  for (const char* code : {"Pt950", "Pd950"}) {
    const catalog::AlloyColor& colour = colour_of(code);
    REQUIRE(colour.index != nullptr);
    const catalog::Reflectance f0 = colour.f0;
    const catalog::ComplexIndex& index = *colour.index;
    CHECK(catalog::conductor_reflectance(index.n.r, index.k.r, 1.0) == doctest::Approx(f0.r).epsilon(0.025));
    CHECK(catalog::conductor_reflectance(index.n.g, index.k.g, 1.0) == doctest::Approx(f0.g).epsilon(0.025));
    CHECK(catalog::conductor_reflectance(index.n.b, index.k.b, 1.0) == doctest::Approx(f0.b).epsilon(0.025));
    const catalog::SurfaceLook look = catalog::surface_look(colour, "polished", "");
    const double schlick_g = catalog::schlick_reflectance(f0.g, catalog::kF82Cosine);
    CAPTURE(code);
    CHECK(look.f82.g < 0.9 * schlick_g);  // platinum: 0.82 of Schlick's at 82 degrees
    CHECK(look.f82.g > 0.6 * schlick_g);
  }
  // Gold keeps Schlick's curve; rhodium plating puts rhodium's surface (and its edge) on any alloy.
  const catalog::AlloyColor& gold = colour_of("Au750", "yellow");
  CHECK(gold.index == nullptr);
  const catalog::SurfaceLook gold_look = catalog::surface_look(gold, "polished", "");
  CHECK(gold_look.f82.r == doctest::Approx(catalog::schlick_reflectance(gold.f0.r, catalog::kF82Cosine)));
  const catalog::SurfaceLook plated = catalog::surface_look(colour_of("Pt950"), "polished", "rhodium");
  CHECK(plated.f82.g == doctest::Approx(catalog::schlick_reflectance(plated.f0.g, catalog::kF82Cosine)));
}

TEST_CASE("metal look: finishes set roughness and the pattern the shader draws") {
  const catalog::AlloyColor& gold = colour_of("Au750", "yellow");
  CHECK(catalog::surface_look(gold, "polished", "").pattern == catalog::FinishPattern::none);
  CHECK(catalog::surface_look(gold, "brushed", "").pattern == catalog::FinishPattern::brushed);
  CHECK(catalog::surface_look(gold, "hammered", "").pattern == catalog::FinishPattern::hammered);
  CHECK(catalog::surface_look(gold, "matte", "").roughness > catalog::surface_look(gold, "brushed", "").roughness);
  CHECK(catalog::surface_look(gold, "polished", "").roughness < 0.1f);
}

TEST_CASE("split-sum table: a mirror reflects Schlick's Fresnel exactly") {
  constexpr int kSize = 32;
  const std::vector<render::SplitSum> table = render::split_sum_table(kSize, 256);
  for (float mu : {0.1f, 0.3f, 0.5f, 0.9f}) {
    const render::SplitSum entry = render::split_sum_at(table, kSize, mu, 0.0f);
    const float cell_mu = (std::floor(mu * kSize) + 0.5f) / kSize;  // the entry is the cell centre's
    const float fc = std::pow(1.0f - cell_mu, 5.0f);
    CAPTURE(mu);
    CHECK(entry.scale == doctest::Approx(1.0f - fc).epsilon(0.01));
    CHECK(entry.bias == doctest::Approx(fc).epsilon(0.02));
    CHECK(entry.edge == doctest::Approx(cell_mu * fc * (1.0f - cell_mu)).epsilon(0.02));
  }
}

TEST_CASE("split-sum table: against the closed form at roughness 1 and a brute-force quadrature") {
  // At alpha = 1 GGX's D is 1/pi and the correlated visibility 1 / (2 (NoV + NoL)), so a white
  // surface's albedo is 1 - mu ln(1 + 1/mu): light lost most when seen square on.
  for (float mu : {0.1f, 0.3f, 0.6f, 0.9f}) {
    const render::SplitSum entry = render::split_sum_entry(mu, 1.0f, 4096);
    CAPTURE(mu);
    CHECK(entry.scale + entry.bias == doctest::Approx(1.0f - mu * std::log(1.0f + 1.0f / mu)).epsilon(0.01));
  }
  // (NoV, roughness) = (0.5, 0.5) and (0.3, 0.7): the same integrals by uniform sampling of the
  // hemisphere, 4 million directions (numpy, outside this code).
  const render::SplitSum mid = render::split_sum_entry(0.5f, 0.5f, 4096);
  CHECK(mid.scale == doctest::Approx(0.8332f).epsilon(0.01));
  CHECK(mid.bias == doctest::Approx(0.0223f).epsilon(0.05));
  CHECK(mid.edge == doctest::Approx(0.0053f).epsilon(0.05));
  const render::SplitSum rough = render::split_sum_entry(0.3f, 0.7f, 4096);
  CHECK(rough.scale == doctest::Approx(0.7216f).epsilon(0.01));
  CHECK(rough.bias == doctest::Approx(0.0277f).epsilon(0.05));
}

TEST_CASE("split-sum table: never more light than came in, converged, and its bytes") {
  constexpr int kSize = 32;
  const std::vector<render::SplitSum> table = render::split_sum_table(kSize, 1024);  // as the renderer makes it
  for (const render::SplitSum& entry : table) {
    CHECK(entry.scale + entry.bias <= 1.01f);  // a white surface (F0 = 1) reflects at most all
    CHECK(entry.edge >= 0.0f);
    CHECK(entry.edge * render::kEdgeByteScale < 1.0f);  // fits its byte
  }
  // Four times the samples move no entry by more than 0.015 of the reflectance.
  const std::vector<render::SplitSum> finer = render::split_sum_table(kSize, 4096);
  float worst = 0.0f;
  for (size_t i = 0; i < table.size(); ++i) worst = std::max(worst, std::abs(table[i].scale - finer[i].scale));
  CHECK(worst < 0.015f);
  const std::vector<unsigned char> bytes = render::split_sum_bytes(table);
  REQUIRE(bytes.size() == table.size() * 4);
  CHECK(std::abs(bytes[4 * 100] / 255.0f - table[100].scale) <= 0.5f / 255.0f);
  CHECK(std::abs(bytes[4 * 100 + 2] / 255.0f - table[100].edge * render::kEdgeByteScale) <= 0.5f / 255.0f);
}
