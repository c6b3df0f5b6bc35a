#include "core/geometry/dimensions.hpp"

#include <algorithm>

namespace facet::geometry {
namespace {

// Across a stone's girdle: its width, and its length where it is not round. `prefix` names the
// stone's part ("", "side_", "halo_", "pave_").
void stone_lines(const PlacedStone& placed, const std::string& prefix, std::vector<DimensionLine>& out) {
  const Stone& stone = placed.stone;
  const Placement3& at = placed.placement;
  const bool round = std::abs(stone.length_mm - stone.width_mm) < 1e-9;
  out.push_back({prefix + "stone_width", at.apply({0, -stone.width_mm / 2, 0}), at.apply({0, stone.width_mm / 2, 0}), stone.width_mm, round});
  if (!round)
    out.push_back({prefix + "stone_length", at.apply({-stone.length_mm / 2, 0, 0}), at.apply({stone.length_mm / 2, 0, 0}), stone.length_mm});
}

// The halo's stone nearest the customer's first view (the ring's face, +Z): its figure is the one
// that reads.
const PlacedStone& front_stone(const std::vector<PlacedStone>& stones) {
  return *std::max_element(stones.begin(), stones.end(),
                           [](const PlacedStone& a, const PlacedStone& b) { return a.placement.position.z < b.placement.position.z; });
}

// How far out from the bore the band is its full width: halfway up its side walls (a domed or
// knife-edge profile narrows above them), halfway up a flat or square one.
double width_height_mm(const BandShape& band) {
  const std::string& p = band.profile;
  if (p == "d_shape" || p == "comfort" || p == "court") {
    const DomedProfile domed = domed_profile(p, band.thickness_mm);
    return (domed.inner_dome + domed.outer_edge) / 2;
  }
  if (p == "knife_edge") return kKnifeEdgeWallFraction * band.thickness_mm / 2;
  return band.thickness_mm / 2;
}

}  // namespace

std::vector<DimensionLine> piece_dimensions(const PieceModel& model) {
  std::vector<DimensionLine> out;
  if (model.band) {
    // Axis along Z, top at +Y: across the bore at the band's middle, where the size is measured;
    // the width and the thickness at the bottom, where the spec gives them.
    const BandShape& band = *model.band;
    const double r = band.inner_radius_mm(), t = band.thickness_mm, w = band.width_mm;
    out.push_back({"inside_diameter", {-r, 0, 0}, {r, 0, 0}, 2 * r, true});
    const double u = width_height_mm(band);
    out.push_back({"band_width", {0, -(r + u), -w / 2}, {0, -(r + u), w / 2}, w});
    out.push_back({"band_thickness", {0, -r, 0}, {0, -(r + t), 0}, t});
  }
  if (model.signet) {
    const SignetHead& face = *model.signet;
    const double y = face.face_y_mm;
    out.push_back({"face_length", {0, y, -face.half_mm.y}, {0, y, face.half_mm.y}, 2 * face.half_mm.y});
    out.push_back({"face_width", {-face.half_mm.x, y, 0}, {face.half_mm.x, y, 0}, 2 * face.half_mm.x});
  }
  if (!model.heads.empty()) stone_lines(model.heads.front().stone, "", out);  // the centre stone; a stud's
  if (model.bezel) stone_lines(model.bezel->stone, "", out);
  if (model.pearl) stone_lines(model.pearl->stone, "", out);
  if (model.band && (model.bezel || !model.heads.empty())) {
    // How high the centre stone stands off the finger, as a ring's setting is quoted: the top of
    // the bore to the top of the table, on a line beside the head (prongs or a bezel).
    const PlacedStone& centre = model.bezel ? model.bezel->stone : model.heads.front().stone;
    const glm::dvec3 table = centre.placement.apply({0, 0, centre.stone.table_z_mm});
    const double x = -(std::max(centre.stone.length_mm, centre.stone.width_mm) / 2 + 1.0);
    const double bore_top = model.band->inner_radius_mm();
    out.push_back({"head_height", {x, bore_top, 0}, {x, table.y, 0}, table.y - bore_top});
  }
  if (model.heads.size() > 1) stone_lines(model.heads[1].stone, "side_", out);  // one of a pair: the other mirrors it
  if (model.halo && !model.halo->stones.empty()) stone_lines(front_stone(model.halo->stones), "halo_", out);
  for (const PaveRow& row : model.pave_rows)
    if (!row.stones.empty()) {
      stone_lines(row.stones.front(), "pave_", out);  // the stones of a row are alike
      break;
    }
  if (model.bail) {
    // From the bottom of the piece to the top of the bail, beside it.
    const Bounds box = model.metal.bounds();
    const double x = box.max.x + 1.0;
    out.push_back({"height", {x, box.min.y, 0}, {x, box.max.y, 0}, box.max.y - box.min.y});
  }
  return out;
}

}  // namespace facet::geometry
