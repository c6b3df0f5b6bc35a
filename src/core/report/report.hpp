// The report a factory and a shop read: identity, metal, size, bounding box.
#pragma once

#include "core/geometry/mesh.hpp"
#include "core/spec/spec.hpp"

namespace facet::report {

// `metal` is the production mesh the weight is measured on.
spec::Json make_report(const spec::Design& design, const geometry::Mesh& metal);

// The stone table: [{id, role, gem, cut, dims_mm: [L, W, D], carat (each), count, total_carat,
// setting, placement, supplied_by}], sizes derived from carat where the spec gives carat.
spec::Json stones_report(const spec::Piece& piece);

// Round to `decimals` places, the same way on every target.
double round_to_places(double value, int decimals);

}  // namespace facet::report
