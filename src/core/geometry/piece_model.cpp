#include "core/geometry/piece_model.hpp"

namespace facet::geometry {
std::vector<PlacedStone> PieceModel::stones() const {
  std::vector<PlacedStone> out;
  for (const ProngHead& head : heads) out.push_back(head.stone);
  return out;
}

PieceModel piece_model(const spec::Piece& piece) {
  PieceModel model;
  if (!piece.size || !piece.shank) return model;
  const BandShape band = band_shape(*piece.shank, piece.size->circumference_mm);
  model.band = band;
  model.metal.bands.push_back({band});
  const double inner_radius = band.inner_radius_mm();
  for (const spec::StoneGroup& group : piece.stones) {
    if (group.placement.kind != spec::Placement::Kind::head || group.setting.type != "prong") continue;
    const StoneSizing size = size_of(group);
    const Stone stone = build_stone(*catalog::find_cut(group.cut), size.length_mm, size.width_mm);
    ProngHead head = prong_head(stone, group.setting.prongs, group.setting.prong_diameter_mm, inner_radius, band.top_thickness_mm,
                                band.top_width_mm);
    head.stone.id = group.id;
    const uint32_t head_index = uint32_t(model.heads.size());
    model.metal.capsules.insert(model.metal.capsules.end(), head.prongs.begin(), head.prongs.end());
    for (size_t i = 0; i < head.prongs.size(); ++i) model.capsule_roles.push_back({CapsuleRole::Kind::prong, head_index, int(i / 2)});
    model.metal.capsules.insert(model.metal.capsules.end(), head.rails.begin(), head.rails.end());
    for (size_t i = 0; i < head.rails.size(); ++i) model.capsule_roles.push_back({CapsuleRole::Kind::rail, head_index, -1});
    model.metal.seats.push_back(head.seat);
    model.heads.push_back(std::move(head));
  }
  return model;
}

Mesh production_metal(const PieceModel& model, ContourStats* stats) {
  if (model.plain_band() && model.band) return build_band(*model.band, kProductionSampling);  // exact sweep
  const MetalModel& metal = model.metal;
  const NearField near = [&metal](const glm::dvec3& centre, double radius) -> DistanceField {
    return [&metal, parts = metal.nearby(centre, radius)](const glm::dvec3& p) { return metal.distance(p, parts); };
  };
  return dual_contour([&metal](const glm::dvec3& p) { return metal.distance(p); }, metal.bounds(), {kProductionCellMm}, stats, &near);
}

Mesh preview_metal(const PieceModel& model) {
  Mesh mesh;
  if (model.band) mesh = build_band(*model.band, kPreviewSampling);
  for (const ProngHead& head : model.heads) {
    for (const Capsule& c : head.prongs) append(mesh, capsule_mesh(c, 16));
    for (const Capsule& c : head.rails) append(mesh, capsule_mesh(c, 16));
  }
  return mesh;
}

}  // namespace facet::geometry
