// The piece's measurements drawn over its picture when the panel's "Dimensions" is ticked: each a
// line between two points of the piece, with end ticks and its figure, as a designer reads them
// off a drawing. Under the panel, over the piece.
#pragma once

#include <glm/mat4x4.hpp>

#include <imgui.h>

#include <string>
#include <vector>

#include "core/geometry/dimensions.hpp"

namespace facet::ui {

// `view_projection` maps the piece's millimetres to clip space for a `width_px` x `height_px`
// framebuffer. Lines with an end behind the camera, or too short to read, are left out. Each
// label is remembered as "dimension.<what>" (facet.uiLayout()).
void draw_dimensions(const std::vector<geometry::DimensionLine>& lines, const glm::mat4& view_projection, float width_px,
                     float height_px, float pixel_ratio);

// A ring round the place `at_mm` on the piece with a leader to `text` in a box of `colour`: where a
// check the designer clicked is. Remembered as "marker.check".
void draw_marker(const glm::dvec3& at_mm, const std::string& text, ImVec4 colour, const glm::mat4& view_projection, float width_px,
                 float height_px, float pixel_ratio);

}  // namespace facet::ui
