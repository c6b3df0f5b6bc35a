// The signet block of a design spec: the face's outline and size, and whether it fits the finger.
#include "core/math/det_math.hpp"
#include "core/spec/spec_io.hpp"
#include "core/spec/spec_parse_parts.hpp"

namespace facet::spec::detail {
namespace {

// A face smaller than this holds no monogram; larger than this is a seal, not a ring.
constexpr NumberRule kFaceSide{6.0, 25.0, "mm"};
// A face wider than this part of the finger's diameter has walls that run down past the finger's
// sides instead of meeting the band: the block would hang beside the finger.
constexpr double kMaxFaceWidthOfFinger = 0.8;

}  // namespace

void read_signet(ObjectReader& piece_reader, Piece& piece, const StyleDefaults& style) {
  auto reader = ObjectReader::open(piece_reader, "signet", false);
  if (piece.type != "ring" || piece.style != "signet") {
    if (reader) reader->diagnostics().error(reader->path(), "", "belongs to signet rings only (style \"signet\")");
    return;
  }
  SignetFace face = style.signet.value_or(SignetFace{"oval", 12.0, 10.0, Json::object()});
  if (reader) {
    if (auto shape = reader->one_of("face", {"oval", "cushion", "octagon"}, false)) face.shape = *shape;
    if (auto length = reader->number("length_mm", kFaceSide, false)) face.length_mm = *length;
    if (auto width = reader->number("width_mm", kFaceSide, false)) face.width_mm = *width;
    face.extensions = reader->extensions();
    reader->reject_unknown_keys();
  }
  piece.signet = face;
  if (!piece.size || !piece.shank) return;
  Diagnostics& diag = piece_reader.diagnostics();
  const double finger_mm = piece.size->circumference_mm / detmath::kPi;
  if (face.width_mm > kMaxFaceWidthOfFinger * finger_mm + 1e-9)
    diag.error("piece.signet.width_mm", number_json(face.width_mm).dump(),
               "a face " + mm(face.width_mm) + " across overhangs a " + mm(finger_mm) + " finger: at most " +
                   mm(kMaxFaceWidthOfFinger * finger_mm) + " (0.8 of it)");
  if (piece.shank->top_width_mm > face.length_mm + 1e-9)
    diag.warning("piece.shank.top_width_mm", number_json(piece.shank->top_width_mm).dump(),
                 "is wider than the signet's face is long (" + mm(face.length_mm) + "): the shank shows beside the face");
}

}  // namespace facet::spec::detail
