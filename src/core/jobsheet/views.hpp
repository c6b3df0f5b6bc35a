// Orthographic views of a piece for the job sheet: the metal and stones rasterised by a small
// z-buffer renderer (the CLI has no GL, and the same code in the browser gives the same bytes),
// shaded, embedded as PNG in an SVG that draws the dimensions as vectors from the geometry.
#pragma once

#include <array>

#include <string>
#include <vector>

#include "core/geometry/mesh.hpp"

namespace facet::jobsheet {

struct ViewDirection {
  const char* name_en;
  const char* name_zh;
  glm::dvec3 right, up;  // screen axes in model space; the viewer looks along -(right x up)
  // Darken the metal just inside a step down (engraved letters, seen straight on, show no wall).
  bool outline_recesses = false;
};
// Front: along the finger (the ring's round face). Side: from +X. Top: from above the head.
const ViewDirection& front_view();
const ViewDirection& side_view();
const ViewDirection& top_view();
// Back: from behind the front view (-Z), upright; what a pendant's engraved back shows.
const ViewDirection& back_view();

struct ViewParts {
  const geometry::Mesh* metal;
  std::vector<geometry::Mesh> stones;  // placed
  float metal_rgb[3];                  // display colour, sRGB 0-1
  // Per stone, its gem's display colour (sRGB 0-1); stones without one are drawn pale blue, the
  // drawing convention for colourless stones.
  std::vector<std::array<float, 3>> stone_rgb;
};

// A view rasterised: flat-shaded metal and stones on white paper, `px_per_mm` pixels per mm.
struct Picture {
  int width, height;
  std::vector<uint8_t> rgb;
};
Picture render_picture(const ViewParts& parts, const ViewDirection& view, double px_per_mm);

// A dimension drawn on a view, in model millimetres along the view's axes.
struct Dimension {
  bool horizontal;
  double from_mm, to_mm;  // along the screen axis
  double at_mm;           // position across it (where the line is drawn)
  std::string label;      // e.g. "Ø 17.00"
  bool label_beside = false;  // the figure right of the line's end: for short lines under the picture
};

// The view as an <svg> element: the shaded picture at `px_per_mm` with the overall width and
// height dimensioned, plus `extra` dimensions.
std::string view_svg(const ViewParts& parts, const ViewDirection& view, double px_per_mm, const std::vector<Dimension>& extra);

// The projected extent of the parts in a view: {min_right, max_right, min_up, max_up} in mm.
struct Extent {
  double min_x, max_x, min_y, max_y;
};
Extent view_extent(const ViewParts& parts, const ViewDirection& view);

// A square PNG of the piece seen from the front, right and above, filling `size_px`: the 3MF's
// package thumbnail (what a slicer or file browser shows).
std::string thumbnail_png(const ViewParts& parts, int size_px);

}  // namespace facet::jobsheet
