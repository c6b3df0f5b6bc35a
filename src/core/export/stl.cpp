#include "core/export/stl.hpp"

#include <glm/geometric.hpp>

#include <cstdint>
#include <cmath>
#include <cstring>

namespace facet::exporting {
namespace {

// Little-endian writes into a buffer sized up front (an STL is 84 + 50 bytes per triangle).
char* put_u32(char* out, uint32_t value) {
  for (int i = 0; i < 4; ++i) out[i] = char((value >> (8 * i)) & 0xff);
  return out + 4;
}

char* put_f32(char* out, float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, 4);
  return put_u32(out, bits);
}

uint32_t get_u32(const unsigned char* p) { return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24; }

}  // namespace

std::string write_binary_stl(const geometry::Mesh& mesh, std::string_view header_text) {
  const size_t triangles = mesh.triangle_count();
  std::string header = "Facet STL (mm) ";
  header += header_text;
  header.resize(80, ' ');
  std::string out(84 + triangles * 50, '\0');
  std::memcpy(out.data(), header.data(), 80);
  char* at = put_u32(out.data() + 80, uint32_t(triangles));
  for (size_t t = 0; t < triangles; ++t) {
    // The normal of the triangle a reader sees: from the vertices as rounded to float, with the
    // edges and the cross product in float as readers compute it (admesh's stl_calculate_normal),
    // so a sliver, whose normal float rounding decides, still matches what the reader checks.
    auto stored = [&](size_t k) { return glm::vec3(mesh.positions[mesh.indices[3 * t + k]]); };
    const glm::vec3 a = stored(0), b = stored(1), c = stored(2);
    const glm::vec3 u = b - a, v = c - a;
    const glm::vec3 cross(float(double(u.y) * double(v.z)) - double(u.z) * double(v.y),
                          float(double(u.z) * double(v.x)) - double(u.x) * double(v.z),
                          float(double(u.x) * double(v.y)) - double(u.y) * double(v.x));
    const double length = std::sqrt(double(cross.x) * cross.x + double(cross.y) * cross.y + double(cross.z) * cross.z);
    const glm::vec3 n = length < 1e-12 ? glm::vec3(0.0f) : glm::vec3(glm::dvec3(cross) * (1.0 / length));
    for (const glm::vec3& v : {n, a, b, c}) {
      at = put_f32(at, float(v.x));
      at = put_f32(at, float(v.y));
      at = put_f32(at, float(v.z));
    }
    at += 2;  // attribute byte count: zero
  }
  return out;
}

StlTriangles read_binary_stl(std::string_view bytes) {
  StlTriangles out;
  if (bytes.size() < 84) return out;
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  const uint32_t count = get_u32(data + 80);
  if (bytes.size() != 84 + size_t(count) * 50) return out;
  out.vertices.reserve(size_t(count) * 9);
  for (uint32_t t = 0; t < count; ++t) {
    const unsigned char* record = data + 84 + size_t(t) * 50 + 12;  // skip the normal
    for (int i = 0; i < 9; ++i) {
      float value;
      std::memcpy(&value, record + 4 * i, 4);
      out.vertices.push_back(value);
    }
  }
  out.ok = true;
  return out;
}

}  // namespace facet::exporting
