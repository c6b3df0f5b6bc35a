#include "core/geometry/polygon_field.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace facet::geometry {
namespace {

// Cells no wider than half the reach keep each cell's list to the edges near it; the grid grows
// coarser only for very long lines, to stay within this many cells.
constexpr double kMaxCells = 4.0e6;

double segment_distance(glm::dvec2 p, glm::dvec2 a, glm::dvec2 b) {
  const glm::dvec2 ab = b - a;
  const double length2 = glm::dot(ab, ab);
  const double t = length2 > 0 ? std::clamp(glm::dot(p - a, ab) / length2, 0.0, 1.0) : 0.0;
  return glm::distance(p, a + ab * t);
}

// Counting sort of (bucket, edge) pairs into start offsets and a flat list.
void fill_buckets(size_t buckets, const std::vector<std::pair<uint32_t, uint32_t>>& pairs, std::vector<uint32_t>& start,
                  std::vector<uint32_t>& items) {
  start.assign(buckets + 1, 0);
  for (const auto& [bucket, item] : pairs) ++start[bucket + 1];
  for (size_t i = 0; i < buckets; ++i) start[i + 1] += start[i];
  items.resize(pairs.size());
  std::vector<uint32_t> next(start.begin(), start.end() - 1);
  for (const auto& [bucket, item] : pairs) items[next[bucket]++] = item;
}

}  // namespace

PolygonField::PolygonField(const std::vector<std::vector<glm::dvec2>>& contours, double reach_mm) : reach_(reach_mm) {
  glm::dvec2 lo(std::numeric_limits<double>::max()), hi(-std::numeric_limits<double>::max());
  for (const auto& contour : contours) {
    for (size_t i = 0; i < contour.size(); ++i) {
      const glm::dvec2 a = contour[i], b = contour[(i + 1) % contour.size()];
      if (a == b) continue;
      edges_.push_back({a, b});
      lo = glm::min(lo, a), hi = glm::max(hi, a);
    }
  }
  if (edges_.empty()) return;
  min_ = lo - reach_, max_ = hi + reach_;
  const glm::dvec2 size = max_ - min_;
  cell_ = std::max(reach_ / 2.0, std::sqrt(size.x * size.y / kMaxCells));
  columns_ = std::max(1, int(std::ceil(size.x / cell_)));
  rows_ = std::max(1, int(std::ceil(size.y / cell_)));

  std::vector<std::pair<uint32_t, uint32_t>> in_cells, in_rows;
  auto column_of = [&](double x) { return std::clamp(int((x - min_.x) / cell_), 0, columns_ - 1); };
  auto row_of = [&](double y) { return std::clamp(int((y - min_.y) / cell_), 0, rows_ - 1); };
  for (uint32_t e = 0; e < edges_.size(); ++e) {
    const glm::dvec2 a = edges_[e].a, b = edges_[e].b;
    const glm::dvec2 edge_lo = glm::min(a, b) - reach_, edge_hi = glm::max(a, b) + reach_;
    for (int row = row_of(edge_lo.y); row <= row_of(edge_hi.y); ++row)
      for (int column = column_of(edge_lo.x); column <= column_of(edge_hi.x); ++column) {
        // Only the cells the edge really comes within reach of (a long slanted edge's box is mostly
        // far from it).
        const glm::dvec2 cell_centre = min_ + (glm::dvec2(column, row) + 0.5) * cell_;
        if (segment_distance(cell_centre, a, b) <= reach_ + cell_ * M_SQRT1_2) in_cells.push_back({uint32_t(row * columns_ + column), e});
      }
    for (int row = row_of(std::min(a.y, b.y)); row <= row_of(std::max(a.y, b.y)); ++row) in_rows.push_back({uint32_t(row), e});
  }
  fill_buckets(size_t(columns_) * size_t(rows_), in_cells, cell_start_, cell_edges_);
  fill_buckets(size_t(rows_), in_rows, row_start_, row_edges_);
}

bool PolygonField::inside(glm::dvec2 p) const {
  if (edges_.empty() || p.x < min_.x || p.y < min_.y || p.x >= max_.x || p.y >= max_.y) return false;
  const int row = std::min(int((p.y - min_.y) / cell_), rows_ - 1);
  int winding = 0;
  for (uint32_t i = row_start_[row]; i < row_start_[row + 1]; ++i) {
    const Edge& e = edges_[row_edges_[i]];
    if ((e.a.y <= p.y) == (e.b.y <= p.y)) continue;  // does not cross the ray's height
    const double x = e.a.x + (p.y - e.a.y) / (e.b.y - e.a.y) * (e.b.x - e.a.x);
    if (x > p.x) winding += e.b.y > e.a.y ? 1 : -1;
  }
  return winding != 0;
}

double PolygonField::distance(glm::dvec2 p) const {
  if (edges_.empty() || p.x < min_.x || p.y < min_.y || p.x >= max_.x || p.y >= max_.y) return reach_;
  const int column = std::min(int((p.x - min_.x) / cell_), columns_ - 1);
  const int row = std::min(int((p.y - min_.y) / cell_), rows_ - 1);
  const size_t cell = size_t(row) * size_t(columns_) + size_t(column);
  double nearest = reach_;
  for (uint32_t i = cell_start_[cell]; i < cell_start_[cell + 1]; ++i) {
    const Edge& e = edges_[cell_edges_[i]];
    nearest = std::min(nearest, segment_distance(p, e.a, e.b));
  }
  return inside(p) ? -nearest : nearest;
}

}  // namespace facet::geometry
