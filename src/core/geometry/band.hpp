// A plain band: a shank profile swept around the finger, with an optional taper to the top.
#pragma once

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
  std::string profile;               // "flat" | "comfort" | "d_shape"
  double inner_circumference_mm;     // ISO ring size: where the finger touches
  double width_mm, thickness_mm;     // at the bottom of the ring
  double top_width_mm, top_thickness_mm;  // at the top (+Y), blended smoothly around

  double inner_radius_mm() const;  // of the finger hole
};

BandShape band_shape(const spec::Shank& shank, double inner_circumference_mm);

// The band as one closed, outward-oriented shell. Axis along +Z, top of the ring at +Y.
// Chords stay within `sampling.tolerance_mm` of the exact surface.
Mesh build_band(const BandShape& shape, const Sampling& sampling);

}  // namespace facet::geometry
