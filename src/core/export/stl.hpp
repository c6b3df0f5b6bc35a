// Binary STL: 80-byte header (never starting with "solid"), triangle count, then per triangle the
// normal, three vertices (float32, little-endian, millimetres) and a zero attribute word.
#pragma once

#include <string>
#include <string_view>

#include "core/geometry/mesh.hpp"

namespace facet::exporting {

std::string write_binary_stl(const geometry::Mesh& mesh, std::string_view header_text);

// Reads a binary STL back into unshared triangles (for tests and tools); empty on malformed input.
struct StlTriangles {
  std::vector<float> vertices;  // 9 floats per triangle
  bool ok = false;
};
StlTriangles read_binary_stl(std::string_view bytes);

}  // namespace facet::exporting
