#include "core/geometry/signet.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>

#include "core/geometry/field.hpp"
#include "core/math/det_math.hpp"

namespace facet::geometry {
namespace {

// The block reaches this far into the bore before the bore is cut from all of the metal: the cut,
// not the blend of two parts, makes the finger side.
constexpr double kBoreOverlapMm = 0.5;
// A cushion's corners are rounded with this part of its shorter half-side; an octagon's are cut
// off by legs of this part.
constexpr double kCushionCornerOfHalf = 0.45;
constexpr double kOctagonCornerOfHalf = 0.35;

struct Draft {
  double sin, cos, tan;
};
Draft draft() {
  double s, c;
  detmath::sincos(kSignetDraftDeg * detmath::kPi / 180.0, s, c);
  return {s, c, s / c};
}

glm::dvec2 unit_at(double angle) {  // (cos, sin)
  double s, c;
  detmath::sincos(angle, s, c);
  return {c, s};
}

// The face's edge in the (s, y) plane of a section through the wall: s the outline distance, y
// height. The rounding's centre sits re under the face and re inside the wall.
glm::dvec2 edge_centre(const SignetHead& head) {
  const Draft d = draft();
  return {-kSignetEdgeRadiusMm * (1 + d.sin) / d.cos, head.face_y_mm - kSignetEdgeRadiusMm};
}

// Exact distance in the (s, y) plane to the region under the face and inside the wall, its edge
// rounded: the distance to that wedge shrunk by the radius, less the radius.
double rounded_wedge(glm::dvec2 sy, const SignetHead& head) {
  const Draft d = draft();
  const glm::dvec2 v = sy - edge_centre(head);
  const glm::dvec2 wall_normal(d.cos, -d.sin), wall_down(-d.sin, -d.cos);
  const double above = v.y, beyond = glm::dot(v, wall_normal);
  double wedge;
  if (above <= 0 && beyond <= 0) wedge = std::max(above, beyond);
  else if (above > 0 && v.x <= 0) wedge = above;                                // nearest on the face
  else if (beyond > 0 && glm::dot(v, wall_down) >= 0) wedge = beyond;            // nearest on the wall
  else wedge = glm::length(v);                                                    // nearest on the edge
  return wedge - kSignetEdgeRadiusMm;
}

// The root of f in [lo, hi], where f(lo) and f(hi) differ in sign: regula falsi with the Illinois
// step (a few evaluations for these smooth, nearly linear functions; bisection took 48, and the
// preview is rebuilt on every slider step).
template <class F>
double root_between(F f, double lo, double hi) {
  double f_lo = f(lo), f_hi = f(hi);
  int side = 0;
  for (int i = 0; i < 60 && hi - lo > 1e-9; ++i) {
    const double x = (f_lo * hi - f_hi * lo) / (f_lo - f_hi);
    const double fx = f(x);
    if (fx == 0) return x;
    if ((fx < 0) == (f_lo < 0)) {
      lo = x, f_lo = fx;
      if (side == -1) f_hi /= 2;
      side = -1;
    } else {
      hi = x, f_hi = fx;
      if (side == 1) f_lo /= 2;
      side = 1;
    }
  }
  return (lo + hi) / 2;
}

// Where the outline distance along the ray from `from` inwards along -normal is `target` (it falls
// steadily along the ray).
glm::dvec2 offset_point(const SignetHead& head, glm::dvec2 from, glm::dvec2 normal, double target) {
  const double t = root_between([&](double t) { return head.outline_distance(from - normal * t) - target; }, -2.0, 4.0);
  return from - normal * t;
}

SignetShape signet_shape(const std::string& face) {  // "oval", "cushion", "octagon" (else oval)
  return face == "cushion" ? SignetShape::cushion : face == "octagon" ? SignetShape::octagon : SignetShape::oval;
}

}  // namespace

double SignetHead::outline_distance(glm::dvec2 q) const {
  switch (shape) {
    case SignetShape::oval: return ellipse_distance(q, {0, 0}, half_mm);
    case SignetShape::cushion: {
      const double corner = kCushionCornerOfHalf * std::min(half_mm.x, half_mm.y);
      return box_distance(q, {0, 0}, half_mm - corner) - corner;
    }
    case SignetShape::octagon: {
      const double leg = kOctagonCornerOfHalf * std::min(half_mm.x, half_mm.y);
      const glm::dvec2 a = glm::abs(q);
      return std::max({a.x - half_mm.x, a.y - half_mm.y, (a.x + a.y - (half_mm.x + half_mm.y - leg)) / std::sqrt(2.0)});
    }
  }
  return 0.0;
}

double SignetHead::distance(const glm::dvec3& p) const {
  const double s = outline_distance({p.x, p.z});
  const double r = std::sqrt(p.x * p.x + p.y * p.y);
  return std::max({rounded_wedge({s, p.y}, *this), (bore_radius_mm - kBoreOverlapMm) - r, -p.y});
}

Bounds SignetHead::bounds() const {
  return {{-half_mm.x - 0.1, 0.0, -half_mm.y - 0.1}, {half_mm.x + 0.1, face_y_mm + 0.1, half_mm.y + 0.1}};
}

double signet_flat_inset_mm() { return -edge_centre(SignetHead{}).x; }

SignetHead signet_outline(const spec::SignetFace& face) {
  SignetHead head;
  head.shape = signet_shape(face.shape);
  head.half_mm = {face.width_mm / 2, face.length_mm / 2};
  return head;
}

SignetHead signet_head(const spec::SignetFace& face, const BandShape& band) {
  SignetHead head = signet_outline(face);
  head.bore_radius_mm = band.inner_radius_mm();
  head.face_y_mm = head.bore_radius_mm + band.top_thickness_mm;
  return head;
}

BandShape signet_shank(const BandShape& band) {
  BandShape shank = band;
  shank.top_thickness_mm = band.top_thickness_mm - kSignetShankDropMm;
  return shank;
}

Mesh signet_preview_mesh(const SignetHead& head, int segments) {
  const Draft d = draft();
  const glm::dvec2 centre = edge_centre(head);
  const double bore = head.bore_radius_mm;
  // Round the outline: its points at equal angles from the middle, and their outward normals.
  std::vector<glm::dvec2> outline(static_cast<size_t>(segments)), normals(static_cast<size_t>(segments));
  for (int i = 0; i < segments; ++i) {
    const glm::dvec2 ray = unit_at(2 * detmath::kPi * i / segments);
    const glm::dvec2 p = ray * root_between([&](double t) { return head.outline_distance(ray * t); }, 0.0,
                                            2 * std::max(head.half_mm.x, head.half_mm.y));
    constexpr double kStep = 1e-4;
    const glm::dvec2 gradient(head.outline_distance(p + glm::dvec2(kStep, 0)) - head.outline_distance(p - glm::dvec2(kStep, 0)),
                              head.outline_distance(p + glm::dvec2(0, kStep)) - head.outline_distance(p - glm::dvec2(0, kStep)));
    outline[size_t(i)] = p, normals[size_t(i)] = glm::normalize(gradient);
  }
  auto at = [&](int i, double s, double y) {
    const glm::dvec2 q = offset_point(head, outline[size_t(i)], normals[size_t(i)], s);
    return glm::dvec3(q.x, y, q.y);
  };

  // Rings from the face's middle outwards, over the edge, down the wall, then over the underside
  // back to its middle; each ring has one point per outline point.
  std::vector<std::vector<glm::dvec3>> rings;
  std::vector<glm::dvec3> face_edge(static_cast<size_t>(segments));
  for (int i = 0; i < segments; ++i) face_edge[size_t(i)] = at(i, centre.x, head.face_y_mm);
  for (double f : {1.0 / 3, 2.0 / 3}) {
    std::vector<glm::dvec3>& ring = rings.emplace_back();
    for (const glm::dvec3& p : face_edge) ring.push_back({p.x * f, p.y, p.z * f});
  }
  rings.push_back(face_edge);
  const double sweep = detmath::kPi / 2 + kSignetDraftDeg * detmath::kPi / 180.0;
  constexpr int kEdgeSteps = 6;
  for (int k = 1; k <= kEdgeSteps; ++k) {
    const glm::dvec2 turn = unit_at(sweep * k / kEdgeSteps);  // from straight up (y) towards the wall (s)
    std::vector<glm::dvec3>& ring = rings.emplace_back();
    for (int i = 0; i < segments; ++i) ring.push_back(at(i, centre.x + kSignetEdgeRadiusMm * turn.y, centre.y + kSignetEdgeRadiusMm * turn.x));
  }
  // The wall, on the line s = -(face - y) tan(draft), down to where it meets the bore.
  const double wall_top = centre.y - kSignetEdgeRadiusMm * d.sin;
  std::vector<double> bottom(static_cast<size_t>(segments));
  for (int i = 0; i < segments; ++i) {
    bottom[size_t(i)] = root_between(
        [&](double y) {
          const glm::dvec3 p = at(i, -(head.face_y_mm - y) * d.tan, y);
          return p.x * p.x + y * y - bore * bore;
        },
        0.0, wall_top);
  }
  constexpr int kWallSteps = 4;
  for (int k = 1; k <= kWallSteps; ++k) {
    std::vector<glm::dvec3>& ring = rings.emplace_back();
    for (int i = 0; i < segments; ++i) {
      const double y = wall_top + (bottom[size_t(i)] - wall_top) * k / kWallSteps;
      ring.push_back(at(i, -(head.face_y_mm - y) * d.tan, y));
    }
  }
  // The underside on the bore, drawn in towards its middle.
  const std::vector<glm::dvec3> foot = rings.back();
  constexpr int kUndersideSteps = 6;
  for (int k = kUndersideSteps - 1; k >= 1; --k) {
    const double f = double(k) / kUndersideSteps;
    std::vector<glm::dvec3>& ring = rings.emplace_back();
    for (const glm::dvec3& p : foot) ring.push_back({p.x * f, std::sqrt(bore * bore - p.x * p.x * f * f), p.z * f});
  }

  Mesh mesh;
  mesh.positions.push_back({0, head.face_y_mm, 0});
  for (const auto& ring : rings) mesh.positions.insert(mesh.positions.end(), ring.begin(), ring.end());
  mesh.positions.push_back({0, bore, 0});
  const uint32_t n = uint32_t(segments), last = uint32_t(mesh.positions.size() - 1);
  auto ring_index = [&](size_t ring, uint32_t i) { return uint32_t(1 + ring * n + i % n); };
  for (uint32_t i = 0; i < n; ++i) mesh.indices.insert(mesh.indices.end(), {0u, ring_index(0, i + 1), ring_index(0, i)});
  for (size_t r = 0; r + 1 < rings.size(); ++r)
    for (uint32_t i = 0; i < n; ++i) {
      const uint32_t a = ring_index(r, i), b = ring_index(r, i + 1), c = ring_index(r + 1, i + 1), e = ring_index(r + 1, i);
      mesh.indices.insert(mesh.indices.end(), {a, b, c, a, c, e});
    }
  for (uint32_t i = 0; i < n; ++i) mesh.indices.insert(mesh.indices.end(), {last, ring_index(rings.size() - 1, i), ring_index(rings.size() - 1, i + 1)});
  orient_outward(mesh);
  return mesh;
}

}  // namespace facet::geometry
