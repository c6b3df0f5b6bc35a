#include "render/brdf_lut.hpp"

#include <algorithm>
#include <cmath>

#include <glm/glm.hpp>

namespace facet::render {
namespace {

constexpr float kPi = 3.14159265358979f;

// Low-discrepancy points on the unit square (Hammersley: i/n against the radical inverse of i).
glm::vec2 hammersley(uint32_t i, uint32_t n) {
  uint32_t bits = i;
  bits = (bits << 16u) | (bits >> 16u);
  bits = ((bits & 0x55555555u) << 1u) | ((bits & 0xAAAAAAAAu) >> 1u);
  bits = ((bits & 0x33333333u) << 2u) | ((bits & 0xCCCCCCCCu) >> 2u);
  bits = ((bits & 0x0F0F0F0Fu) << 4u) | ((bits & 0xF0F0F0F0u) >> 4u);
  bits = ((bits & 0x00FF00FFu) << 8u) | ((bits & 0xFF00FF00u) >> 8u);
  return {float(i) / float(n), float(bits) * 2.3283064365386963e-10f};
}

// A half vector about +Z with GGX's distribution of normals for `alpha` (roughness squared).
glm::vec3 ggx_half_vector(glm::vec2 xi, float alpha) {
  const float phi = 2.0f * kPi * xi.x;
  const float cos_theta = std::sqrt((1.0f - xi.y) / (1.0f + (alpha * alpha - 1.0f) * xi.y));
  const float sin_theta = std::sqrt(std::max(0.0f, 1.0f - cos_theta * cos_theta));
  return {sin_theta * std::cos(phi), sin_theta * std::sin(phi), cos_theta};
}

// The height-correlated Smith visibility G / (4 NoL NoV) (Heitz 2014, as Filament uses it).
float smith_visibility(float n_dot_v, float n_dot_l, float alpha) {
  const float a2 = alpha * alpha;
  return 0.5f / (n_dot_v * std::sqrt(n_dot_l * n_dot_l * (1.0f - a2) + a2) + n_dot_l * std::sqrt(n_dot_v * n_dot_v * (1.0f - a2) + a2));
}

}  // namespace

SplitSum split_sum_entry(float n_dot_v, float roughness, int samples) {
  const float alpha = roughness * roughness;
  const glm::vec3 v(std::sqrt(1.0f - n_dot_v * n_dot_v), 0.0f, n_dot_v);
  SplitSum sum;
  for (int i = 0; i < samples; ++i) {
    const glm::vec3 h = ggx_half_vector(hammersley(uint32_t(i), uint32_t(samples)), alpha);
    const glm::vec3 l = 2.0f * glm::dot(v, h) * h - v;
    if (l.z <= 0.0f) continue;
    const float v_dot_h = std::max(glm::dot(v, h), 0.0f);
    // D V NoL over the sample's density D NoH / (4 VoH): GGX's D divides out.
    const float weight = 4.0f * smith_visibility(n_dot_v, l.z, alpha) * l.z * v_dot_h / h.z;
    const float fc = std::pow(1.0f - v_dot_h, 5.0f);
    sum.scale += (1.0f - fc) * weight;
    sum.bias += fc * weight;
    sum.edge += v_dot_h * fc * (1.0f - v_dot_h) * weight;  // Hoffman's mu (1 - mu)^6 term
  }
  sum.scale /= float(samples);
  sum.bias /= float(samples);
  sum.edge /= float(samples);
  return sum;
}

std::vector<SplitSum> split_sum_table(int size, int samples) {
  std::vector<SplitSum> table(size_t(size) * size_t(size));
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size; ++x) {
      table[size_t(y) * size_t(size) + size_t(x)] = split_sum_entry((float(x) + 0.5f) / float(size), (float(y) + 0.5f) / float(size), samples);
    }
  }
  return table;
}

SplitSum split_sum_at(const std::vector<SplitSum>& table, int size, float n_dot_v, float roughness) {
  const int x = std::clamp(int(n_dot_v * float(size)), 0, size - 1);
  const int y = std::clamp(int(roughness * float(size)), 0, size - 1);
  return table[size_t(y) * size_t(size) + size_t(x)];
}

std::vector<unsigned char> split_sum_bytes(const std::vector<SplitSum>& table) {
  std::vector<unsigned char> bytes;
  bytes.reserve(table.size() * 4);
  const auto byte = [](float value) { return static_cast<unsigned char>(std::lround(std::clamp(value, 0.0f, 1.0f) * 255.0f)); };
  for (const SplitSum& entry : table) {
    bytes.push_back(byte(entry.scale));
    bytes.push_back(byte(entry.bias));
    bytes.push_back(byte(entry.edge * kEdgeByteScale));
    bytes.push_back(255);
  }
  return bytes;
}

}  // namespace facet::render
