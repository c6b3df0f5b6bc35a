// A filled 2D shape (closed polygons under the non-zero rule, such as a line of text) as a signed
// distance field: negative inside, millimetres. Queries look only at the edges near the point, so
// a line of many glyphs costs about what one glyph does.
#pragma once

#include <glm/vec2.hpp>

#include <cstdint>
#include <vector>

namespace facet::geometry {

class PolygonField {
 public:
  // `reach_mm`: beyond it the distance is reported as reach_mm (with the right sign), which is all
  // a caller that cuts or adds within that distance needs.
  PolygonField(const std::vector<std::vector<glm::dvec2>>& contours, double reach_mm);

  // Outside the shape: the exact distance to it, up to reach_mm. Inside: minus the distance to the
  // nearest edge, which where contours overlap may be an edge inside the union, so it never
  // overstates the distance to the boundary. The zero set is exactly the union's boundary.
  double distance(glm::dvec2 p) const;
  bool inside(glm::dvec2 p) const;  // non-zero winding

  glm::dvec2 min() const { return min_; }
  glm::dvec2 max() const { return max_; }
  double reach_mm() const { return reach_; }

 private:
  struct Edge {
    glm::dvec2 a, b;
  };
  std::vector<Edge> edges_;
  glm::dvec2 min_{0.0}, max_{0.0};  // the edges' bounds grown by the reach
  double reach_, cell_;
  int columns_ = 0, rows_ = 0;
  // Per cell, the edges within reach of it; per row, the edges spanning its height (for winding).
  std::vector<uint32_t> cell_start_, cell_edges_, row_start_, row_edges_;
};

}  // namespace facet::geometry
