#include "core/geometry/polytope.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include <glm/gtc/type_precision.hpp>

namespace facet::geometry {

Plane plane_through(const glm::dvec3& a, const glm::dvec3& b, const glm::dvec3& c, const glm::dvec3& inside, int tag) {
  glm::dvec3 normal = glm::normalize(glm::cross(b - a, c - a));
  if (glm::dot(normal, inside - a) > 0) normal = -normal;
  return {normal, glm::dot(normal, a), tag};
}

namespace {

struct Face {
  std::vector<glm::dvec3> vertices;  // counter-clockwise seen from outside
  int plane = 0;                     // index into the working plane list
};

bool lexicographic_less(const glm::dvec3& a, const glm::dvec3& b) {
  if (a.x != b.x) return a.x < b.x;
  if (a.y != b.y) return a.y < b.y;
  return a.z < b.z;
}

// The same edge is cut from both of its faces: computing from the ordered pair makes the two
// points bit-identical, so the faces stay stitched.
glm::dvec3 cut_edge(glm::dvec3 a, double da, glm::dvec3 b, double db) {
  if (lexicographic_less(b, a)) std::swap(a, b), std::swap(da, db);
  return a + (b - a) * (da / (da - db));
}

void add_unique(std::vector<glm::dvec3>& points, const glm::dvec3& p, double weld) {
  for (const glm::dvec3& q : points) {
    if (glm::distance(p, q) <= weld) return;
  }
  points.push_back(p);
}

// Orders points lying on `plane` counter-clockwise around its normal.
void sort_around(std::vector<glm::dvec3>& points, const glm::dvec3& normal) {
  glm::dvec3 centre(0.0);
  for (const glm::dvec3& p : points) centre += p;
  centre /= double(points.size());
  const glm::dvec3 helper = std::fabs(normal.x) < 0.9 ? glm::dvec3(1, 0, 0) : glm::dvec3(0, 1, 0);
  const glm::dvec3 u = glm::normalize(glm::cross(helper, normal));
  const glm::dvec3 w = glm::cross(normal, u);
  // A pseudo-angle (monotonic in the angle, no libm, so the same order on every target).
  auto pseudo_angle = [&](const glm::dvec3& p) {
    const double x = glm::dot(p - centre, u), y = glm::dot(p - centre, w);
    const double t = y / (std::fabs(x) + std::fabs(y));
    return x >= 0 ? (y >= 0 ? t : 4 + t) : 2 - t;
  };
  std::sort(points.begin(), points.end(), [&](const glm::dvec3& a, const glm::dvec3& b) { return pseudo_angle(a) < pseudo_angle(b); });
}

// Cuts the polytope with one plane, in place: faces wholly inside stay untouched, faces wholly
// outside go, the rest are clipped; the points on the plane close the cut with a new face.
void clip(std::vector<Face>& faces, const Plane& plane, int plane_index, double eps, double weld) {
  std::vector<glm::dvec3> cap;
  std::vector<double> dist;
  bool cuts = false;
  size_t kept = 0;
  for (size_t f = 0; f < faces.size(); ++f) {
    Face& face = faces[f];
    const size_t n = face.vertices.size();
    dist.resize(n);
    bool any_out = false, any_in = false;
    for (size_t i = 0; i < n; ++i) {
      dist[i] = glm::dot(plane.normal, face.vertices[i]) - plane.offset;
      any_out = any_out || dist[i] > eps;
      any_in = any_in || dist[i] <= eps;
    }
    cuts = cuts || any_out;
    if (!any_out) {
      for (size_t i = 0; i < n; ++i) {
        if (dist[i] >= -eps) add_unique(cap, face.vertices[i], weld);
      }
      if (kept != f) faces[kept] = std::move(face);
      ++kept;
      continue;
    }
    if (!any_in) continue;  // wholly outside: gone
    std::vector<glm::dvec3> out;
    out.reserve(n + 1);
    for (size_t i = 0; i < n; ++i) {
      const glm::dvec3& a = face.vertices[i];
      const glm::dvec3& b = face.vertices[(i + 1) % n];
      const double da = dist[i], db = dist[(i + 1) % n];
      const bool a_in = da <= eps, b_in = db <= eps;
      if (a_in) {
        out.push_back(a);
        if (da >= -eps) add_unique(cap, a, weld);
      }
      if (a_in != b_in && std::fabs(da) > eps && std::fabs(db) > eps) {
        const glm::dvec3 p = cut_edge(a, da, b, db);
        out.push_back(p);
        add_unique(cap, p, weld);
      }
    }
    if (out.size() < 3) continue;
    face.vertices = std::move(out);
    if (kept != f) faces[kept] = std::move(face);
    ++kept;
  }
  faces.resize(kept);
  if (cuts && cap.size() >= 3) {
    sort_around(cap, plane.normal);
    faces.push_back({std::move(cap), plane_index});
  }
}

}  // namespace

Polytope intersect_half_spaces(const std::vector<Plane>& input, double box_half_mm, double weld_mm) {
  std::vector<Plane> planes;
  const double h = box_half_mm;
  for (int axis = 0; axis < 3; ++axis) {
    for (double sign : {-1.0, 1.0}) {
      glm::dvec3 n(0.0);
      n[axis] = sign;
      planes.push_back({n, h, -1});
    }
  }
  for (const Plane& p : input) {
    const double length = glm::length(p.normal);
    planes.push_back({p.normal / length, p.offset / length, p.tag});
  }

  // Start from the box: six squares, counter-clockwise from outside.
  std::vector<Face> faces;
  for (int i = 0; i < 6; ++i) {
    const glm::dvec3 n = planes[i].normal;
    const glm::dvec3 helper = std::fabs(n.x) < 0.9 ? glm::dvec3(1, 0, 0) : glm::dvec3(0, 1, 0);
    const glm::dvec3 u = glm::normalize(glm::cross(helper, n)) * h;
    const glm::dvec3 w = glm::cross(n, u);
    const glm::dvec3 c = n * h;
    faces.push_back({{c - u - w, c + u - w, c + u + w, c - u + w}, i});
  }
  const double eps = weld_mm * 1e-3;
  for (size_t i = 6; i < planes.size(); ++i) clip(faces, planes[i], int(i), eps, weld_mm);

  // Weld: points within weld_mm become one vertex, so planes meant to meet in a point do.
  // A hash of weld-sized cells finds the near points among the neighbouring cells only.
  std::vector<glm::dvec3> unique;
  std::unordered_map<uint64_t, std::vector<uint32_t>> cells;
  auto cell_of = [&](const glm::dvec3& p) { return glm::i64vec3(glm::floor(p / weld_mm)); };
  auto key_of = [](glm::i64vec3 c) { return (uint64_t(c.x & 0x1FFFFF) << 42) | (uint64_t(c.y & 0x1FFFFF) << 21) | uint64_t(c.z & 0x1FFFFF); };
  std::vector<std::vector<uint32_t>> polygons;
  for (const Face& face : faces) {
    std::vector<uint32_t> polygon;
    for (const glm::dvec3& v : face.vertices) {
      uint32_t id = uint32_t(unique.size());
      const glm::i64vec3 c = cell_of(v);
      for (int n = 0; n < 27 && id == unique.size(); ++n) {
        auto it = cells.find(key_of(c + glm::i64vec3(n % 3 - 1, n / 3 % 3 - 1, n / 9 - 1)));
        if (it == cells.end()) continue;
        for (uint32_t j : it->second) {
          if (glm::distance(unique[j], v) <= weld_mm) {
            id = j;
            break;
          }
        }
      }
      if (id == unique.size()) {
        unique.push_back(v);
        cells[key_of(c)].push_back(id);
      }
      if (polygon.empty() || polygon.back() != id) polygon.push_back(id);
    }
    while (polygon.size() > 1 && polygon.front() == polygon.back()) polygon.pop_back();
    polygons.push_back(std::move(polygon));
  }

  Polytope out;
  out.mesh.positions = unique;
  for (size_t f = 0; f < faces.size(); ++f) {
    const std::vector<uint32_t>& polygon = polygons[f];
    if (polygon.size() < 3) continue;
    const int face_index = int(out.faces.size());
    out.faces.push_back(planes[size_t(faces[f].plane)]);
    // Fanned from the centroid: a facet may carry vertices in a straight line (planes meeting in
    // one point), and a fan from a corner would make triangles of no area there.
    glm::dvec3 centre(0.0);
    for (uint32_t id : polygon) centre += unique[id];
    centre /= double(polygon.size());
    const uint32_t c = uint32_t(out.mesh.positions.size());
    out.mesh.positions.push_back(centre);
    for (size_t i = 0; i < polygon.size(); ++i) {
      out.mesh.indices.insert(out.mesh.indices.end(), {c, polygon[i], polygon[(i + 1) % polygon.size()]});
      out.triangle_face.push_back(face_index);
    }
  }
  return out;
}

}  // namespace facet::geometry
