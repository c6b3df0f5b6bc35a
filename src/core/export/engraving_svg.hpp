// An engraving's text as an SVG drawing in millimetres: what a laser engraver's software imports
// (the text unrolled flat, arc length along the band by height across it, at true size), and what
// the job sheet shows enlarged.
#pragma once

#include <string>

#include "core/spec/spec.hpp"

namespace facet::exporting {

// `scale`: drawing units per millimetre of metal (1: true size, width and height in mm).
// Contours are filled by the non-zero rule, as the font draws them.
std::string engraving_svg(const spec::Engraving& engraving, double scale = 1.0);

}  // namespace facet::exporting
