// Engraving on a ring: the text's outline (the engraving font, text/engraving_font.hpp) wrapped
// round the band's inside or outside, cut into it (engraved) or standing on it (embossed), as a
// signed distance field the metal model subtracts or adds.
//
// Lines finer than a casting holds (0.3 mm) are not modelled: a factory cuts such text by laser
// after polishing, from the outline the job sheet and the package give (engraving_method()).
#pragma once

#include <memory>
#include <optional>

#include "core/geometry/band.hpp"
#include "core/geometry/polygon_field.hpp"
#include "core/geometry/signet.hpp"
#include "core/spec/spec.hpp"
#include "core/text/engraving_font.hpp"

namespace facet::geometry {

// Chords of the glyphs' curves stray at most this far: below the production mesh's tolerance.
inline constexpr double kEngravingOutlineToleranceMm = 0.002;

enum class EngravingMethod { cast, laser };
struct EngravingPlan {
  EngravingMethod method;
  double line_width_mm;  // the font's thinnest stroke at the text's height
};
// Cast (modelled in the metal) when the text's thinnest line is at least `min_line_mm` wide.
EngravingPlan engraving_plan(const spec::Engraving& engraving, double min_line_mm);

// Where a ring's engraving sits: centred at the bottom of the band (-Y), except outside a plain
// band, where it is centred on top (+Y). It is upright and reads left to right for someone who
// holds the ring with its face (+Z, the side the app first shows) towards them and looks into it
// from above (inside), over it (outside a plain band) or under it (outside a set ring): its top
// is away from them (-Z), or towards them (+Z) seen from below.
//
// Outside a signet (`face` given) the text lies flat on the face, as outside a plain band: it
// reads across the finger (+X), its top away from the ring's face (-Z).
//
// A flat face (a signet's, a pendant's closed back): the text's middle on it, s measured along
// `right`, v along `up`, depth along -`outward`.
struct FlatFace {
  glm::dvec3 centre{0.0};   // the middle of the text, on the face
  glm::dvec3 outward{0.0};  // unit, out of the metal
  glm::dvec3 right{0.0};    // unit, the reading direction
  glm::dvec3 up{0.0};       // unit, the letters' up
};
struct EngravingFrame {
  glm::dvec2 centre_dir{0.0};  // unit, in XY: the middle of the text (flat: the face's outward in XY)
  glm::dvec2 right_dir{0.0};   // unit, in XY: the reading direction there
  double surface_radius_mm = 0;  // of the engraved surface under the middle of the text
  double up_z = -1;              // the text's up along the ring axis: -1 or +1
  std::optional<FlatFace> flat;  // on a plane instead: s and v measured straight on it
  // Where the middle of the text lies on the surface.
  glm::dvec3 centre_point() const;
};
EngravingFrame engraving_frame(const spec::Engraving& engraving, const BandShape& band, bool plain_band,
                               const SignetHead* face = nullptr);
// On a flat face: a signet's, or the closed back of a pendant's bezel (bezel.hpp, back_face).
EngravingFrame flat_engraving_frame(const FlatFace& face);

// The text laid out in the (s, v) plane of the surface, centred on its ink: s the arc length along
// the reading direction, v the text's up (up_z along Z), millimetres.
text::TextOutline engraving_outline(const spec::Engraving& engraving);

// Cast letters' corners sharper than this are rounded to kCastCornerRadiusMm, a letter's tip
// (the point of a V) and a notch between strokes alike: a wax print and a casting round them
// anyway, and a wedge thinner than the mesher's cells would be lost from the mesh rather than
// rounded (issue #4's 0.01 mm). Laser outlines keep their corners.
inline constexpr double kCastCornerRadiusMm = 0.08;
inline constexpr double kCastSharpCornerDeg = 120.0;
// Every vertex whose edges meet at less than `sharpest_deg` becomes an arc of `radius_mm` tangent
// to both edges (smaller where the edges are too short for it), on the side of the narrow wedge.
std::vector<std::vector<glm::dvec2>> round_sharp_corners(const std::vector<std::vector<glm::dvec2>>& contours, double radius_mm,
                                                         double sharpest_deg);

struct EngravingField {
  std::shared_ptr<const PolygonField> text;  // in the (s, v) plane
  BandShape band{};  // a ring's (unused on a flat face)
  EngravingFrame frame;
  bool inside = true;     // on the finger side
  bool embossed = false;  // added metal (else removed)
  double depth_mm = 0;    // how deep it is cut, or how high it stands

  // Of the solid the engraving removes (engraved) or adds (embossed); never more than the true
  // distance, exact in sign.
  double distance(const glm::dvec3& p) const;
  double outward_reach_mm() const;  // how far past the band's outside it can add metal
};

EngravingField engraving_field(const spec::Engraving& engraving, const BandShape& band, bool plain_band,
                               const SignetHead* face = nullptr);
// On a flat face (no band).
EngravingField engraving_field(const spec::Engraving& engraving, const EngravingFrame& frame);

// The engraving as the renderer draws it on the preview (whose band is the plain sweep): the
// text's signed distance sampled on a grid over its (s, v) rectangle, 8 bits a texel, and where it
// sits. Every engraving is drawn this way, cast or laser, so what the customer types shows at once.
struct EngravingDecal {
  int width_px = 0, height_px = 0;
  std::vector<uint8_t> distance;  // rows from v_min up; 128 on the outline, 0 = -range_mm, 255 = +range_mm
  double range_mm = 0;
  glm::dvec2 st_min{0.0}, st_max{0.0};  // (s, v) of the grid's outer edges
  EngravingFrame frame;
  bool inside = true, embossed = false;
  double depth_mm = 0;
};
// About this many texels to the em: the thinnest stroke (0.074 em) spans nearly five.
inline constexpr double kDecalTexelsPerEm = 64.0;
EngravingDecal engraving_decal(const spec::Engraving& engraving, const BandShape& band, bool plain_band,
                               const SignetHead* face = nullptr);
EngravingDecal engraving_decal(const spec::Engraving& engraving, const EngravingFrame& frame);

}  // namespace facet::geometry
