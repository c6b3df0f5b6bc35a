// The core's front door: from spec text to a built piece, its report and its files. Used by the
// CLI and the browser alike, so the same spec gives the same bytes in both.
#pragma once

#include <string>
#include <string_view>

#include "core/geometry/mesh.hpp"
#include "core/spec/spec_io.hpp"

namespace facet {

struct BuiltPiece {
  spec::Design design;
  geometry::Mesh metal;  // production mesh, closed and outward-oriented
};

BuiltPiece build_piece(const spec::Design& design);
// A lighter mesh of the same metal for the renderer, rebuilt on every parameter change.
geometry::Mesh build_preview_metal(const spec::Design& design);

spec::Json piece_report(const BuiltPiece& built);
std::string normalised_spec_text(const spec::Design& design);  // pretty JSON, ends with a newline
std::string metal_stl(const BuiltPiece& built);

}  // namespace facet
