// A stone group in a few words for the review: how many, what, how big and how heavy, in the UI's
// language.
#pragma once

#include <string>

#include "core/spec/spec.hpp"

namespace facet::ui {

// `stone`: one of the report's `stones` (count, gem, cut, dims_mm, carat). `made`: 2 for a pair of
// earrings, whose spec describes one: the stones of both, as priced. "1 × Diamond Round brilliant,
// 6.50 mm, 1.00 ct"; a pearl without the carats ("1 × Pearl Bead, 8.00 mm"): it is sold by the
// millimetre.
std::string stone_line(const spec::Json& stone, int made);

}  // namespace facet::ui
