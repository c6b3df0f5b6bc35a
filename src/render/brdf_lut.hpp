// The split-sum table for image-based lighting of metals (Karis 2013; Filament's visibility;
// Hoffman's F82 term):
// how much of the prefiltered environment a GGX surface reflects, by the view's angle and the
// roughness. Plain C++ (no GL), so it is computed once at start-up and tested natively.
#pragma once

#include <vector>

namespace facet::render {

// One entry: reflectance = F0 * scale + bias - f82_bias * edge, with f82_bias from the metal's
// F0 and F82 (see shaders/metal.frag.glsl).
struct SplitSum {
  float scale = 0, bias = 0, edge = 0;
};

// One entry: GGX (alpha = roughness^2) with height-correlated Smith visibility, integrated over
// `samples` importance-sampled directions.
SplitSum split_sum_entry(float n_dot_v, float roughness, int samples);

// size x size entries, row-major: x is cos(view to normal) in (0, 1], y the roughness in [0, 1]
// (cell centres). `samples` GGX directions per entry.
std::vector<SplitSum> split_sum_table(int size, int samples);

// The entry the shader reads at (n_dot_v, roughness), without interpolation.
SplitSum split_sum_at(const std::vector<SplitSum>& table, int size, float n_dot_v, float roughness);

// The table as RGBA bytes for an RGBA8 texture (filterable everywhere): scale, bias,
// edge * kEdgeByteScale (edge stays under 0.06), 255.
inline constexpr float kEdgeByteScale = 8.0f;
std::vector<unsigned char> split_sum_bytes(const std::vector<SplitSum>& table);

}  // namespace facet::render
