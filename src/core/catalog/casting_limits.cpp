#include "core/catalog/casting_limits.hpp"

namespace facet::catalog {

CastingLimits casting_limits(MetalFamily family) {
  CastingLimits limits{
      .min_wall_mm = 0.8,
      .min_wire_mm = 0.6,
      .min_shank_thickness_mm = 1.2,
      .head_shank_thickness_mm = 1.8,
      .min_prong_mm = 0.6,
      .centre_prong_mm = 0.8,
      .min_grip_mm = 0.15,
      .max_seat_depth_fraction = 0.25,
      // The facts give 0.3-0.4 mm; the upper value, since a gap also has to be polished.
      .min_gap_mm = 0.4,
      .min_culet_clearance_mm = 0.5,
  };
  if (family == MetalFamily::platinum) {
    limits.head_shank_thickness_mm = 1.6;
    limits.min_gap_mm = 0.8;
  }
  return limits;
}

}  // namespace facet::catalog
