// Triangle meshes of the core: an indexed, shared-vertex mesh for production (closed shells) and
// the flat arrays the renderer uploads.
#pragma once

#include <glm/vec3.hpp>

#include <cstdint>
#include <span>
#include <vector>

namespace facet::geometry {

// Indexed triangles, counter-clockwise seen from outside, millimetres.
struct Mesh {
  std::vector<glm::dvec3> positions;
  std::vector<uint32_t> indices;  // three per triangle

  size_t triangle_count() const { return indices.size() / 3; }
};

struct Bounds {
  glm::dvec3 min{0.0};
  glm::dvec3 max{0.0};
  glm::dvec3 size() const { return max - min; }
};

// Volume enclosed by a closed, outward-oriented mesh (negative if inward), mm3.
double signed_volume_mm3(const Mesh& mesh);
// Turns a closed, consistently oriented mesh outward (positive volume) if it faces inward.
void orient_outward(Mesh& mesh);
Bounds bounds(const Mesh& mesh);

// Edge topology: a closed, consistently oriented 2-manifold has every directed edge exactly once
// and its reverse exactly once.
struct Topology {
  size_t triangles = 0;
  size_t edges = 0;               // undirected
  size_t boundary_edges = 0;      // used by one triangle only
  size_t non_manifold_edges = 0;  // used by more than two triangles
  size_t misoriented_edges = 0;   // two triangles walking the edge the same way
  size_t degenerate_triangles = 0;
  size_t components = 0;          // connected shells

  bool closed_and_oriented() const {
    return boundary_edges == 0 && non_manifold_edges == 0 && misoriented_edges == 0 && degenerate_triangles == 0;
  }
};
Topology check_topology(const Mesh& mesh);

// Each vertex's triangles, in compressed rows: vertex v's are items[first[v] .. first[v + 1]).
struct VertexTriangles {
  std::vector<uint32_t> first, items;
  explicit VertexTriangles(const Mesh& mesh);
  std::span<const uint32_t> of(uint32_t v) const { return {items.data() + first[v], items.data() + first[v + 1]}; }
};

// Adds `part`'s triangles to `into` as separate shells (no welding).
void append(Mesh& into, const Mesh& part);

// A closed mesh through rings of points from the bottom up, each counter-clockwise seen from
// above, the same count each; a ring of one point is an apex, otherwise the end rings are closed by
// flat caps. (Stones' smooth cuts, a pearl's cup.)
Mesh loft(const std::vector<std::vector<glm::dvec3>>& rings);

// Render arrays: vertices split where faces meet at an angle whose cosine is below `crease_cos`,
// so sharp edges stay sharp and curved surfaces shade smoothly.
struct RenderMesh {
  std::vector<float> positions;  // xyz
  std::vector<float> normals;    // xyz, unit
  std::vector<uint32_t> indices;
};
// Faces meeting at more than ~37 degrees keep a sharp edge in the picture: the app's choice, and
// what the benchmarks measure.
inline constexpr double kRenderCreaseCos = 0.8;
RenderMesh make_render_mesh(const Mesh& mesh, double crease_cos = kRenderCreaseCos);

}  // namespace facet::geometry
