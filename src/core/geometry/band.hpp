// A plain band: a shank profile swept around the finger, with an optional taper to the top.
#pragma once

#include <array>
#include <vector>

#include "core/geometry/mesh.hpp"
#include "core/spec/spec.hpp"

namespace facet::geometry {

// Profile shapes, as fractions of the thickness (our own definitions; ARCHITECTURE.md draws them).
// d_shape: flat inside, the outside a half-ellipse standing on side walls of this height.
inline constexpr double kDShapeEdgeFraction = 0.45;
// comfort: the inside domed towards the finger by this much (the crest sits on the ring size) ...
inline constexpr double kComfortInnerDomeFraction = 0.20;
// ... and side walls of this height between the inner and outer domes.
inline constexpr double kComfortEdgeFraction = 0.45;
// court: the traditional court shape, domed inside and out like comfort but with low side walls, so
// the outside reads as one continuous curve.
inline constexpr double kCourtInnerDomeFraction = 0.20;
inline constexpr double kCourtEdgeFraction = 0.15;
// knife_edge: flat inside, side walls of this height, then two flat slopes meeting in a ridge
// along the middle of the outside.
inline constexpr double kKnifeEdgeWallFraction = 0.45;  // as d_shape: the rim of a 1.8 mm band casts
// square: a rectangle whose four edges are eased to this radius, of the smaller of width and
// thickness (flat keeps sharp edges).
inline constexpr double kSquareEdgeRadiusFraction = 0.15;

// The domed profiles (d_shape, comfort, court) as the heights their curves start from.
struct DomedProfile {
  double outer_edge;  // side-wall height where the outer half-ellipse starts
  double inner_dome;  // how far the inside domes towards the finger (0: flat)
};
// Precondition: profile is d_shape, comfort or court.
DomedProfile domed_profile(const std::string& profile, double thickness_mm);

// How finely curves are cut into chords.
struct Sampling {
  double tolerance_mm;        // largest distance from a chord to the exact curve
  double relative_tolerance;  // and at most this fraction of the band's thickness (0: no bound)
  int min_segments_around;
};

// Production: far below what a printer shows (~25 um), and needed for volume: an inscribed polygon
// loses about 2/3 of its chord deviation times the perimeter in area, 0.3% of a thin band at 5 um.
inline constexpr Sampling kProductionSampling{0.001, 0.0005, 256};
// Preview for the renderer: within 0.005 mm of the production surface, a fifth of the triangles.
inline constexpr Sampling kPreviewSampling{0.005, 0.0, 128};
inline constexpr double kProductionToleranceMm = kProductionSampling.tolerance_mm;

struct BandShape {
  std::string profile;               // "flat" | "comfort" | "d_shape" | "court" | "knife_edge" | "square"
  double inner_circumference_mm;     // ISO ring size: where the finger touches
  double width_mm, thickness_mm;     // at the bottom of the ring
  double top_width_mm, top_thickness_mm;  // at the top (+Y), blended smoothly around

  double inner_radius_mm() const;  // of the finger hole

  // The profile's width and thickness at the angle whose sine is `sin_angle`: the plain values at
  // the bottom blended to the top ones by (1 + sin) / 2. The sweep, its field and the engraving
  // depth all taper by this one rule.
  struct Section {
    double width_mm, thickness_mm;
  };
  Section section_at(double sin_angle) const;
};

BandShape band_shape(const spec::Shank& shank, double inner_circumference_mm);

// Where the band's surfaces are at height v along the axis (|v| within half the width), at the
// angle whose sine is `sin_angle` (the taper blends by it): u measured out from the inner circle.
// What an engraving's depth is measured from.
struct SurfaceHeights {
  double inner_u, outer_u;
};
SurfaceHeights surface_heights(const BandShape& shape, double sin_angle, double v);

// A channel cut along the band's top (a channel-set row), as the preview sweeps it: a slot with
// vertical walls and a floor parallel to the crest, over the spans the row covers.
struct BandChannel {
  double half_width_mm = 0;  // across the band, about its middle
  double depth_mm = 0;       // the floor under the crest
  bool all_round = false;
  std::vector<std::array<double, 2>> spans_deg;  // from the top, + towards +X (unless all round)
};

// The band as one closed, outward-oriented shell. Axis along +Z, top of the ring at +Y.
// Chords stay within `sampling.tolerance_mm` of the exact surface. With a channel (the preview's),
// the sweep's stations inside its spans have the slot; its ends are one station step long.
Mesh build_band(const BandShape& shape, const Sampling& sampling, const BandChannel* channel = nullptr);

}  // namespace facet::geometry
