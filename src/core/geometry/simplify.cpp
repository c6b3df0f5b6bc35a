#include "core/geometry/simplify.hpp"

#include "core/util/parallel.hpp"

#include <boost/container/small_vector.hpp>
#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <limits>

namespace facet::geometry {

namespace {

// Sum of squared distances to a set of planes n.p + d = 0, as a symmetric 4x4 matrix.
struct Quadric {
  double xx = 0, xy = 0, xz = 0, xw = 0, yy = 0, yz = 0, yw = 0, zz = 0, zw = 0, ww = 0;

  static Quadric plane(const glm::dvec3& n, double d) {
    return {n.x * n.x, n.x * n.y, n.x * n.z, n.x * d, n.y * n.y, n.y * n.z, n.y * d, n.z * n.z, n.z * d, d * d};
  }
  Quadric& operator+=(const Quadric& q) {
    xx += q.xx, xy += q.xy, xz += q.xz, xw += q.xw, yy += q.yy;
    yz += q.yz, yw += q.yw, zz += q.zz, zw += q.zw, ww += q.ww;
    return *this;
  }
  double operator()(const glm::dvec3& p) const {
    return p.x * (xx * p.x + 2 * (xy * p.y + xz * p.z + xw)) + p.y * (yy * p.y + 2 * (yz * p.z + yw)) +
           p.z * (zz * p.z + 2 * zw) + ww;
  }
};

// Vertices are worked on in blocks of 4096 numbers: the mesher numbers them block by block in
// space, so a block is a compact patch of surface.
constexpr int kBlockBits = 12;
uint32_t block_of(uint32_t v) { return v >> kBlockBits; }

// The vertices waiting to move: a binary heap that knows where each vertex sits, so a vertex whose
// cost changes is moved in place (no stale entries to wade through). Vertices are taken a block of
// 4096 numbers at a time (the mesher numbers them block by block in space), cheapest first within
// a block: the work stays in the cache, twice as fast as one global order, and every collapse is
// bounded the same way. Ties go to the lower number, so the order, and the output, is fixed.
class VertexQueue {
 public:
  // Vertices first .. first + count - 1 may be queued.
  VertexQueue(uint32_t first, size_t count) : first_(first), position_(count, kAbsent), cost_(count, 0.0) {}

  bool empty() const { return heap_.empty(); }
  bool contains(uint32_t v) const { return position_[v - first_] != kAbsent; }
  double cost(uint32_t v) const { return cost_[v - first_]; }

  void set(uint32_t v, double cost) {
    cost_[v - first_] = cost;
    if (position_[v - first_] == kAbsent) {
      position_[v - first_] = uint32_t(heap_.size());
      heap_.push_back(v);
    }
    sift_down(sift_up(position_[v - first_]));
  }

  void remove(uint32_t v) {
    const uint32_t at = position_[v - first_];
    if (at == kAbsent) return;
    position_[v - first_] = kAbsent;
    const uint32_t last = heap_.back();
    heap_.pop_back();
    if (at == heap_.size()) return;
    heap_[at] = last;
    position_[last - first_] = at;
    sift_down(sift_up(at));
  }

  uint32_t pop() {
    const uint32_t v = heap_.front();
    remove(v);
    return v;
  }

 private:
  static constexpr uint32_t kAbsent = UINT32_MAX;

  bool before(uint32_t a, uint32_t b) const {
    if (block_of(a) != block_of(b)) return a < b;
    const double cost_a = cost_[a - first_], cost_b = cost_[b - first_];
    return cost_a != cost_b ? cost_a < cost_b : a < b;
  }
  void place(uint32_t at, uint32_t v) {
    heap_[at] = v;
    position_[v - first_] = at;
  }
  uint32_t sift_up(uint32_t at) {
    const uint32_t v = heap_[at];
    while (at > 0) {
      const uint32_t parent = (at - 1) / 2;
      if (!before(v, heap_[parent])) break;
      place(at, heap_[parent]);
      at = parent;
    }
    place(at, v);
    return at;
  }
  uint32_t sift_down(uint32_t at) {
    const uint32_t v = heap_[at];
    const size_t n = heap_.size();
    for (;;) {
      size_t child = 2 * size_t(at) + 1;
      if (child >= n) break;
      if (child + 1 < n && before(heap_[child + 1], heap_[child])) ++child;
      if (!before(heap_[child], v)) break;
      place(at, heap_[child]);
      at = uint32_t(child);
    }
    place(at, v);
    return at;
  }

  uint32_t first_;
  std::vector<uint32_t> heap_;
  std::vector<uint32_t> position_;
  std::vector<double> cost_;
};

struct Move {
  double cost;
  uint32_t to;
  bool operator<(const Move& o) const { return cost != o.cost ? cost < o.cost : to < o.to; }
};

class Simplifier {
 public:
  Simplifier(const Mesh& mesh, const SimplifyOptions& options)
      : options_(options), positions_(mesh.positions) {
    const size_t vertex_count = positions_.size();
    faces_.resize(mesh.triangle_count());
    face_alive_.assign(faces_.size(), 1);
    vertex_faces_.resize(vertex_count);
    quadrics_.resize(vertex_count);
    first_move_.assign(vertex_count, 0);
    for (uint32_t f = 0; f < faces_.size(); ++f) {
      for (int i = 0; i < 3; ++i) {
        faces_[f][i] = mesh.indices[3 * f + i];
        vertex_faces_[faces_[f][i]].push_back(f);
      }
      const auto& t = faces_[f];
      const glm::dvec3 normal = face_normal(t);
      const double length = glm::length(normal);
      if (length == 0.0) continue;
      // Unweighted: each plane counts fully, so the sum bounds every single distance.
      const glm::dvec3 unit = normal / length;
      const Quadric q = Quadric::plane(unit, -glm::dot(unit, positions_[t[0]]));
      for (uint32_t v : t) quadrics_[v] += q;
    }
    tolerance_squared_ = options_.tolerance_mm * options_.tolerance_mm;
  }

  // Passes over growing blocks: first every block of 4096 vertex numbers on its own, in parallel,
  // moving only its inner vertices (all of whose neighbours are in the block), so a block reads
  // and writes only its own vertices and the faces between them, and its result does not depend
  // on the others or on the thread count. Then blocks 8 times larger, for the vertices left on
  // the smaller blocks' borders and those whose surroundings a collapse changed across one; and
  // so on, until one pass over the whole mesh takes the rest.
  Mesh run(SimplifyStats* stats) {
    const uint32_t vertex_count = uint32_t(positions_.size());
    std::vector<uint8_t> waiting(vertex_count, 1);  // not yet looked at since its surroundings last changed
    SimplifyStats total;
    for (int bits = kBlockBits; (size_t(1) << bits) < vertex_count; bits += kLevelBits) pass(bits, waiting, total);
    pass(kWholeMesh, waiting, total);
    if (stats) *stats = total;
    return compact();
  }

 private:
  static constexpr int kLevelBits = 3;     // each level's blocks are 8 of the one before
  static constexpr int kWholeMesh = 32;    // block bits of a pass over the whole mesh

  // One pass: each block of 2^bits vertex numbers drains its waiting inner vertices.
  void pass(int bits, std::vector<uint8_t>& waiting, SimplifyStats& total) {
    const uint32_t vertex_count = uint32_t(positions_.size());
    inner_.assign(vertex_count, 1);
    if (bits < kWholeMesh)
      for (uint32_t f = 0; f < faces_.size(); ++f) {
        const auto& t = faces_[f];
        if (face_alive_[f] && ((t[0] >> bits) != (t[1] >> bits) || (t[0] >> bits) != (t[2] >> bits)))
          for (uint32_t v : t) inner_[v] = 0;
      }
    const size_t block_size = size_t(1) << std::min(bits, 31);
    const size_t block_count = (size_t(vertex_count) + block_size - 1) / block_size;
    std::vector<Lane> lanes(block_count);
    util::parallel_for(block_count, [&](size_t block) {
      const uint32_t first = uint32_t(block * block_size);
      const uint32_t end = uint32_t(std::min<size_t>(vertex_count, first + block_size));
      Lane& lane = lanes[block];
      lane.start(first, end - first, bits);
      for (uint32_t v = first; v < end; ++v)
        if (waiting[v] && inner_[v] && !vertex_faces_[v].empty()) push(lane, v);
      drain(lane);
    });
    for (uint32_t v = 0; v < vertex_count; ++v)
      if (inner_[v]) waiting[v] = 0;
    for (const Lane& lane : lanes) {
      for (uint32_t v : lane.revisit) waiting[v] = 1;
      total.collapses += lane.stats.collapses;
      total.refused_topology += lane.stats.refused_topology;
      total.refused_shape += lane.stats.refused_shape;
    }
  }

  // One block's queue and scratch lists in a pass.
  struct Lane {
    void start(uint32_t first, size_t count, int block_bits) {
      queue = VertexQueue(first, count);
      bits = block_bits;
      block = first >> std::min(bits, 31);
    }
    VertexQueue queue{0, 0};
    int bits = kWholeMesh;
    uint32_t block = 0;
    std::vector<uint32_t> revisit;  // vertices outside the block whose surroundings changed
    std::vector<uint32_t> ring_b, ring_from;
    std::vector<Move> moves;
    SimplifyStats stats;
  };
  bool movable(const Lane& lane, uint32_t v) const {
    return inner_[v] && (lane.bits >= kWholeMesh || (v >> lane.bits) == lane.block);
  }

  void drain(Lane& lane) {
    while (!lane.queue.empty()) {
      const uint32_t v = lane.queue.pop();
      // The cheapest move that keeps the mesh sound. If none does, the vertex waits until a
      // collapse next to it changes its surroundings (and queues it again).
      moves_within_tolerance(lane, v);
      for (const Move& m : lane.moves)
        if (collapse(lane, v, m.to)) break;
    }
  }

  glm::dvec3 face_normal(const std::array<uint32_t, 3>& f) const {
    return glm::cross(positions_[f[1]] - positions_[f[0]], positions_[f[2]] - positions_[f[0]]);
  }

  void neighbours(uint32_t v, std::vector<uint32_t>& out) const {
    out.clear();
    for (uint32_t f : vertex_faces_[v])
      for (uint32_t w : faces_[f])
        if (w != v && std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
  }

  // The quadric error of moving `from` onto `to` (what the tolerance bounds), and the priority of
  // the move: that error plus a small term for the edge's length, so that where the error is nil
  // (flat metal) the shortest edges go first and the triangles coarsen evenly, instead of one
  // vertex swallowing the whole face into a fan.
  struct Cost {
    double error, priority;
  };
  Cost move_cost(uint32_t from, uint32_t to) const {
    Quadric q = quadrics_[from];
    q += quadrics_[to];
    const glm::dvec3 edge = positions_[to] - positions_[from];
    const double error = q(positions_[to]);
    return {error, error + kLengthPriority * glm::dot(edge, edge)};
  }
  static constexpr double kLengthPriority = 1e-6;

  // The moves of `from` onto each neighbour whose quadric error is within the tolerance, in the order to try them.
  void moves_within_tolerance(Lane& lane, uint32_t from) {
    lane.moves.clear();
    neighbours(from, lane.ring_from);
    for (uint32_t to : lane.ring_from) {
      const Cost cost = move_cost(from, to);
      if (cost.error <= tolerance_squared_) lane.moves.push_back({cost.priority, to});
    }
    std::sort(lane.moves.begin(), lane.moves.end());
  }

  // Queues `v` at its first move, if it has one within the tolerance.
  void push(Lane& lane, uint32_t v) {
    neighbours(v, lane.ring_from);
    push(lane, v, lane.ring_from);
  }
  // The same, with v's neighbours already listed.
  void push(Lane& lane, uint32_t v, const std::vector<uint32_t>& ring) {
    double first = std::numeric_limits<double>::max();
    for (uint32_t to : ring) {
      const Cost cost = move_cost(v, to);
      if (cost.error <= tolerance_squared_ && cost.priority < first) first = cost.priority, first_move_[v] = to;
    }
    if (first < std::numeric_limits<double>::max()) lane.queue.set(v, first);
    else lane.queue.remove(v);
  }

  // After `a` moved onto `b`: b's quadric grew, so b's moves and every move onto b cost more, and
  // moves onto a are gone. A neighbour whose first move went elsewhere keeps it, unless its new
  // move onto b comes first; one that had no move left (or lost its first) is costed afresh, its
  // surroundings having changed. Neighbours this lane may not move wait for the whole-mesh pass.
  void requeue_around(Lane& lane, uint32_t a, uint32_t b) {
    neighbours(b, lane.ring_b);
    if (movable(lane, b)) push(lane, b, lane.ring_b);
    else lane.revisit.push_back(b);
    for (uint32_t n : lane.ring_b) {
      if (!movable(lane, n)) {
        lane.revisit.push_back(n);
        continue;
      }
      if (!lane.queue.contains(n) || first_move_[n] == a || first_move_[n] == b) {
        push(lane, n);
        continue;
      }
      const Cost cost = move_cost(n, b);
      if (cost.error <= tolerance_squared_ && cost.priority < lane.queue.cost(n)) {
        lane.queue.set(n, cost.priority);
        first_move_[n] = b;
      }
    }
  }

  // Moves `a` onto `b` if that keeps the surface a 2-manifold with sound faces; false if not.
  // lane.ring_from lists a's neighbours (moves_within_tolerance listed them).
  bool collapse(Lane& lane, uint32_t a, uint32_t b) {
    // The two faces on the edge go; their third vertices must be the only neighbours a and b
    // share (otherwise the surface would pinch), and must keep three faces each.
    uint32_t removed[2], opposite[2];
    int on_edge = 0;
    for (uint32_t f : vertex_faces_[a]) {
      const auto& t = faces_[f];
      if (t[0] != b && t[1] != b && t[2] != b) continue;
      if (on_edge == 2) return refuse_topology(lane);  // the edge has more than two faces
      removed[on_edge] = f;
      opposite[on_edge++] = t[0] != a && t[0] != b ? t[0] : t[1] != a && t[1] != b ? t[1] : t[2];
    }
    if (on_edge != 2) return refuse_topology(lane);
    neighbours(b, lane.ring_b);
    size_t shared = 0;
    for (uint32_t n : lane.ring_from) shared += std::find(lane.ring_b.begin(), lane.ring_b.end(), n) != lane.ring_b.end();
    if (shared != 2) return refuse_topology(lane);
    for (uint32_t o : opposite)
      if (vertex_faces_[o].size() <= 3) return refuse_topology(lane);

    // Every face that keeps a corner at a, with b there instead, turns little and stays a triangle.
    for (uint32_t f : vertex_faces_[a]) {
      if (f == removed[0] || f == removed[1]) continue;
      std::array<uint32_t, 3> moved = faces_[f];
      for (uint32_t& v : moved)
        if (v == a) v = b;
      const glm::dvec3 before = face_normal(faces_[f]), after = face_normal(moved);
      const double before_length = glm::length(before), after_length = glm::length(after);
      if (after_length == 0.0 || glm::dot(before, after) < options_.min_normal_cos * before_length * after_length)
        return refuse_shape(lane);
      const double after_quality = quality(moved, after_length);
      if (after_quality < options_.min_quality && after_quality < quality(faces_[f], before_length))
        return refuse_shape(lane);
    }

    // Collapse: the edge's faces go, the rest of a's faces turn to b.
    for (int i = 0; i < 2; ++i) {
      face_alive_[removed[i]] = 0;
      for (uint32_t v : faces_[removed[i]]) {
        if (v == a) continue;
        auto& faces = vertex_faces_[v];
        faces.erase(std::find(faces.begin(), faces.end(), removed[i]));
      }
    }
    for (uint32_t f : vertex_faces_[a]) {
      if (!face_alive_[f]) continue;
      for (uint32_t& v : faces_[f])
        if (v == a) v = b;
      vertex_faces_[b].push_back(f);
    }
    vertex_faces_[a].clear();
    vertex_faces_[a].shrink_to_fit();
    quadrics_[b] += quadrics_[a];
    ++lane.stats.collapses;

    requeue_around(lane, a, b);
    return true;
  }

  // 4 sqrt(3) area / sum of squared edge lengths, from the cross product's length (twice the area).
  double quality(const std::array<uint32_t, 3>& f, double cross_length) const {
    const glm::dvec3 &p0 = positions_[f[0]], &p1 = positions_[f[1]], &p2 = positions_[f[2]];
    const glm::dvec3 e0 = p1 - p0, e1 = p2 - p1, e2 = p0 - p2;
    const double sum = glm::dot(e0, e0) + glm::dot(e1, e1) + glm::dot(e2, e2);
    constexpr double kTwoSqrt3 = 3.4641016151377544;
    return sum > 0.0 ? kTwoSqrt3 * cross_length / sum : 0.0;
  }

  static bool refuse_topology(Lane& lane) {
    ++lane.stats.refused_topology;
    return false;
  }
  static bool refuse_shape(Lane& lane) {
    ++lane.stats.refused_shape;
    return false;
  }

  // The kept vertices in their original order, the kept faces in theirs.
  Mesh compact() const {
    Mesh out;
    std::vector<uint32_t> index(positions_.size(), UINT32_MAX);
    for (uint32_t v = 0; v < positions_.size(); ++v) {
      if (vertex_faces_[v].empty()) continue;
      index[v] = uint32_t(out.positions.size());
      out.positions.push_back(positions_[v]);
    }
    for (uint32_t f = 0; f < faces_.size(); ++f) {
      if (!face_alive_[f]) continue;
      for (uint32_t v : faces_[f]) out.indices.push_back(index[v]);
    }
    return out;
  }

  SimplifyOptions options_;
  double tolerance_squared_ = 0;
  const std::vector<glm::dvec3>& positions_;
  std::vector<std::array<uint32_t, 3>> faces_;
  std::vector<uint8_t> face_alive_;
  // Each vertex's faces, held inline up to 8 (a contoured vertex has 4 to 8): one allocation for
  // them all instead of one or more per vertex, and a vertex's faces beside its neighbours'.
  std::vector<boost::container::small_vector<uint32_t, 8>> vertex_faces_;
  std::vector<Quadric> quadrics_;
  std::vector<uint32_t> first_move_;   // where each queued vertex would move first
  std::vector<uint8_t> inner_;  // in this pass: every neighbour in the vertex's own block
};

}  // namespace

Mesh simplify(const Mesh& mesh, const SimplifyOptions& options, SimplifyStats* stats) {
  return Simplifier(mesh, options).run(stats);
}

}  // namespace facet::geometry
