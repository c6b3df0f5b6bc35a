#include "core/geometry/mesh.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <utility>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace facet::geometry {

double signed_volume_mm3(const Mesh& mesh) {
  // Divergence theorem: sum of signed tetrahedra from the origin, taken about the mesh's first
  // vertex to keep the terms small.
  if (mesh.positions.empty()) return 0.0;
  const glm::dvec3 origin = mesh.positions.front();
  double six_volume = 0.0;
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3 a = mesh.positions[mesh.indices[t]] - origin;
    const glm::dvec3 b = mesh.positions[mesh.indices[t + 1]] - origin;
    const glm::dvec3 c = mesh.positions[mesh.indices[t + 2]] - origin;
    six_volume += glm::dot(a, glm::cross(b, c));
  }
  return six_volume / 6.0;
}

void orient_outward(Mesh& mesh) {
  if (signed_volume_mm3(mesh) >= 0) return;
  for (size_t t = 0; t < mesh.indices.size(); t += 3) std::swap(mesh.indices[t + 1], mesh.indices[t + 2]);
}

Bounds bounds(const Mesh& mesh) {
  Bounds out;
  if (mesh.positions.empty()) return out;
  out.min = out.max = mesh.positions.front();
  for (const glm::dvec3& p : mesh.positions) {
    out.min = glm::min(out.min, p);
    out.max = glm::max(out.max, p);
  }
  return out;
}

VertexTriangles::VertexTriangles(const Mesh& mesh) : first(mesh.positions.size() + 1, 0), items(mesh.indices.size()) {
  for (uint32_t i : mesh.indices) ++first[i + 1];
  for (size_t v = 0; v < mesh.positions.size(); ++v) first[v + 1] += first[v];
  std::vector<uint32_t> fill(first.begin(), first.end() - 1);
  for (uint32_t k = 0; k < mesh.indices.size(); ++k) items[fill[mesh.indices[k]]++] = k / 3;
}

Topology check_topology(const Mesh& mesh) {
  Topology out;
  out.triangles = mesh.triangle_count();
  // Directed edge (from, to) -> how many triangles walk it.
  std::unordered_map<uint64_t, uint32_t> directed;
  directed.reserve(mesh.indices.size());
  auto key = [](uint32_t a, uint32_t b) { return (uint64_t(a) << 32) | b; };

  // Union-find over vertices for the shell count.
  std::vector<uint32_t> parent(mesh.positions.size());
  std::iota(parent.begin(), parent.end(), 0u);
  auto find = [&](uint32_t v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
  };

  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const uint32_t v[3] = {mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]};
    const glm::dvec3 n = glm::cross(mesh.positions[v[1]] - mesh.positions[v[0]], mesh.positions[v[2]] - mesh.positions[v[0]]);
    if (v[0] == v[1] || v[1] == v[2] || v[0] == v[2] || glm::dot(n, n) == 0.0) ++out.degenerate_triangles;
    for (int i = 0; i < 3; ++i) {
      ++directed[key(v[i], v[(i + 1) % 3])];
      parent[find(v[i])] = find(v[(i + 1) % 3]);
    }
  }
  for (const auto& [edge, count] : directed) {
    const uint32_t a = uint32_t(edge >> 32), b = uint32_t(edge);
    auto reverse = directed.find(key(b, a));
    const uint32_t back = reverse == directed.end() ? 0 : reverse->second;
    if (a > b && back > 0) continue;  // counted from the other side
    ++out.edges;
    const uint32_t uses = count + back;
    if (uses == 1) ++out.boundary_edges;
    else if (uses > 2) ++out.non_manifold_edges;
    else if (count != 1 || back != 1) ++out.misoriented_edges;
  }
  std::vector<bool> used(mesh.positions.size(), false);
  for (uint32_t i : mesh.indices) used[i] = true;
  for (uint32_t v = 0; v < parent.size(); ++v) {
    if (used[v] && find(v) == v) ++out.components;
  }
  return out;
}

RenderMesh make_render_mesh(const Mesh& mesh, double crease_cos) {
  // Runs on every slider step: flat arrays only (faces around each vertex in one array indexed by
  // offsets; each vertex's emitted copies in a linked list), every face normal normalised once.
  const size_t triangles = mesh.triangle_count(), vertices = mesh.positions.size();
  std::vector<glm::dvec3> face_normal(triangles), face_unit(triangles);  // area-weighted, unit
  std::vector<uint32_t> first_face(vertices + 1, 0);
  for (size_t t = 0; t < triangles; ++t) {
    const glm::dvec3& a = mesh.positions[mesh.indices[3 * t]];
    const glm::dvec3& b = mesh.positions[mesh.indices[3 * t + 1]];
    const glm::dvec3& c = mesh.positions[mesh.indices[3 * t + 2]];
    face_normal[t] = glm::cross(b - a, c - a);
    face_unit[t] = glm::normalize(face_normal[t]);
    for (int i = 0; i < 3; ++i) ++first_face[mesh.indices[3 * t + i] + 1];
  }
  for (size_t v = 0; v < vertices; ++v) first_face[v + 1] += first_face[v];
  std::vector<uint32_t> faces(first_face[vertices]), filled(first_face.begin(), first_face.end() - 1);
  for (size_t t = 0; t < triangles; ++t)
    for (int i = 0; i < 3; ++i) faces[filled[mesh.indices[3 * t + i]]++] = uint32_t(t);

  constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
  struct Emitted {
    glm::vec3 normal;
    uint32_t index, next;
  };
  std::vector<Emitted> emitted;
  std::vector<uint32_t> first_emitted(vertices, kNone);
  RenderMesh out;
  out.indices.reserve(mesh.indices.size());
  for (size_t t = 0; t < triangles; ++t) {
    const glm::dvec3& own = face_unit[t];
    for (int i = 0; i < 3; ++i) {
      const uint32_t v = mesh.indices[3 * t + i];
      glm::dvec3 sum(0.0);
      for (uint32_t k = first_face[v]; k < first_face[v + 1]; ++k) {
        const uint32_t f = faces[k];
        if (glm::dot(face_unit[f], own) >= crease_cos) sum += face_normal[f];
      }
      const glm::vec3 normal = glm::vec3(glm::normalize(sum));
      // Corners of a vertex with the same smoothed normal share one render vertex.
      uint32_t index = kNone;
      for (uint32_t e = first_emitted[v]; e != kNone; e = emitted[e].next) {
        if (glm::dot(emitted[e].normal, normal) > 0.99999f) { index = emitted[e].index; break; }
      }
      if (index == kNone) {
        index = uint32_t(out.positions.size() / 3);
        const glm::dvec3& p = mesh.positions[v];
        out.positions.insert(out.positions.end(), {float(p.x), float(p.y), float(p.z)});
        out.normals.insert(out.normals.end(), {normal.x, normal.y, normal.z});
        // Appended at the list's end, so the first match is the first emitted, as before.
        const uint32_t entry = uint32_t(emitted.size());
        emitted.push_back({normal, index, kNone});
        if (first_emitted[v] == kNone) first_emitted[v] = entry;
        else {
          uint32_t last = first_emitted[v];
          while (emitted[last].next != kNone) last = emitted[last].next;
          emitted[last].next = entry;
        }
      }
      out.indices.push_back(index);
    }
  }
  return out;
}

void append(Mesh& into, const Mesh& part) {
  const uint32_t offset = uint32_t(into.positions.size());
  into.positions.insert(into.positions.end(), part.positions.begin(), part.positions.end());
  for (uint32_t i : part.indices) into.indices.push_back(i + offset);
}

Mesh loft(const std::vector<std::vector<glm::dvec3>>& rings) {
  Mesh mesh;
  std::vector<uint32_t> first(rings.size());
  for (size_t j = 0; j < rings.size(); ++j) {
    first[j] = uint32_t(mesh.positions.size());
    mesh.positions.insert(mesh.positions.end(), rings[j].begin(), rings[j].end());
  }
  const size_t n = rings[1].size();
  auto id = [&](size_t ring, size_t i) { return rings[ring].size() == 1 ? first[ring] : first[ring] + uint32_t(i % n); };
  for (size_t j = 0; j + 1 < rings.size(); ++j) {
    for (size_t i = 0; i < n; ++i) {
      const uint32_t a = id(j, i), b = id(j, i + 1), c = id(j + 1, i + 1), d = id(j + 1, i);
      if (a != b) mesh.indices.insert(mesh.indices.end(), {a, b, c});
      if (c != d) mesh.indices.insert(mesh.indices.end(), {a, c, d});
    }
  }
  auto cap = [&](size_t ring, bool up) {
    if (rings[ring].size() == 1) return;
    glm::dvec3 centre(0.0);
    for (const glm::dvec3& p : rings[ring]) centre += p;
    const uint32_t c = uint32_t(mesh.positions.size());
    mesh.positions.push_back(centre / double(n));
    for (size_t i = 0; i < n; ++i) {
      if (up) mesh.indices.insert(mesh.indices.end(), {c, id(ring, i), id(ring, i + 1)});
      else mesh.indices.insert(mesh.indices.end(), {c, id(ring, i + 1), id(ring, i)});
    }
  };
  cap(0, false);
  cap(rings.size() - 1, true);
  return mesh;
}

}  // namespace facet::geometry
