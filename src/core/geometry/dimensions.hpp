// The measurements a designer reads off a piece, as lines on it: the ring's inside diameter, the
// band's width and thickness at the bottom, a signet's face, each centre stone across its girdle,
// a pendant's height with its bail, how high a ring's head stands off the finger, and one stone of
// each other kind (a side stone, a halo stone, a pavé stone). Values are the model's (what the factory builds), not read
// off a mesh; the endpoints lie on the piece so the line can be drawn over the picture.
#pragma once

#include <string>
#include <vector>

#include "core/geometry/piece_model.hpp"

namespace facet::geometry {

struct DimensionLine {
  std::string what;  // "inside_diameter", "band_width", "band_thickness", "face_length",
                     // "face_width", "stone_length", "stone_width", "height", "head_height", and
                     // "side_", "halo_", "pave_" before "stone_width" / "stone_length"
  glm::dvec3 from_mm, to_mm;  // the piece's frame
  double value_mm;            // the measurement: |to - from| except where noted (a diameter)
  bool diameter = false;      // shown with Ø
};

std::vector<DimensionLine> piece_dimensions(const PieceModel& model);

}  // namespace facet::geometry
