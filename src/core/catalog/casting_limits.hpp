// What a caster and a setter will accept: the design-for-manufacture limits of
// ../shared/reference/jewelry-facts.md, per metal family where the facts differ (platinum is stiffer
// but flows worse: thinner shanks, wider gaps).
#pragma once

#include "core/catalog/metals.hpp"

namespace facet::catalog {

struct CastingLimits {
  double min_wall_mm;                 // any wall or surface of the body (shank, gallery, bezel)
  double min_wire_mm;                 // rods: prongs, rails (the prong minimum)
  double min_shank_thickness_mm;      // absolute
  double head_shank_thickness_mm;     // recommended under a head (18K 1.8, platinum 1.6)
  double min_prong_mm;                // any prong
  double centre_prong_mm;             // recommended for a centre stone
  double min_grip_mm;                 // prong over the girdle
  double max_seat_depth_fraction;     // of the prong diameter
  double min_gap_mm;                  // between parts, openings
  double min_culet_clearance_mm;      // culet to finger
};

CastingLimits casting_limits(MetalFamily family);

// Between two stones (not a casting limit, so the same in every metal): stones that touch chip at
// the girdle when set; a tenth of a millimetre is the tightest a pavé setter works to.
inline constexpr double kMinStoneGapMm = 0.1;

// Engraving, the same in every metal: a cast letter needs lines this wide and this deep (the
// shallower figure is the least that survives polishing). Finer text is cut by laser after casting.
inline constexpr double kMinCastEngravingLineMm = 0.3;
inline constexpr double kCastEngravingDepthMm = 0.5;
inline constexpr double kMinCastEngravingDepthMm = 0.35;

}  // namespace facet::catalog
