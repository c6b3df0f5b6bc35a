// A stud earring: the stone in a prong basket, its table facing the viewer (+Z) and its length
// along Y as a pendant's, the post behind it (-Z) through the ear lobe. One earring of the pair.
#pragma once

#include "core/geometry/head.hpp"

namespace facet::geometry {

// Design choices of the stud (our own). The post is the trade's stock 10 mm; the back (push, screw
// or lever) is bought in and slides on it, so it is listed, not modelled. The prongs run on past
// the gallery rail and meet under the culet on the post's top, a "martini" basket, this far under
// the seat at least (more where a steep pavilion needs it).
inline constexpr double kPostLengthMm = 10.0;
inline constexpr double kBasketUnderCuletMm = 0.15;

struct StudSetting {
  ProngHead head;  // the basket: prongs, their legs down to the post, the rail, the seat
  Capsule post;
};

// Preconditions: a convex cut (facet planes), prongs >= 2, diameters > 0.
StudSetting stud_setting(const Stone& stone, int prongs, double prong_diameter_mm, double post_diameter_mm);

}  // namespace facet::geometry
