#include "core/geometry/refine.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cmath>
#include <tuple>

#include "core/geometry/self_intersection.hpp"
#include "core/util/parallel.hpp"

namespace facet::geometry {
namespace {

constexpr double kBlockMm = 0.5;        // edges are evaluated block by block, one near field each
constexpr double kMaxReachMm = 0.12;    // no chord strays farther; a root beyond is another sheet
// A chord across a right-angled crease passes half its length from it; sharper creases farther.
// A surface farther than this along the bisector is another sheet, not the one the chord cuts.
constexpr double kMaxChordShare = 0.75;
// The near field of a block answers for points this far beyond it: the triangles around an edge.
constexpr double kNearMarginMm = 0.3;
constexpr double kMinStepMm = 0.002;    // marching steps at least this (then the crossing is bracketed)
// A split whose triangles the surface's normals disown (at a spike where a seat cuts a bead they
// point every way) is made if each new triangle stays within ~70 degrees of the one it replaces,
// pulled in to 3/4 or 1/2 of the gap if need be: no fold, and the crossings test has the last word.
constexpr double kAgreeCos = 0.3;
// Newton steps count as having reached the surface within this share of the tolerance.
constexpr double kOnSurfaceShare = 0.05;
// Two unit normals sum to less than this when they are more than 120 degrees apart.
constexpr double kKnifeEdgeNormalSum = 1.0;
// Field values below this share of the tolerance are near enough whatever the field's slope; the
// slope is taken as at least kLeastSlope (a quarter was measured where a bead meets a halo's frame).
constexpr double kLooksNearShare = 0.2;
constexpr double kLeastSlope = 0.1;

struct Edge {
  uint32_t a, b;   // a -> b as triangle t1 walks it
  uint32_t t1, t2; // t2 walks b -> a
};

// The edges of the touched triangles, each once, with its two triangles, a the lower vertex
// number and t1 the triangle walking a -> b; sorted by (a, b), so the order does not depend on
// which triangles were touched.
std::vector<Edge> edges_of(const Mesh& mesh, const std::vector<uint8_t>& touched) {
  const VertexTriangles fans(mesh);
  std::vector<Edge> edges;
  for (uint32_t t = 0; t < mesh.triangle_count(); ++t) {
    if (!touched[t]) continue;
    for (int k = 0; k < 3; ++k) {
      const uint32_t a = mesh.indices[3 * t + k], b = mesh.indices[3 * t + (k + 1) % 3];
      // The other triangle walks b -> a (closed and oriented: there is exactly one).
      uint32_t other = t;
      for (uint32_t u : fans.of(b))
        for (int j = 0; j < 3; ++j)
          if (mesh.indices[3 * u + j] == b && mesh.indices[3 * u + (j + 1) % 3] == a) other = u;
      if (other == t || (touched[other] && other < t)) continue;  // listed from the lower one's side
      edges.push_back(a < b ? Edge{a, b, t, other} : Edge{b, a, other, t});
    }
  }
  std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
  return edges;
}

// From `from` (field value `value`) along `dir` to the surface: marched by the field's value
// (which never overstates the distance, so a step never jumps the surface), at least kMinStepMm,
// then the crossing bracketed by regula falsi. Returns the distance travelled, or -1 if the surface
// is not within `reach`. A crossing bracketed within `enough` is not refined: the bracket's far
// end is returned (the caller only needs to know it is that close).
double distance_to_surface(const DistanceField& f, const glm::dvec3& from, double value, const glm::dvec3& dir, double reach, double enough) {
  const bool inside = value < 0;
  double t0 = 0, v0 = value;
  for (int step = 0; step < 200; ++step) {
    const double t1 = t0 + std::max(std::fabs(v0), kMinStepMm);
    if (t1 > reach + kMinStepMm) return -1;
    const double v1 = f(from + dir * t1);
    if (v1 == 0) return t1;
    if ((v1 < 0) != inside) {
      if (t1 <= enough) return t1;
      // Bracketed in [t0, t1]: Illinois regula falsi.
      double a = t0, fa = v0, b = t1, fb = v1;
      int side = 0;
      double t = b;
      for (int i = 0; i < 40; ++i) {
        t = a + (b - a) * (fa / (fa - fb));
        const double v = f(from + dir * t);
        if (std::fabs(v) < 1e-9 || b - a < 1e-9) break;
        if ((v < 0) == (fa < 0)) {
          a = t, fa = v;
          if (side == -1) fb *= 0.5;
          side = -1;
        } else {
          b = t, fb = v;
          if (side == 1) fa *= 0.5;
          side = 1;
        }
      }
      return t <= reach ? t : -1;
    }
    t0 = t1, v0 = v1;
  }
  return -1;
}

// How far `p` (field value `value`) is from the surface, to first order: the value over the
// gradient's length. The field never overstates the distance, but where parts blend at a steep
// angle it understates it fourfold; only values above kLooksNearShare of the tolerance are looked at.
double distance_estimate(const DistanceField& f, const glm::dvec3& p, double value, double tolerance_mm) {
  if (std::fabs(value) < kLooksNearShare * tolerance_mm) return std::fabs(value);
  return std::fabs(value) / std::clamp(glm::length(field_gradient(f, p, 1e-5)), kLeastSlope, 1.0);
}

// Newton steps from `p` (field value `value`, on return the value where they end) along the
// field's unit gradient: the surface's nearest point. Steps of the value never jump the surface
// (the field never overstates the distance); where its slope is low they fall short, and the
// caller's check of the value refuses.
glm::dvec3 onto_surface(const DistanceField& f, glm::dvec3 p, double& value) {
  for (int step = 0; step < 8 && std::fabs(value) > 1e-9; ++step) {
    p -= value * unit_gradient(f, p, 1e-5, glm::dvec3(0.0));
    value = f(p);
  }
  return p;
}

// Does triangle (a, b, c) face the way the surface does at its corners (the mean of the field's
// gradients there)? Asked of the triangles a split makes: the triangle it replaces may itself have
// been the one cutting across a crease, so the surface is the judge, not the old triangle. At the
// corners rather than the centre, so that a triangle bridging a narrow notch (a corner on each
// wall and one at the bottom) is judged by the notch's opening, as it should be.
struct Corner {
  glm::dvec3 at, normal;  // the field's unit gradient there
  Corner(const DistanceField& field, const glm::dvec3& p) : at(p), normal(unit_gradient(field, p, 1e-4, glm::dvec3(0.0))) {}
};

bool faces_out(const Corner& a, const Corner& b, const Corner& c) {
  const glm::dvec3 n = glm::cross(b.at - a.at, c.at - a.at);
  const double length = glm::length(n);
  if (length < 1e-12) return false;
  const glm::dvec3 g = a.normal + b.normal + c.normal;
  return glm::dot(n, g) > 0.1 * length * glm::length(g);
}

bool faces_out(const DistanceField& field, const glm::dvec3& a, const glm::dvec3& b, const glm::dvec3& c) {
  return faces_out(Corner(field, a), Corner(field, b), Corner(field, c));
}

// Does (a, b, c) face within acos(kAgreeCos) of `old` (the normal of the triangle it replaces)?
bool agrees(const glm::dvec3& a, const glm::dvec3& b, const glm::dvec3& c, const glm::dvec3& old) {
  const glm::dvec3 n = glm::cross(b - a, c - a);
  const double length = glm::length(n) * glm::length(old);
  return length > 0 && glm::dot(n, old) > kAgreeCos * length;
}

uint32_t third_vertex(const Mesh& mesh, uint32_t t, uint32_t a, uint32_t b) {
  for (int k = 0; k < 3; ++k) {
    const uint32_t v = mesh.indices[3 * t + k];
    if (v != a && v != b) return v;
  }
  return mesh.indices[3 * t];
}

// Triangle t, which walks from -> to, becomes (from, m, c) in place and (m, to, c) appended.
void split_triangle(Mesh& mesh, uint32_t t, uint32_t from, uint32_t to, uint32_t m) {
  const uint32_t c = third_vertex(mesh, t, from, to);
  mesh.indices[3 * t] = from, mesh.indices[3 * t + 1] = m, mesh.indices[3 * t + 2] = c;
  mesh.indices.insert(mesh.indices.end(), {m, to, c});
}


// A change made this pass, and how to take it back: a split's new vertex returns to the middle
// of its edge (the surface as it was), a projected vertex to where it was.
struct Change {
  uint32_t vertex;
  glm::dvec3 restore;
  double gap_mm;
  std::vector<uint32_t> triangles;  // those the change moved
};

// A moved vertex can pass through a triangle beyond its own fan where the surface folds back close
// by (a seat's rim over a bead, a notch in a letter). Such changes are taken back and the vertex
// stays put from then on. Repeated, since a vertex taken back can meet another change's triangles.
void take_back_crossings(Mesh& mesh, const std::vector<Change>& changes, RefineStats& s) {
  std::vector<uint8_t> taken(changes.size(), 0);
  std::vector<std::pair<uint32_t, uint32_t>> by_triangle;  // (triangle, change), sorted
  std::vector<uint32_t> check;
  for (uint32_t i = 0; i < changes.size(); ++i)
    for (uint32_t t : changes[i].triangles) by_triangle.push_back({t, i}), check.push_back(t);
  std::sort(by_triangle.begin(), by_triangle.end());
  for (int pass = 0; pass < 8 && !check.empty(); ++pass) {
    std::sort(check.begin(), check.end());
    check.erase(std::unique(check.begin(), check.end()), check.end());
    const SelfIntersections found = self_intersections_among(mesh, check);
    check.clear();
    for (const auto& list : {found.crossing_triangles, found.uncertain_triangles})
      for (const auto& pair : list)
        for (uint32_t t : pair)
          for (auto it = std::lower_bound(by_triangle.begin(), by_triangle.end(), std::pair<uint32_t, uint32_t>{t, 0});
               it != by_triangle.end() && it->first == t; ++it) {
            const Change& change = changes[it->second];
            if (taken[it->second]) continue;
            taken[it->second] = 1;
            mesh.positions[change.vertex] = change.restore;
            ++s.taken_back;
            s.largest_left_mm = std::max(s.largest_left_mm, change.gap_mm);
            check.insert(check.end(), change.triangles.begin(), change.triangles.end());
          }
  }
}

// Items (points with an index) visited block by block, each block with its own near field, the
// blocks spread over the cores. `visit` writes only to its block's Result; the results come back
// in block order, so merging them in turn gives what one pass in order would have.
template <typename Result, typename Visit>
std::vector<Result> visit_by_block(const std::vector<std::pair<glm::dvec3, uint32_t>>& items, const DistanceField& field, const NearField* near,
                                   Visit visit) {
  std::vector<std::pair<glm::ivec3, uint32_t>> keyed;
  keyed.reserve(items.size());
  for (const auto& [p, i] : items) keyed.push_back({glm::ivec3(glm::floor(p / kBlockMm)), i});
  std::sort(keyed.begin(), keyed.end(),
            [](const auto& x, const auto& y) { return std::tie(x.first.x, x.first.y, x.first.z, x.second) < std::tie(y.first.x, y.first.y, y.first.z, y.second); });
  std::vector<size_t> starts;  // where each block's items begin
  for (size_t k = 0; k < keyed.size(); ++k)
    if (k == 0 || keyed[k].first != keyed[k - 1].first) starts.push_back(k);
  starts.push_back(keyed.size());
  std::vector<Result> results(starts.size() - 1);
  util::parallel_for(results.size(), [&](size_t b) {
    const glm::dvec3 centre = (glm::dvec3(keyed[starts[b]].first) + 0.5) * kBlockMm;
    const DistanceField block_field = near != nullptr ? (*near)(centre, kBlockMm * 0.87 + kNearMarginMm) : field;
    for (size_t k = starts[b]; k < starts[b + 1]; ++k) visit(block_field, keyed[k].second, results[b]);
  });
  return results;
}

// The mesher puts a vertex inside its cell; where the surface turns sharply within the cell (three
// features meeting) the fit can land off the surface. Such vertices are pulled onto it by Newton
// steps along the field's gradient, if their triangles still face out.
// `candidates`: the vertices to look at (all, the first time); on return, those still off.
void project_vertices(Mesh& mesh, const DistanceField& field, const NearField* near, const RefineOptions& options, double share,
                      std::vector<uint32_t>& candidates, RefineStats& s) {
  const VertexTriangles fans(mesh);
  std::vector<std::pair<glm::dvec3, uint32_t>> items;
  for (uint32_t v : candidates) items.push_back({mesh.positions[v], v});
  struct Found {
    std::vector<uint32_t> off;  // still off the surface
    std::vector<Change> changes;
    std::vector<glm::dvec3> moves;  // where each change's vertex goes
    size_t refused = 0;
    double largest_left_mm = 0;
  };
  const std::vector<Found> found = visit_by_block<Found>(items, field, near, [&](const DistanceField& f, uint32_t v, Found& out) {
    const glm::dvec3 from = mesh.positions[v];
    double value = f(from);
    if (distance_estimate(f, from, value, options.tolerance_mm) <= options.tolerance_mm) return;
    out.off.push_back(v);
    glm::dvec3 p = onto_surface(f, from, value);
    p = from + share * (p - from);
    const double moved = glm::distance(p, from);
    if (std::fabs(value) > kOnSurfaceShare * options.tolerance_mm || moved > kMaxReachMm) return;
    // Straight onto one face: a vertex the steps carried across a crease stood for the crease, and
    // moving it would leave the chords around it cutting the corner.
    if (glm::dot(unit_gradient(f, from, 1e-5, glm::dvec3(0.0)), unit_gradient(f, p, 1e-5, glm::dvec3(0.0))) < 0.9) return;
    const std::span<const uint32_t> fan = fans.of(v);
    for (uint32_t t : fan) {
      glm::dvec3 corner[3];
      bool beyond = false;  // the block's near field does not answer there: ask the whole field
      for (int k = 0; k < 3; ++k) {
        const uint32_t w = mesh.indices[3 * t + k];
        corner[k] = w == v ? p : mesh.positions[w];
        beyond = beyond || glm::distance(corner[k], from) > kNearMarginMm;
      }
      if (!faces_out(beyond ? field : f, corner[0], corner[1], corner[2])) {
        ++out.refused;
        out.largest_left_mm = std::max(out.largest_left_mm, moved);
        return;
      }
    }
    out.moves.push_back(p);
    out.changes.push_back({v, from, moved, {fan.begin(), fan.end()}});
  });
  std::vector<uint32_t> off;
  std::vector<Change> changes;
  for (const Found& block : found) {
    off.insert(off.end(), block.off.begin(), block.off.end());
    for (size_t i = 0; i < block.changes.size(); ++i) mesh.positions[block.changes[i].vertex] = block.moves[i];
    changes.insert(changes.end(), block.changes.begin(), block.changes.end());
    s.refused += block.refused;
    s.largest_left_mm = std::max(s.largest_left_mm, block.largest_left_mm);
  }
  s.projected += changes.size();
  take_back_crossings(mesh, changes, s);
  // Only those that were off are looked at again (the ones moved and kept are now on the surface).
  candidates = std::move(off);
}

struct Split {
  uint32_t edge;
  double gap_mm;
  glm::dvec3 at;
};

// One round of splits: every edge of a touched triangle whose midpoint lies farther than the
// tolerance from the surface (along the bisector) is split there, farthest first, each triangle
// once. Returns false when there was nothing to split.
bool split_round(Mesh& mesh, const DistanceField& field, const NearField* near, const RefineOptions& options, bool last,
                 std::vector<uint8_t>& touched, RefineStats& s, double& largest) {
  const std::vector<Edge> edges = edges_of(mesh, touched);
  std::vector<std::pair<glm::dvec3, uint32_t>> items;
  for (uint32_t e = 0; e < edges.size(); ++e) items.push_back({0.5 * (mesh.positions[edges[e].a] + mesh.positions[edges[e].b]), e});
  struct Found {
    std::vector<Split> splits;
    size_t refused = 0;
    double largest_gap_mm = 0, largest_left_mm = 0;
  };
  const std::vector<Found> found = visit_by_block<Found>(items, field, near, [&](const DistanceField& f, uint32_t e, Found& out) {
    const Edge& edge = edges[e];
    const glm::dvec3 &pa = mesh.positions[edge.a], &pb = mesh.positions[edge.b];
    const glm::dvec3 mid = 0.5 * (pa + pb);
    const double value = f(mid);
    // The field is within a factor of the distance along the bisector (the sine of half the
    // crease's angle): a midpoint this close is close enough.
    if (distance_estimate(f, mid, value, options.tolerance_mm) < 0.5 * options.tolerance_mm) return;
    // The surface's normals a little in from each end (on a crease, each end's own face): their
    // mean is the bisector, along which the chord's midpoint meets the crease.
    const glm::dvec3 n = unit_gradient(f, pa + 0.1 * (pb - pa), 1e-4, glm::dvec3(0.0)) + unit_gradient(f, pb + 0.1 * (pa - pb), 1e-4, glm::dvec3(0.0));
    const double n_length = glm::length(n);
    if (n_length < 1e-6) return;
    const glm::dvec3 dir = n * ((value < 0 ? 1.0 : -1.0) / n_length);
    const double length = glm::distance(pa, pb);
    const double reach = std::min(kMaxChordShare * length, kMaxReachMm);
    double gap = distance_to_surface(f, mid, value, dir, reach, options.tolerance_mm);
    glm::dvec3 at = mid + dir * gap;
    // No crossing along the bisector of a knife edge (a seat cutting a tie's fillet): the ends'
    // normals more than 120 degrees apart, their mean points past the surface. The nearest point,
    // by Newton steps, is then the place to split. Not on gentler creases: tried on all, a cast
    // letter's corner was split onto its wall instead (0.0072 -> 0.0104 mm).
    if (gap < 0 && n_length < kKnifeEdgeNormalSum && std::fabs(value) > options.tolerance_mm) {
      double left = value;
      at = onto_surface(f, mid, left);
      if (std::fabs(left) < kOnSurfaceShare * options.tolerance_mm && glm::distance(at, mid) < reach) gap = glm::distance(at, mid);
    }
    if (gap <= options.tolerance_mm) return;
    out.largest_gap_mm = std::max(out.largest_gap_mm, gap);
    const glm::dvec3 &c1 = mesh.positions[third_vertex(mesh, edge.t1, edge.a, edge.b)],
                     &c2 = mesh.positions[third_vertex(mesh, edge.t2, edge.a, edge.b)];
    const bool stays = last || length < options.min_edge_mm;
    // The block's near field answers within kNearMarginMm; beyond, the whole field is asked.
    const DistanceField& g = glm::distance(c1, mid) < kNearMarginMm && glm::distance(c2, mid) < kNearMarginMm ? f : field;
    bool fits = !stays;
    if (fits) {
      const Corner a(g, pa), b(g, pb), m(g, at), d1(g, c1), d2(g, c2);
      fits = faces_out(a, m, d1) && faces_out(m, b, d1) && faces_out(b, m, d2) && faces_out(m, a, d2);
    }
    glm::dvec3 chosen = at;
    if (!fits && !stays) {
      const glm::dvec3 old1 = glm::cross(pb - pa, c1 - pa), old2 = glm::cross(pa - pb, c2 - pb);
      for (double share : {1.0, 0.75, 0.5}) {
        const glm::dvec3 p = mid + share * (at - mid);
        if (agrees(pa, p, c1, old1) && agrees(p, pb, c1, old1) && agrees(pb, p, c2, old2) && agrees(p, pa, c2, old2)) {
          fits = true, chosen = p;
          break;
        }
      }
    }
    if (fits) out.splits.push_back({e, gap, chosen});
    else out.largest_left_mm = std::max(out.largest_left_mm, gap), out.refused += !stays;
  });
  std::vector<Split> splits;
  for (const Found& block : found) {
    splits.insert(splits.end(), block.splits.begin(), block.splits.end());
    s.refused += block.refused;
    s.largest_left_mm = std::max(s.largest_left_mm, block.largest_left_mm);
    largest = std::max(largest, block.largest_gap_mm);
  }
  touched.assign(mesh.triangle_count(), 0);
  if (splits.empty()) return false;
  // Farthest first; each triangle split at most once a round.
  std::sort(splits.begin(), splits.end(), [](const Split& x, const Split& y) { return std::tie(y.gap_mm, x.edge) < std::tie(x.gap_mm, y.edge); });
  std::vector<uint8_t> busy(mesh.triangle_count(), 0);
  std::vector<Change> changes;
  for (const Split& split : splits) {
    const Edge& edge = edges[split.edge];
    if (busy[edge.t1] || busy[edge.t2]) continue;
    const uint32_t m = uint32_t(mesh.positions.size());
    mesh.positions.push_back(split.at);
    const uint32_t new_t = uint32_t(mesh.triangle_count());
    split_triangle(mesh, edge.t1, edge.a, edge.b, m);
    split_triangle(mesh, edge.t2, edge.b, edge.a, m);
    touched.resize(mesh.triangle_count(), 0);
    busy.resize(mesh.triangle_count(), 0);
    for (uint32_t t : {edge.t1, edge.t2, new_t, new_t + 1}) touched[t] = busy[t] = 1;
    changes.push_back({m, 0.5 * (mesh.positions[edge.a] + mesh.positions[edge.b]), split.gap_mm, {edge.t1, edge.t2, new_t, new_t + 1}});
    ++s.splits;
  }
  take_back_crossings(mesh, changes, s);
  return true;
}

// Vertices first (the mesher's misses), then edges, round after round, from `touched` triangles.
void refine(Mesh& mesh, const DistanceField& field, std::vector<uint32_t> vertices, std::vector<uint8_t> touched, const RefineOptions& options,
            RefineStats& s, const NearField* near) {
  // Where pulling a vertex all the way would make it pass through a neighbour, half or a quarter
  // of the way may not.
  for (double share : {1.0, 0.5, 0.25}) project_vertices(mesh, field, near, options, share, vertices, s);
  for (int round = 0; round <= options.max_rounds; ++round) {
    double largest = 0;
    const bool split = split_round(mesh, field, near, options, round == options.max_rounds, touched, s, largest);
    if (round == 0) s.largest_gap_mm = largest;
    if (!split) break;
    ++s.rounds;
  }
}

}  // namespace

void refine_to_surface(Mesh& mesh, const DistanceField& field, const RefineOptions& options, RefineStats* stats, const NearField* near) {
  RefineStats local;
  std::vector<uint32_t> all(mesh.positions.size());
  for (uint32_t v = 0; v < all.size(); ++v) all[v] = v;
  refine(mesh, field, std::move(all), std::vector<uint8_t>(mesh.triangle_count(), 1), options, stats != nullptr ? *stats : local, near);
}

void refine_around(Mesh& mesh, const DistanceField& field, std::vector<uint32_t> vertices, const RefineOptions& options, RefineStats* stats,
                   const NearField* near) {
  RefineStats local;
  std::vector<uint8_t> touched(mesh.triangle_count(), 0);
  const VertexTriangles fans(mesh);
  for (uint32_t v : vertices)
    for (uint32_t t : fans.of(v)) touched[t] = 1;
  refine(mesh, field, std::move(vertices), std::move(touched), options, stats != nullptr ? *stats : local, near);
}

}  // namespace facet::geometry
