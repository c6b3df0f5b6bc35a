#include "core/geometry/dual_contour.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

#include "core/geometry/plane_fit.hpp"
#include "core/util/parallel.hpp"

namespace facet::geometry {
namespace {

constexpr int kLeafCells = 4;  // a leaf block is 4 x 4 x 4 cells

using Key = uint64_t;
Key key_of(glm::ivec3 c) { return (uint64_t(uint32_t(c.x)) << 42) | (uint64_t(uint32_t(c.y)) << 21) | uint64_t(uint32_t(c.z)); }

// Edges of a cube: along `axis`, at offsets 0/1 along the next two axes (cyclic).
int edge_index(int axis, glm::ivec3 corner_offset) { return axis * 4 + corner_offset[(axis + 1) % 3] + 2 * corner_offset[(axis + 2) % 3]; }
int corner_bit(glm::ivec3 offset) { return offset.x + 2 * offset.y + 4 * offset.z; }

// For every pattern of inside corners: which sheet of surface each crossed edge belongs to. The
// crossings on each cube face are linked in pairs (a face with four, two inside corners diagonal,
// cuts each inside corner off: the same rule from both cells sharing the face), and linked
// crossings are one sheet.
struct SheetTable {
  int8_t sheet[256][12];
  uint8_t sheets[256];
  SheetTable() {
    for (int mask = 0; mask < 256; ++mask) {
      int parent[12];
      for (int e = 0; e < 12; ++e) parent[e] = e;
      auto find = [&](int e) {
        while (parent[e] != e) e = parent[e] = parent[parent[e]];
        return e;
      };
      auto inside = [&](glm::ivec3 c) { return (mask >> corner_bit(c)) & 1; };
      bool crossed[12] = {};
      for (int axis = 0; axis < 3; ++axis)
        for (int a = 0; a < 2; ++a)
          for (int b = 0; b < 2; ++b) {
            glm::ivec3 lo(0);
            lo[(axis + 1) % 3] = a, lo[(axis + 2) % 3] = b;
            glm::ivec3 hi = lo;
            hi[axis] = 1;
            crossed[edge_index(axis, lo)] = inside(lo) != inside(hi);
          }
      for (int axis = 0; axis < 3; ++axis) {
        const int u = (axis + 1) % 3, w = (axis + 2) % 3;
        for (int side = 0; side < 2; ++side) {
          glm::ivec3 corners[4];  // around the face
          const int cu[4] = {0, 1, 1, 0}, cw[4] = {0, 0, 1, 1};
          for (int k = 0; k < 4; ++k) corners[k][axis] = side, corners[k][u] = cu[k], corners[k][w] = cw[k];
          int edges[4];  // edges[k] joins corners k and k + 1
          for (int k = 0; k < 4; ++k) {
            const glm::ivec3 a = corners[k], b = corners[(k + 1) % 4];
            const int along = a[u] != b[u] ? u : w;
            edges[k] = edge_index(along, glm::min(a, b));
          }
          int crossings = 0;
          for (int k = 0; k < 4; ++k) crossings += crossed[edges[k]];
          if (crossings == 2) {
            int first = -1;
            for (int k = 0; k < 4; ++k) {
              if (!crossed[edges[k]]) continue;
              if (first < 0) first = edges[k];
              else parent[find(edges[k])] = find(first);
            }
          } else if (crossings == 4) {
            for (int k = 0; k < 4; ++k) {
              if (inside(corners[k])) parent[find(edges[(k + 3) % 4])] = find(edges[k]);
            }
          }
        }
      }
      int count = 0, id[12];
      for (int e = 0; e < 12; ++e) id[e] = -1;
      for (int e = 0; e < 12; ++e) {
        sheet[mask][e] = -1;
        if (!crossed[e]) continue;
        const int root = find(e);
        if (id[root] < 0) id[root] = count++;
        sheet[mask][e] = int8_t(id[root]);
      }
      sheets[mask] = uint8_t(count);
    }
  }
};

const SheetTable& sheet_table() {
  static const SheetTable table;
  return table;
}

struct Cell {
  int32_t crossings[12] = {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
  int16_t mask = -1;  // inside corners; -1 until the leaf owning the cell has looked
  uint32_t first_vertex = 0;
};

struct Crossing {
  glm::dvec3 point, normal;
  int axis;
  bool inside_at_start;
  // The four cells around the edge: k has offset k & 1 along the next axis, k >> 1 along the one
  // after (the map's nodes stay put, so the quads need no lookups).
  Cell* around[4];
};

struct Contourer {
  const DistanceField& field;
  const NearField* near;
  double h;
  glm::dvec3 origin;
  glm::ivec3 cells;  // grid size in cells
  ContourStats stats;
  std::unordered_map<Key, Cell> cell_data;
  std::vector<std::pair<Key, Cell*>> cell_order;  // cells in the order first touched: deterministic everywhere
  std::vector<Crossing> crossing_list;

  glm::dvec3 point(glm::ivec3 c) const { return origin + glm::dvec3(c) * h; }

  Cell& cell(glm::ivec3 c) {
    auto [it, inserted] = cell_data.try_emplace(key_of(c));
    if (inserted) cell_order.push_back({it->first, &it->second});
    return it->second;
  }

  glm::dvec3 gradient(const DistanceField& f, const glm::dvec3& p) const { return unit_gradient(f, p, h * 0.01, {0, 0, 1}); }

  // The crossing on an edge, by regula falsi (Illinois) from the corner values.
  glm::dvec3 crossing(const DistanceField& f, glm::dvec3 p0, double v0, glm::dvec3 p1, double v1) const {
    glm::dvec3 p = p0;
    int side = 0;
    for (int i = 0; i < 8; ++i) {
      p = p0 + (p1 - p0) * (v0 / (v0 - v1));
      const double v = f(p);
      if (std::fabs(v) < 1e-7 * h) break;
      if ((v < 0) == (v0 < 0)) {
        p0 = p, v0 = v;
        if (side == -1) v1 *= 0.5;
        side = -1;
      } else {
        p1 = p, v1 = v;
        if (side == 1) v0 *= 0.5;
        side = 1;
      }
    }
    return p;
  }

  // What one leaf block finds, before it is entered in the shared cell map: the inside-corner
  // pattern of each of its cells, and its crossings in order (cell by cell, axis by axis).
  struct LeafCrossing {
    glm::dvec3 point, normal;
    uint8_t cell, axis;  // cell: (a * 4 + b) * 4 + c within the leaf
    bool inside_at_start;
  };
  struct Leaf {
    glm::ivec3 base;
    std::array<int16_t, kLeafCells * kLeafCells * kLeafCells> masks;  // 0: no surface
    std::vector<LeafCrossing> crossings;
  };

  // Evaluates a leaf block: reads only the field, so leaves can be done in any order, at once.
  void evaluate(Leaf& leaf) const {
    constexpr int n = kLeafCells + 1;
    const glm::ivec3 base = leaf.base;
    const double reach = std::sqrt(3.0) * kLeafCells * h * 0.5 + h;
    const DistanceField local = near != nullptr ? (*near)(origin + (glm::dvec3(base) + kLeafCells * 0.5) * h, reach) : field;
    std::array<double, n * n * n> values;
    for (int a = 0; a < n; ++a)
      for (int b = 0; b < n; ++b)
        for (int c = 0; c < n; ++c) values[size_t((a * n + b) * n + c)] = local(point(base + glm::ivec3(a, b, c)));
    auto inside = [&](glm::ivec3 l) { return values[size_t((l.x * n + l.y) * n + l.z)] < 0; };
    for (int a = 0; a < kLeafCells; ++a)
      for (int b = 0; b < kLeafCells; ++b)
        for (int c = 0; c < kLeafCells; ++c) {
          const glm::ivec3 l(a, b, c);
          const uint8_t index = uint8_t((a * kLeafCells + b) * kLeafCells + c);
          int mask = 0;
          for (int k = 0; k < 8; ++k) mask |= int(inside(l + glm::ivec3(k & 1, (k >> 1) & 1, (k >> 2) & 1))) << k;
          leaf.masks[index] = int16_t(mask == 255 ? 0 : mask);
          for (int axis = 0; axis < 3; ++axis) {
            glm::ivec3 end = l;
            end[axis] += 1;
            const double v0 = values[size_t((l.x * n + l.y) * n + l.z)], v1 = values[size_t((end.x * n + end.y) * n + end.z)];
            if ((v0 < 0) == (v1 < 0)) continue;
            const glm::dvec3 p = crossing(local, point(base + l), v0, point(base + end), v1);
            leaf.crossings.push_back({p, gradient(local, p), index, uint8_t(axis), v0 < 0});
          }
        }
  }

  // Enters a leaf's cells and crossings in the shared map, in the order a single pass would have
  // met them (cells numbered by first touch: the bytes do not depend on the threads).
  void enter(const Leaf& leaf) {
    stats.cells_evaluated += (kLeafCells + 1) * (kLeafCells + 1) * (kLeafCells + 1);
    size_t next = 0;
    for (uint8_t index = 0; index < leaf.masks.size(); ++index) {
      const glm::ivec3 l(index / (kLeafCells * kLeafCells), index / kLeafCells % kLeafCells, index % kLeafCells);
      if (leaf.masks[index] != 0) cell(leaf.base + l).mask = leaf.masks[index];
      for (; next < leaf.crossings.size() && leaf.crossings[next].cell == index; ++next) {
        const LeafCrossing& x = leaf.crossings[next];
        const glm::ivec3 start = leaf.base + l;
        const int axis = x.axis;
        const int at = int(crossing_list.size());
        Crossing& entered = crossing_list.emplace_back(Crossing{x.point, x.normal, axis, x.inside_at_start, {}});
        const int u = (axis + 1) % 3, w = (axis + 2) % 3;
        for (int k = 0; k < 4; ++k) {  // the four cells around the edge
          glm::ivec3 offset(0);
          offset[u] = k & 1, offset[w] = k >> 1;
          Cell& around = cell(start - offset);
          around.crossings[edge_index(axis, offset)] = at;
          entered.around[k] = &around;
        }
      }
    }
  }

  // The leaf blocks the surface may pass through, in octree order.
  void find_leaves(glm::ivec3 base, int size, std::vector<Leaf>& leaves) const {
    if (base.x >= cells.x || base.y >= cells.y || base.z >= cells.z) return;
    const glm::dvec3 centre = origin + (glm::dvec3(base) + size * 0.5) * h;
    const double half_diagonal = std::sqrt(3.0) * size * h * 0.5;
    if (std::fabs(field(centre)) > 1.5 * half_diagonal + h) return;  // no surface in this block
    if (size == kLeafCells) {
      leaves.push_back({base, {}, {}});
      return;
    }
    const int half = size / 2;
    for (int i = 0; i < 8; ++i) find_leaves(base + glm::ivec3(i & 1, (i >> 1) & 1, (i >> 2) & 1) * half, half, leaves);
  }
};

}  // namespace

Mesh dual_contour(const DistanceField& field, const Bounds& bounds, const ContourOptions& options, ContourStats* stats,
                  const NearField* near) {
  const double h = options.cell_mm;
  Contourer c{field, near, h, bounds.min - glm::dvec3(3 * h), {}, {}, {}, {}, {}};
  const glm::dvec3 extent = bounds.max - bounds.min + glm::dvec3(6 * h);
  c.cells = glm::ivec3(glm::ceil(extent / h));
  const int block = kLeafCells * 16;
  std::vector<Contourer::Leaf> leaves;
  for (int x = 0; x < c.cells.x; x += block)
    for (int y = 0; y < c.cells.y; y += block)
      for (int z = 0; z < c.cells.z; z += block) c.find_leaves({x, y, z}, block, leaves);
  util::parallel_for(leaves.size(), [&](size_t i) { c.evaluate(leaves[i]); });
  size_t crossing_count = 0;
  for (const Contourer::Leaf& leaf : leaves) crossing_count += leaf.crossings.size();
  c.cell_data.reserve(crossing_count + crossing_count / 2);  // about one cell a crossing: no rehashing
  c.crossing_list.reserve(crossing_count);
  for (const Contourer::Leaf& leaf : leaves) c.enter(leaf);
  leaves = {};

  // A vertex for each sheet of each cell: numbered in the cells' order, fitted on all cores.
  const SheetTable& table = sheet_table();
  Mesh mesh;
  uint32_t vertex_count = 0;
  for (auto& [key, cell] : c.cell_order) {
    cell->first_vertex = vertex_count;
    if (cell->mask >= 0) vertex_count += table.sheets[cell->mask];  // < 0 cannot happen with a field that never overstates distance
  }
  mesh.positions.resize(vertex_count);
  std::vector<uint8_t> clamped(c.cell_order.size(), 0);
  util::parallel_for(c.cell_order.size(), [&](size_t i) {
    const auto [key, cell] = c.cell_order[i];
    if (cell->mask < 0) return;
    const glm::ivec3 at(int((key >> 42) & 0x1FFFFF), int((key >> 21) & 0x1FFFFF), int(key & 0x1FFFFF));
    const glm::dvec3 lo = c.point(at), hi = lo + glm::dvec3(h);
    const int sheets = table.sheets[cell->mask];
    for (int s = 0; s < sheets; ++s) {
      PlaneFit q;
      for (int e = 0; e < 12; ++e) {
        if (table.sheet[cell->mask][e] != s || cell->crossings[e] < 0) continue;
        const Crossing& x = c.crossing_list[size_t(cell->crossings[e])];
        q.add(x.point, x.normal);
      }
      glm::dvec3 v = q.count > 0 ? q.solve() : (lo + hi) * 0.5;
      if (glm::any(glm::lessThan(v, lo)) || glm::any(glm::greaterThan(v, hi))) {
        // The fit's corner lies outside the cell (a crease passing close by). Keep the vertex in
        // its cell, so it cannot fold over a neighbour, and pull it back onto the surface there.
        v = glm::clamp(v, lo, hi);
        for (int step = 0; step < 3; ++step) {
          const double f = field(v);
          v = glm::clamp(v - c.gradient(field, v) * f, lo, hi);
        }
        ++clamped[i];
      }
      mesh.positions[cell->first_vertex + uint32_t(s)] = v;
    }
  });
  for (const auto& [key, cell] : c.cell_order) c.stats.split_cells += cell->mask >= 0 && table.sheets[cell->mask] > 1;
  for (uint8_t n : clamped) c.stats.clamped_vertices += n;
  for (const Crossing& x : c.crossing_list) {
    // The four cells around the edge, counter-clockwise seen from +axis; each gives the vertex of
    // the sheet this edge belongs to.
    const int u = (x.axis + 1) % 3, w = (x.axis + 2) % 3;
    const int order[4] = {0, 1, 3, 2};  // offsets (0, 0), (1, 0), (1, 1), (0, 1) along (u, w)
    uint32_t v[4];
    bool complete = true;
    for (int k = 0; k < 4; ++k) {
      glm::ivec3 offset(0);
      offset[u] = order[k] & 1, offset[w] = order[k] >> 1;
      const Cell& cell = *x.around[order[k]];
      if (cell.mask < 0) {
        complete = false;
        break;
      }
      v[k] = cell.first_vertex + uint32_t(table.sheet[cell.mask][edge_index(x.axis, offset)]);
    }
    if (!complete) continue;
    if (!x.inside_at_start) std::swap(v[1], v[3]);  // the outside lies towards -axis
    // Split along the shorter diagonal.
    if (glm::distance(mesh.positions[v[0]], mesh.positions[v[2]]) <= glm::distance(mesh.positions[v[1]], mesh.positions[v[3]])) {
      mesh.indices.insert(mesh.indices.end(), {v[0], v[1], v[2], v[0], v[2], v[3]});
    } else {
      mesh.indices.insert(mesh.indices.end(), {v[0], v[1], v[3], v[1], v[2], v[3]});
    }
  }
  c.stats.surface_cells = c.cell_order.size();
  c.stats.crossings = c.crossing_list.size();
  if (stats != nullptr) *stats = c.stats;
  return mesh;
}

glm::dvec3 central_differences(const DistanceField& f, const glm::dvec3& p, double step_mm) {
  const double e = step_mm;
  return glm::dvec3(f(p + glm::dvec3(e, 0, 0)) - f(p - glm::dvec3(e, 0, 0)), f(p + glm::dvec3(0, e, 0)) - f(p - glm::dvec3(0, e, 0)),
                    f(p + glm::dvec3(0, 0, e)) - f(p - glm::dvec3(0, 0, e)));
}

glm::dvec3 unit_gradient(const DistanceField& f, const glm::dvec3& p, double step_mm, const glm::dvec3& flat) {
  const glm::dvec3 g = central_differences(f, p, step_mm);
  const double length = glm::length(g);
  return length > 0 ? g / length : flat;
}

}  // namespace facet::geometry
