#include "core/geometry/piece_model.hpp"

#include "core/catalog/casting_limits.hpp"
#include "core/geometry/head_layout.hpp"
#include "core/geometry/part_grid.hpp"
#include "core/geometry/refine.hpp"
#include "core/geometry/simplify.hpp"
#include "core/geometry/untangle.hpp"

namespace facet::geometry {
std::vector<PlacedStone> PieceModel::stones() const {
  std::vector<PlacedStone> out;
  if (bezel) out.push_back(bezel->stone);
  if (pearl) out.push_back(pearl->stone);
  for (const ProngHead& head : heads) out.push_back(head.stone);
  if (halo) out.insert(out.end(), halo->stones.begin(), halo->stones.end());
  for (const PaveRow& row : pave_rows) out.insert(out.end(), row.stones.begin(), row.stones.end());
  return out;
}

const std::string& PieceModel::centre_id() const {
  if (bezel) return bezel->stone.id;
  if (pearl) return pearl->stone.id;
  return heads.front().stone.id;
}

const std::string& CapsuleRole::group(const PieceModel& model) const {
  switch (kind) {
    case Kind::prong:
    case Kind::rail: return model.heads[head].stone.id;
    case Kind::pave_bead: return model.pave_rows[head].id;
    case Kind::post:
    case Kind::base:
    case Kind::bail: return model.heads.empty() ? model.centre_id() : model.heads[head].stone.id;
    case Kind::peg: return model.centre_id();
    default: return model.halo_id;
  }
}

std::string_view CapsuleRole::part_name() const {
  switch (kind) {
    case Kind::prong: return "prong";
    case Kind::rail: return "rail";
    case Kind::halo_frame: return "frame";
    case Kind::halo_bead:
    case Kind::pave_bead: return "bead";
    case Kind::halo_tie: return "tie";
    case Kind::post: return "post";
    case Kind::base: return "base";
    case Kind::bail: return "bail";
    case Kind::peg: return "peg";
  }
  return "metal";
}

namespace {

// Points round a signet's outline in the preview: chords 0.4 mm apart on a 12 mm face.
constexpr int kSignetPreviewSegments = 96;

// The group's stone as the spec sizes it. Precondition: a catalog cut (a valid group).
Stone stone_of(const spec::StoneGroup& group) {
  const StoneSizing size = size_of(group);
  return build_stone(*catalog::find_cut(group.cut), size.length_mm, size.width_mm);
}

ProngHead head_for(const spec::StoneGroup& group, const BandShape& band) {
  const Stone stone = stone_of(group);
  ProngHead head = prong_head(stone, group.setting.prongs, group.setting.prong_diameter_mm, band.inner_radius_mm(), band.top_thickness_mm,
                              band.top_width_mm);
  head.stone.id = group.id;
  return head;
}

void add_head(PieceModel& model, ProngHead head) {
  const uint32_t head_index = uint32_t(model.heads.size());
  model.metal.capsules.insert(model.metal.capsules.end(), head.prongs.begin(), head.prongs.end());
  for (size_t i = 0; i < head.prongs.size(); ++i) model.capsule_roles.push_back({CapsuleRole::Kind::prong, head_index, int(i / 2)});
  model.metal.capsules.insert(model.metal.capsules.end(), head.legs.begin(), head.legs.end());
  for (size_t i = 0; i < head.legs.size(); ++i) model.capsule_roles.push_back({CapsuleRole::Kind::prong, head_index, int(i)});
  model.metal.capsules.insert(model.metal.capsules.end(), head.rails.begin(), head.rails.end());
  for (size_t i = 0; i < head.rails.size(); ++i) model.capsule_roles.push_back({CapsuleRole::Kind::rail, head_index, -1});
  model.metal.seats.push_back(head.seat);
  model.heads.push_back(std::move(head));
}

// A part holding heads[0] (a halo's, a pendant's base and bail), with its role.
void add_capsule(PieceModel& model, const Capsule& capsule, CapsuleRole::Kind kind) {
  model.metal.capsules.push_back(capsule);
  model.capsule_roles.push_back({kind, 0, -1});
}

// A halo round the bezel's cup or heads[0]; on a ring its frame is tied down into the shank as well.
void add_halo(PieceModel& model, const spec::StoneGroup& group) {
  const Stone stone = stone_of(group);
  const double shank_outer = model.band ? model.band->inner_radius_mm() + model.band->top_thickness_mm : 0.0;
  HaloSetting halo = model.bezel ? halo_setting(model.bezel->cup, model.bezel->stone, stone, group.count)
                                 : halo_setting(model.heads[0], stone, group.count, shank_outer);
  for (PlacedStone& placed : halo.stones) placed.id = group.id;
  auto add = [&](const std::vector<Capsule>& capsules, CapsuleRole::Kind kind) {
    for (const Capsule& capsule : capsules) add_capsule(model, capsule, kind);
  };
  add(halo.frame, CapsuleRole::Kind::halo_frame);
  add(halo.beads, CapsuleRole::Kind::halo_bead);
  add(halo.ties, CapsuleRole::Kind::halo_tie);
  model.metal.seats.insert(model.metal.seats.end(), halo.seats.begin(), halo.seats.end());
  model.halo = std::move(halo);
  model.halo_id = group.id;
}

void add_halos(PieceModel& model, const spec::Piece& piece) {
  for (const spec::StoneGroup& group : piece.stones)
    if (group.role == "halo" && group.placement.kind == spec::Placement::Kind::around) add_halo(model, group);
}

RowSetting row_setting(const spec::StoneGroup& group) {
  return group.setting.type == "channel" ? RowSetting::channel : RowSetting::pave;
}

// What a row along the shank keeps clear of: the parts placed before it (a bezel's cup as upright
// lines round its wall and across its inside, half a row stone apart: bezel_keep_clear).
std::vector<Capsule> row_keep_clear(const PieceModel& model, const Stone& row_stone) {
  std::vector<Capsule> out = model.metal.capsules;
  if (model.bezel) {
    const std::vector<Capsule> wall = bezel_keep_clear(model.bezel->cup, 0.5 * row_stone.width_mm);
    out.insert(out.end(), wall.begin(), wall.end());
  }
  return out;
}

// A row of stones along the shank, clear of everything placed before it.
void add_pave_row(PieceModel& model, const spec::StoneGroup& group) {
  const Stone stone = stone_of(group);
  PaveRow row = pave_row(stone, group.count, group.placement.from_deg, group.placement.to_deg, *model.band, row_keep_clear(model, stone),
                         model.metal.seats, row_setting(group));
  row.id = group.id;
  for (PlacedStone& placed : row.stones) placed.id = group.id;
  const uint32_t index = uint32_t(model.pave_rows.size());
  model.metal.capsules.insert(model.metal.capsules.end(), row.beads.begin(), row.beads.end());
  for (size_t i = 0; i < row.beads.size(); ++i) model.capsule_roles.push_back({CapsuleRole::Kind::pave_bead, index, -1});
  model.metal.seats.insert(model.metal.seats.end(), row.seats.begin(), row.seats.end());
  model.pave_rows.push_back(std::move(row));
}

bool in_prong_head(const spec::StoneGroup& group, const char* role) {
  return group.placement.kind == spec::Placement::Kind::head && group.setting.type == "prong" && group.role == role;
}

// A centre stone in its bezel cup, a ring's or a pendant's: the cup added to the metal, a faceted
// stone's seat cut from it.
const BezelSetting& add_bezel(PieceModel& model, const spec::StoneGroup& group, BezelSetting setting) {
  setting.stone.id = group.id;
  model.metal.bezels.push_back(setting.cup);
  if (setting.seat) model.metal.seats.push_back(*setting.seat);
  model.bezel = std::move(setting);
  return *model.bezel;
}

// A pearl on its peg in its cup (pearl.hpp).
const PearlSetting& add_pearl(PieceModel& model, const spec::StoneGroup& group, PearlSetting setting) {
  setting.stone.id = group.id;
  model.metal.pearl_cups.push_back(setting.cup);
  add_capsule(model, setting.peg, CapsuleRole::Kind::peg);
  model.pearl = std::move(setting);
  return *model.pearl;
}

void add_stones(PieceModel& model, const spec::Piece& piece, const BandShape& band) {
  for (const spec::StoneGroup& group : piece.stones) {
    if (group.role == "center" && group.placement.kind == spec::Placement::Kind::head && group.setting.type == "bezel") {
      add_bezel(model, group, ring_bezel(stone_of(group), group.cut == "cabochon", band));  // a halo round it, nothing beside it yet
      add_halos(model, piece);
      return;
    }
    if (group.role == "center" && group.placement.kind == spec::Placement::Kind::head && group.setting.type == "peg") {
      add_pearl(model, group, ring_pearl(stone_of(group), band));  // nothing beside it yet
      return;
    }
  }
  // The centre head on top; each side group after it is a pair, one head either side, placed just
  // clear of the head before it (three-stone, five-stone).
  for (const spec::StoneGroup& group : piece.stones) {
    if (!in_prong_head(group, "center")) continue;
    add_head(model, head_for(group, band));
    break;
  }
  if (model.heads.empty()) return;
  // A halo goes round the centre head, before any side heads are laid out (they clear it).
  add_halos(model, piece);
  ProngHead previous = model.heads.front();
  double inner_angle = 0.0;
  std::optional<PlacedParts> halo;  // what the side heads clear besides the heads: copied once there are any
  for (const spec::StoneGroup& group : piece.stones) {
    if (!in_prong_head(group, "side")) continue;
    if (!halo) halo = model.halo ? halo_parts(*model.halo) : PlacedParts{};
    const ProngHead at_top = head_for(group, band);
    const double angle = side_head_angle(previous, inner_angle, at_top, *halo);
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
}

// A halo pendant's top edge: the frame's highest point.
BailAnchor halo_anchor(const HaloSetting& halo, double back_z, bool solid_back) {
  const Capsule* top = &halo.frame.front();
  for (const Capsule& c : halo.frame)
    if (c.a.y > top->a.y) top = &c;
  return {top->a.y + top->radius_mm, top->a.z, back_z, solid_back};
}

// A basket pendant's top edge: the halo frame's top, or else a stem up from the gallery rail's
// highest point to just past the girdle, where the bail can stand clear of the stone.
BailAnchor basket_anchor(PieceModel& model, const PendantBasket& basket) {
  const double back_z = basket.base.a.z - basket.base.radius_mm;
  if (model.halo) return halo_anchor(*model.halo, back_z, false);
  glm::dvec3 from = basket.head.rails.front().a;
  for (const Capsule& rail : basket.head.rails)
    for (const glm::dvec3& p : {rail.a, rail.b, 0.5 * (rail.a + rail.b)})
      if (p.y > from.y) from = p;
  const PlacedStone& stone = basket.head.stone;
  const double girdle_top_y = stone.placement.apply(girdle_point(stone.stone, {1.0, 0.0, 0.0})).y;
  const double wire_radius = kBailWireMm / 2;
  const Capsule stem{{0.0, from.y, from.z}, {0.0, girdle_top_y + wire_radius + kBailClearOfGirdleMm, from.z}, wire_radius};
  add_capsule(model, stem, CapsuleRole::Kind::bail);
  return {stem.b.y + wire_radius, stem.b.z, back_z, false};
}

// Text on a closed back, cast unless a laser must cut it (as on a ring).
void add_back_engravings(PieceModel& model, const spec::Piece& piece) {
  for (const spec::Engraving& engraving : piece.engraving)
    if (engraving.location == "back" && engraving_plan(engraving, catalog::kMinCastEngravingLineMm).method == EngravingMethod::cast)
      model.metal.engravings.push_back(engraving_field(engraving, *engraving_frame_of(model, engraving)));
}

// A pendant: its centre stone in a bezel cup or a prong basket (with a halo round it if the spec
// has one), the bail above it or hidden behind it.
PieceModel pendant_model(const spec::Piece& piece) {
  PieceModel model;
  BailAnchor anchor;
  for (const spec::StoneGroup& group : piece.stones) {
    if (group.role != "center") continue;
    if (group.setting.type == "peg") {
      // Hung under the bail: the cup on top, the loop standing on its crown.
      const PearlSetting& setting = add_pearl(model, group, pearl_setting(stone_of(group), {0.0, 1.0, 0.0}));
      anchor = {setting.cup.centre.y + setting.cup.outer_mm, 0.0, -setting.cup.inner_mm, false};
      break;
    }
    if (group.setting.type == "bezel") {
      // Text on the back closes it: the text is cut into (or stands on) the floor's underside.
      const bool engraved_back = piece.engraved_on_back();
      const std::optional<double> closed_floor = engraved_back ? std::optional(closed_back_floor_mm(piece)) : std::nullopt;
      anchor = bail_anchor(add_bezel(model, group, pendant_setting(stone_of(group), group.cut == "cabochon", closed_floor)));
      if (engraved_back) add_back_engravings(model, piece);
      add_halos(model, piece);
      if (model.halo) anchor = halo_anchor(*model.halo, anchor.back_z_mm, true);
      break;
    }
    PendantBasket basket = pendant_basket(stone_of(group), group.setting.prongs, group.setting.prong_diameter_mm);
    basket.head.stone.id = group.id;
    add_head(model, basket.head);
    add_capsule(model, basket.base, CapsuleRole::Kind::base);
    for (const spec::StoneGroup& halo : piece.stones)
      if (halo.role == "halo" && halo.placement.kind == spec::Placement::Kind::around) add_halo(model, halo);
    anchor = basket_anchor(model, basket);
    break;
  }
  if (model.heads.empty() && !model.bezel && !model.pearl) return model;
  PendantBail bail = pendant_bail(piece.pendant ? piece.pendant->bail : "fixed", anchor);
  model.metal.tori.push_back(bail.loop);
  if (bail.bar) add_capsule(model, *bail.bar, CapsuleRole::Kind::bail);
  model.bail = std::move(bail);
  return model;
}

// One stud earring: its centre stone in a prong basket on a post, or a pearl on a peg in a cup,
// the post behind the cup.
PieceModel stud_model(const spec::Piece& piece) {
  PieceModel model;
  for (const spec::StoneGroup& group : piece.stones) {
    if (group.role != "center") continue;
    if (group.setting.type == "peg") {
      const PearlSetting& setting = add_pearl(model, group, pearl_setting(stone_of(group), {0.0, 0.0, -1.0}));
      const PearlCup& cup = setting.cup;
      const Capsule post{cup.axis * (cup.inner_mm + kPearlCupWallMm / 2), cup.axis * (cup.outer_mm + kPostLengthMm),
                         piece.earrings->post_diameter_mm / 2};
      add_capsule(model, post, CapsuleRole::Kind::post);
      model.post = post;
      break;
    }
    StudSetting stud = stud_setting(stone_of(group), group.setting.prongs, group.setting.prong_diameter_mm,
                                    piece.earrings->post_diameter_mm);  // filled in by the parser for earrings
    stud.head.stone.id = group.id;
    add_head(model, std::move(stud.head));
    model.metal.capsules.push_back(stud.post);
    model.capsule_roles.push_back({CapsuleRole::Kind::post, 0, -1});
    model.post = stud.post;
    break;
  }
  return model;
}

NearField near_field(const PartGrid& grid) {
  return [&grid](const glm::dvec3& centre, double radius) -> DistanceField {
    return [&metal = grid.metal(), parts = grid.nearby(centre, radius)](const glm::dvec3& p) { return metal.distance(p, parts); };
  };
}

DistanceField whole_field(const PartGrid& grid) {
  return [&grid](const glm::dvec3& p) { return grid.distance(p); };
}

}  // namespace

PieceModel piece_model(const spec::Piece& piece) {
  if (piece.type == "pendant") return pendant_model(piece);
  if (piece.type == "earrings") return stud_model(piece);
  PieceModel model;
  if (!piece.size || !piece.shank) return model;
  BandShape band = band_shape(*piece.shank, piece.size->circumference_mm);
  if (piece.signet) {
    // The block on top, the shank under it a little lower so that the face stays flat.
    model.signet = signet_head(*piece.signet, band);
    model.metal.signets.push_back(*model.signet);
    model.metal.bore_radius_mm = band.inner_radius_mm();
    band = signet_shank(band);
  }
  model.band = band;
  model.metal.bands.push_back({band});
  add_stones(model, piece, band);
  for (const spec::StoneGroup& group : piece.stones)
    if (group.placement.kind == spec::Placement::Kind::along_shank) add_pave_row(model, group);
  // Text fine enough to need a laser is left to the laser; the rest is cast in the metal.
  for (const spec::Engraving& engraving : piece.engraving) {
    if (engraving.location == "back") continue;
    if (engraving_plan(engraving, catalog::kMinCastEngravingLineMm).method == EngravingMethod::cast)
      model.metal.engravings.push_back(engraving_field(engraving, band, model.plain_band(), model.signet_face()));
  }
  return model;
}

std::optional<EngravingFrame> engraving_frame_of(const PieceModel& model, const spec::Engraving& engraving) {
  if (engraving.location == "back")
    return model.bezel && model.bezel->cup.closed_back ? std::optional(flat_engraving_frame(back_face(model.bezel->cup))) : std::nullopt;
  if (!model.band) return std::nullopt;
  return engraving_frame(engraving, *model.band, model.plain_band(), model.signet_face());
}

int pave_row_capacity(const spec::Piece& piece, const spec::StoneGroup& group) {
  spec::Piece without_rows = piece;
  std::erase_if(without_rows.stones, [](const spec::StoneGroup& g) { return g.placement.kind == spec::Placement::Kind::along_shank; });
  const PieceModel model = piece_model(without_rows);
  if (!model.band || !catalog::find_cut(group.cut)) return 0;
  const Stone stone = stone_of(group);
  return pave_capacity(stone, group.placement.from_deg, group.placement.to_deg, *model.band, row_keep_clear(model, stone),
                       model.metal.seats, row_setting(group));
}

int halo_capacity(const spec::Piece& piece, const spec::StoneGroup& group) {
  spec::Piece centre_only = piece;
  std::erase_if(centre_only.stones, [](const spec::StoneGroup& g) { return g.role != "center"; });
  const PieceModel model = piece_model(centre_only);
  if ((!model.bezel && model.heads.empty()) || !catalog::find_cut(group.cut)) return 0;
  const Stone stone = stone_of(group);
  auto fits = [&](int count) {
    const HaloSetting halo = model.bezel ? halo_setting(model.bezel->cup, model.bezel->stone, stone, count)
                                         : halo_setting(model.heads[0], stone, count, 0.0);
    return halo.stone_gap_mm >= kHaloFillGapMm;
  };
  // The gap narrows as stones are added: the most that keep it, by halving.
  constexpr int kMost = 64;
  if (!fits(3)) return 0;
  int keeps = 3, crowds = kMost + 1;
  while (crowds - keeps > 1) {
    const int middle = (keeps + crowds) / 2;
    (fits(middle) ? keeps : crowds) = middle;
  }
  return keeps;
}

constexpr int kRefineUntanglePasses = 3;

Mesh production_metal(const PieceModel& model, ContourStats* stats) {
  if (model.plain_band() && model.band && model.metal.engravings.empty())
    return build_band(*model.band, kProductionSampling);  // exact sweep
  const PartGrid grid(model.metal);
  const NearField near = near_field(grid);
  const DistanceField field = whole_field(grid);
  Mesh mesh = simplify(dual_contour(field, model.metal.bounds(), {kProductionCellMm}, stats, &near), {.tolerance_mm = kProductionSimplifyToleranceMm});
  // Where a chord still cuts across a crease, or a fitted vertex missed the surface (refine.hpp).
  refine_to_surface(mesh, field, {}, nullptr, &near);
  UntangleStats untangled;
  untangle(mesh, &untangled);  // the folds the mesher leaves where sharp features meet (untangle.hpp)
  // Untangling smooths vertices off the surface (by up to 0.03 mm on a cast engraving's letters):
  // refined again around them. A split refine takes back can leave a pair too close to call, which
  // the next untangle settles, moving vertices again: round until none moves, three times at most
  // (the halo pendant with a hinged bail takes two).
  for (int pass = 0; pass < kRefineUntanglePasses && !untangled.moved.empty(); ++pass) {
    refine_around(mesh, field, std::move(untangled.moved), {}, nullptr, &near);
    untangled = {};
    untangle(mesh, &untangled);
  }
  return mesh;
}

Mesh preview_metal(const PieceModel& model) {
  // A pendant's cup or basket, halo and bail as separate shells, like a ring's parts; the seat is
  // under the stone.
  if (model.bail) {
    Mesh mesh;
    if (model.bezel) mesh = bezel_preview_mesh(model.bezel->cup, 128);
    if (model.pearl) mesh = pearl_cup_mesh(model.pearl->cup, 64);
    append(mesh, torus_mesh(model.bail->loop, 48, 16));
    for (size_t i = 0; i < model.metal.capsules.size(); ++i) {
      const CapsuleRole::Kind kind = model.capsule_roles[i].kind;
      const bool fine = kind == CapsuleRole::Kind::prong || kind == CapsuleRole::Kind::rail || kind == CapsuleRole::Kind::base ||
                        kind == CapsuleRole::Kind::bail || kind == CapsuleRole::Kind::peg;
      append(mesh, capsule_mesh(model.metal.capsules[i], fine ? 16 : 8));
    }
    return mesh;
  }
  Mesh mesh;
  // A channel row's slot is swept into the band (the first such row's; one is what a ring has).
  const BandChannel* channel = nullptr;
  for (const PaveRow& row : model.pave_rows)
    if (row.channel && channel == nullptr) channel = &*row.channel;
  if (model.band) mesh = build_band(*model.band, kPreviewSampling, channel);
  if (model.signet) append(mesh, signet_preview_mesh(*model.signet, kSignetPreviewSegments));
  if (model.bezel) append(mesh, bezel_preview_mesh(model.bezel->cup, 128));
  for (const ProngHead& head : model.heads) {
    for (const Capsule& c : head.prongs) append(mesh, capsule_mesh(c, 16));
    for (const Capsule& c : head.legs) append(mesh, capsule_mesh(c, 16));
    for (const Capsule& c : head.rails) append(mesh, capsule_mesh(c, 16));
  }
  if (model.post) append(mesh, capsule_mesh(*model.post, 16));
  if (model.pearl) append(mesh, pearl_cup_mesh(model.pearl->cup, 64)), append(mesh, capsule_mesh(model.pearl->peg, 16));
  // The halo's parts as separate shells, like the head's; its seats are not cut in the preview.
  if (model.halo) {
    for (const Capsule& c : model.halo->frame) append(mesh, capsule_mesh(c, 12));
    for (const Capsule& c : model.halo->beads) append(mesh, capsule_mesh(c, 8));
    for (const Capsule& c : model.halo->ties) append(mesh, capsule_mesh(c, 8));
  }
  for (const PaveRow& row : model.pave_rows)
    for (const Capsule& c : row.beads) append(mesh, capsule_mesh(c, 8));
  return mesh;
}

}  // namespace facet::geometry
