// The head of a signet ring: a solid block on top of the shank whose top is a flat face (for a
// monogram or a crest), its edge rounded, its walls leaning in towards the finger as a cast signet's
// do, its underside the finger's own cylinder. Axes as the band's: ring axis +Z, top +Y.
//
// The block is one more part of the metal field (smooth-unioned with the shank, so the shoulders
// run into it with a fillet); the bore is cut from the whole metal afterwards, sharp, so the
// finger side stays the exact cylinder where block and shank meet (a smooth union of two parts
// sharing a surface would bulge it).
#pragma once

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "core/geometry/band.hpp"
#include "core/geometry/mesh.hpp"
#include "core/spec/spec.hpp"

namespace facet::geometry {

// Our design choices: walls leaning in 10 degrees below the face (the block narrows towards the
// finger, as signets are cast and as they sit between the neighbouring fingers), the face's edge
// rounded with 0.4 mm (a crisp edge that survives polishing).
inline constexpr double kSignetDraftDeg = 10.0;
inline constexpr double kSignetEdgeRadiusMm = 0.4;
// Under the face the shank's top stays this far below it, clear of the fillet's reach, so that the
// face is exactly flat.
inline constexpr double kSignetShankDropMm = 0.5;

enum class SignetShape { oval, cushion, octagon };

struct SignetHead {
  SignetShape shape = SignetShape::oval;
  glm::dvec2 half_mm{0.0};  // of the face's outline at the top of its wall: x across the finger, y along it (Z)
  double face_y_mm = 0;     // the face's plane
  double bore_radius_mm = 0;

  // Signed distance to the face's outline in the XZ plane (negative inside); exact in sign, never
  // more than the true distance.
  double outline_distance(glm::dvec2 xz) const;
  // Of the block without the bore cut (it reaches a little into the bore, which is cut from all
  // of the metal); never more than the true distance.
  double distance(const glm::dvec3& p) const;
  Bounds bounds() const;
};

// How far inside the outline the flat of the face ends (where the rounded edge begins).
double signet_flat_inset_mm();

// The face's outline alone (shape and size; no height): what the validator fits text into.
SignetHead signet_outline(const spec::SignetFace& face);
// Precondition: a valid signet face (spec::read_signet's rules) on `band` (the shank as the spec
// gives it: the face stands top_thickness_mm above the bore).
SignetHead signet_head(const spec::SignetFace& face, const BandShape& band);
// The shank the block stands on: the spec's, its top kSignetShankDropMm lower.
BandShape signet_shank(const BandShape& band);

// The block as one closed shell for the preview (the shank is drawn beside it): face, rounded
// edge, walls and the underside on the bore, `segments` points round the outline.
Mesh signet_preview_mesh(const SignetHead& head, int segments);

}  // namespace facet::geometry
