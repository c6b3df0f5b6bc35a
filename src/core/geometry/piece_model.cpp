#include "core/geometry/piece_model.hpp"

#include "core/geometry/head_layout.hpp"

namespace facet::geometry {
std::vector<PlacedStone> PieceModel::stones() const {
  std::vector<PlacedStone> out;
  for (const ProngHead& head : heads) out.push_back(head.stone);
  return out;
}

namespace {

ProngHead head_for(const spec::StoneGroup& group, const BandShape& band) {
  const StoneSizing size = size_of(group);
  const Stone stone = build_stone(*catalog::find_cut(group.cut), size.length_mm, size.width_mm);
  ProngHead head = prong_head(stone, group.setting.prongs, group.setting.prong_diameter_mm, band.inner_radius_mm(), band.top_thickness_mm,
                              band.top_width_mm);
  head.stone.id = group.id;
  return head;
}

void add_head(PieceModel& model, ProngHead head) {
  const uint32_t head_index = uint32_t(model.heads.size());
  model.metal.capsules.insert(model.metal.capsules.end(), head.prongs.begin(), head.prongs.end());
  for (size_t i = 0; i < head.prongs.size(); ++i) model.capsule_roles.push_back({CapsuleRole::Kind::prong, head_index, int(i / 2)});
  model.metal.capsules.insert(model.metal.capsules.end(), head.rails.begin(), head.rails.end());
  for (size_t i = 0; i < head.rails.size(); ++i) model.capsule_roles.push_back({CapsuleRole::Kind::rail, head_index, -1});
  model.metal.seats.push_back(head.seat);
  model.heads.push_back(std::move(head));
}

bool in_prong_head(const spec::StoneGroup& group, const char* role) {
  return group.placement.kind == spec::Placement::Kind::head && group.setting.type == "prong" && group.role == role;
}

}  // namespace

PieceModel piece_model(const spec::Piece& piece) {
  PieceModel model;
  if (!piece.size || !piece.shank) return model;
  const BandShape band = band_shape(*piece.shank, piece.size->circumference_mm);
  model.band = band;
  model.metal.bands.push_back({band});
  // The centre head on top; each side group after it is a pair, one head either side, placed just
  // clear of the head before it (three-stone, five-stone).
  for (const spec::StoneGroup& group : piece.stones) {
    if (!in_prong_head(group, "center")) continue;
    add_head(model, head_for(group, band));
    break;
  }
  if (model.heads.empty()) return model;
  ProngHead previous = model.heads.front();
  double inner_angle = 0.0;
  for (const spec::StoneGroup& group : piece.stones) {
    if (!in_prong_head(group, "side")) continue;
    const ProngHead at_top = head_for(group, band);
    const double angle = side_head_angle(previous, inner_angle, at_top);
    for (int number = 1; number <= 2; ++number) {
      ProngHead side = at_top;
      side.stone.number = number;
      turn_about_ring_axis(side, number == 1 ? angle : -angle);  // number 1 on the -X side
      add_head(model, side);
    }
    previous = at_top;
    turn_about_ring_axis(previous, angle);
    inner_angle = angle;
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
