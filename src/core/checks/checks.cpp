#include "core/checks/checks.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "core/catalog/casting_limits.hpp"
#include "core/geometry/head_layout.hpp"
#include "core/geometry/wall_thickness.hpp"
#include "core/report/report.hpp"

namespace facet::checks {
namespace {

using geometry::CapsuleRole;
using report::round_to_places;

// Surface samples for the wall check: one per cube of this size (about 8,000 on a solitaire), and
// walls measured up to this thickness (thicker is thick enough for any rule here).
constexpr double kWallSpacingMm = 0.3;
constexpr double kWallCapMm = 3.0;

std::string mm(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f mm", value);
  return text;
}

// A rule of the form "at least": below `fail_below` fails, below `warn_below` warns.
Check at_least(std::string rule, std::string what, double value, double fail_below, double warn_below, Where where) {
  Check check{std::move(rule), Status::pass, value, warn_below, "mm", std::move(where), ""};
  if (value < fail_below) check.status = Status::fail, check.limit = fail_below;
  else if (value < warn_below) check.status = Status::warn;
  const char* verdict = check.status == Status::fail ? ": casting needs at least " : check.status == Status::warn ? ": recommended at least " : ", at least ";
  check.message = what + " " + mm(value) + verdict + mm(check.limit);
  return check;
}

// The shank: thinnest at the bottom or at the top, and under a head what a setter recommends.
void shank_checks(const geometry::BandShape& band, bool has_head, const catalog::CastingLimits& limits, std::vector<Check>& out) {
  const double inner = band.inner_radius_mm();
  const bool top_thinner = band.top_thickness_mm < band.thickness_mm;
  const double thinnest = std::min(band.thickness_mm, band.top_thickness_mm);
  const Where where{"shank", -1, "", {0.0, (top_thinner ? 1 : -1) * (inner + thinnest / 2), 0.0}};
  out.push_back(at_least("shank_thickness", "shank thickness", thinnest, limits.min_shank_thickness_mm, limits.min_shank_thickness_mm, where));
  if (has_head) {
    const Where top{"shank", -1, "", {0.0, inner + band.top_thickness_mm / 2, 0.0}};
    out.push_back(at_least("shank_under_head", "shank thickness under the head", band.top_thickness_mm, limits.min_shank_thickness_mm,
                           limits.head_shank_thickness_mm, top));
  }
}

// Which part a surface point belongs to: the added part nearest to it.
Where part_at(const geometry::PieceModel& model, const glm::dvec3& p) {
  double best = std::numeric_limits<double>::max();
  Where where{"shank", -1, "", p};
  for (const geometry::BandField& band : model.metal.bands) best = std::min(best, band.distance(p));
  for (size_t i = 0; i < model.metal.capsules.size(); ++i) {
    const double d = geometry::capsule_distance(model.metal.capsules[i], p);
    if (d >= best) continue;
    best = d;
    const CapsuleRole& role = model.capsule_roles[i];
    const bool head_part = role.kind == CapsuleRole::Kind::prong || role.kind == CapsuleRole::Kind::rail;
    where = {std::string(role.part_name()), role.prong, head_part ? model.heads[role.head].stone.label() : role.group(model), p};
  }
  if (model.signet && model.signet->distance(p) < best) where = {"signet", -1, "", p};
  if (model.bezel) {
    const double bezel = model.bezel->cup.distance(p);
    if (bezel < best) best = bezel, where = {"bezel", -1, model.bezel->stone.id, p};
  }
  if (model.pearl) {
    const double cup = model.pearl->cup.distance(p);
    if (cup < best) best = cup, where = {"cup", -1, model.pearl->stone.id, p};
  }
  if (model.bail && geometry::torus_distance(model.bail->loop, p) < best)  // the centre stone's: in a bezel, a cup or a basket
    where = {"bail", -1, model.centre_id(), p};
  return where;
}

// A plain band is one profile swept around, changing steadily from the bottom (-Y) to the top
// (+Y): its thinnest wall lies in the sections through the top and the bottom. Only the faces
// within kBandSectionMm of that plane are sampled: the same minimum at a thirtieth of the rays,
// which matters because a band's report is rebuilt on every slider step.
constexpr double kBandSectionMm = 0.5;
geometry::Mesh band_sections(const geometry::Mesh& band) {
  geometry::Mesh out;
  out.positions = band.positions;
  for (size_t t = 0; t < band.triangle_count(); ++t) {
    const uint32_t* tri = &band.indices[3 * t];
    const double x = (band.positions[tri[0]].x + band.positions[tri[1]].x + band.positions[tri[2]].x) / 3;
    if (std::fabs(x) < kBandSectionMm) out.indices.insert(out.indices.end(), tri, tri + 3);
  }
  return out;
}

// A point on a cast letter's floor, sides or top: lettering is held to its own rules (line width
// and depth, engraving_checks), a letter's sides are not walls of the piece.
bool on_lettering(const geometry::MetalModel& metal, const glm::dvec3& p) {
  constexpr double kOnLetteringMm = 0.02;
  return std::any_of(metal.engravings.begin(), metal.engravings.end(),
                     [&](const geometry::EngravingField& e) { return std::fabs(e.distance(p)) < kOnLetteringMm; });
}

// The thinnest wall of the body (shank, fillets) and of the wires (prongs, rails), measured on
// the production mesh's surface.
void wall_checks(const geometry::PieceModel& model, const geometry::Mesh& metal, const catalog::CastingLimits& limits,
                 std::vector<Check>& out) {
  struct Thinnest {
    double mm = std::numeric_limits<double>::max();
    Where where;
  } body, wire;
  geometry::Mesh sections;
  if (model.plain_band()) sections = band_sections(metal);
  const geometry::Mesh& sampled = model.plain_band() ? sections : metal;
  for (const geometry::WallSample& s : geometry::wall_thickness(sampled, model.metal, kWallSpacingMm, kWallCapMm)) {
    if (on_lettering(model.metal, s.position)) continue;
    Where where = part_at(model, s.position);
    Thinnest& into = where.part == "shank" || where.part == "bezel" || where.part == "signet" ? body : wire;
    if (s.thickness_mm < into.mm) into = {s.thickness_mm, std::move(where)};
  }
  // Measured on a mesh within 0.01 mm of the model: judged in hundredths, as reported.
  body.mm = round_to_places(body.mm, 2), wire.mm = round_to_places(wire.mm, 2);
  if (body.mm <= kWallCapMm)
    out.push_back(at_least("wall_thickness", "thinnest wall", body.mm, limits.min_wall_mm, limits.min_wall_mm, body.where));
  if (wire.mm <= kWallCapMm)
    out.push_back(at_least("wire_thickness", "thinnest wire (" + wire.where.part + ")", wire.mm, limits.min_wire_mm, limits.min_wire_mm, wire.where));
}

// A ring's stone, prong-set or in a bezel: how far its culet (a cabochon's base) stays off the finger.
void culet_check(const geometry::PlacedStone& stone, const geometry::BandShape& band, const catalog::CastingLimits& limits,
                 std::vector<Check>& out) {
  const glm::dvec3 culet = stone.placement.apply({0.0, 0.0, stone.stone.culet_z_mm});
  const double clearance = std::sqrt(culet.x * culet.x + culet.y * culet.y) - band.inner_radius_mm();
  out.push_back(at_least("culet_clearance", "culet to finger", clearance, limits.min_culet_clearance_mm, limits.min_culet_clearance_mm,
                         {"culet", -1, stone.label(), culet}));
}

// `band`: the ring's shank, which the culet must clear; none on a stud.
void head_checks(const geometry::ProngHead& head, bool centre, const geometry::BandShape* band, const catalog::CastingLimits& limits,
                 std::vector<Check>& out) {
  const std::string id = head.stone.label();
  const geometry::Placement3& place = head.stone.placement;
  const size_t prongs = head.prongs.size() / 2;
  if (prongs == 0) return;
  const double dp = 2 * head.prongs[0].radius_mm;
  const glm::dvec3 first_girdle = head.prongs[0].b;
  // The recommended size is for a centre stone; side stones only need what casts.
  const double recommended = centre ? limits.centre_prong_mm : limits.min_prong_mm;
  out.push_back(at_least("prong_diameter", "prong diameter", dp, limits.min_prong_mm, recommended, {"prong", 0, id, first_girdle}));

  // Grip: how far each prong's inner edge reaches over the girdle, at the girdle.
  double grip = std::numeric_limits<double>::max();
  Where grip_where;
  for (size_t i = 0; i < prongs; ++i) {
    const glm::dvec3 girdle = head.prongs[2 * i].b;
    const glm::dvec3 local = glm::transpose(place.rotation) * (girdle - place.position);
    const double across = std::sqrt(local.x * local.x + local.y * local.y);
    const glm::dvec3 direction(local.x / across, local.y / across, 0.0);
    const double g = geometry::girdle_reach(head.stone.stone, direction) - (across - dp / 2);
    if (g < grip) grip = g, grip_where = {"prong", int(i), id, girdle};
  }
  out.push_back(at_least("prong_grip", "prong grip over the girdle", grip, limits.min_grip_mm, limits.min_grip_mm, grip_where));

  // The seat's notch in the prong: the grip plus the clearance, as a fraction of the prong.
  const double notch = (grip + geometry::kSeatClearanceMm) / dp;
  Check seat{"seat_depth", notch > limits.max_seat_depth_fraction ? Status::warn : Status::pass, round_to_places(notch, 3),
             limits.max_seat_depth_fraction, "fraction", grip_where, ""};
  seat.where.part = "seat";
  seat.message = "seat cut " + std::to_string(int(std::lround(notch * 100))) + "% into the prong" +
                 (seat.status == Status::pass ? ", at most 25%" : ": weakens the prong past 25%");
  out.push_back(seat);

  // Openings between neighbouring claws, above the girdle.
  if (prongs > 1) {
    double gap = std::numeric_limits<double>::max();
    Where gap_where;
    for (size_t i = 0; i < prongs; ++i) {
      glm::dvec3 at;
      const double g = geometry::capsule_gap(head.prongs[2 * i + 1], head.prongs[2 * ((i + 1) % prongs) + 1], at);
      if (g < gap) gap = g, gap_where = {"prong", int(i), id, at};
    }
    out.push_back(at_least("prong_gap", "gap between claws", gap, limits.min_gap_mm, limits.min_gap_mm, gap_where));
  }

  if (band) culet_check(head.stone, *band, limits, out);
}

// Neighbouring heads (three-stone): the claws of one and the next, and the stones themselves.
void between_heads(const std::vector<geometry::ProngHead>& heads, const catalog::CastingLimits& limits, std::vector<Check>& out) {
  for (size_t i = 0; i < heads.size(); ++i) {
    for (size_t j = i + 1; j < heads.size(); ++j) {
      const geometry::HeadClearance c = geometry::head_clearance(heads[i], heads[j]);
      const std::string between = heads[i].stone.label();
      out.push_back(at_least("prong_gap", "gap between the claws and rails of two heads", c.claw_gap_mm, limits.min_gap_mm, limits.min_gap_mm,
                             {"prong", -1, between, c.claw_at}));
      out.push_back(at_least("stone_gap", "gap between stones", c.stone_gap_mm, catalog::kMinStoneGapMm, catalog::kMinStoneGapMm,
                             {"stone", -1, between, c.stone_at}));
    }
  }
}

// A halo: its stones apart from each other, its beads over their girdles, and the side heads
// beside it (heads[1] on) clear of its stones and metal.
void halo_checks(const geometry::PieceModel& model, const catalog::CastingLimits& limits, std::vector<Check>& out) {
  const geometry::HaloSetting& halo = *model.halo;
  out.push_back(at_least("stone_gap", "gap between halo stones", halo.stone_gap_mm, catalog::kMinStoneGapMm, catalog::kMinStoneGapMm,
                         {"stone", -1, model.halo_id, halo.stone_gap_at}));
  const glm::dvec3 bead = halo.beads.empty() ? glm::dvec3(0.0) : halo.beads.front().a;
  out.push_back(at_least("bead_grip", "bead grip over the girdle", halo.bead_grip_mm, limits.min_grip_mm, limits.min_grip_mm,
                         {"bead", -1, model.halo_id, bead}));
  if (model.heads.size() < 2) return;
  const geometry::PlacedParts parts = geometry::halo_parts(halo);
  for (size_t i = 1; i < model.heads.size(); ++i) {
    const geometry::HeadClearance c = geometry::head_clearance(model.heads[i], parts);
    const std::string side = model.heads[i].stone.label();
    out.push_back(at_least("prong_gap", "gap between a side head's claws and the halo", c.claw_gap_mm, limits.min_gap_mm, limits.min_gap_mm,
                           {"prong", -1, side, c.claw_at}));
    // Stone to stone, or a stone to the other's metal (a side stone over the frame), the nearer.
    const bool to_metal = c.stone_to_metal_mm < c.stone_gap_mm;
    out.push_back(at_least("stone_gap", "gap between a side stone and the halo", to_metal ? c.stone_to_metal_mm : c.stone_gap_mm,
                           catalog::kMinStoneGapMm, catalog::kMinStoneGapMm, {"stone", -1, side, to_metal ? c.stone_metal_at : c.stone_at}));
  }
}

// A pavé row: it found room on the band, its stones stand apart, and its beads hold them.
void pave_checks(const geometry::PaveRow& row, const catalog::CastingLimits& limits, std::vector<Check>& out) {
  if (int(row.stones.size()) < row.requested) {
    out.push_back({"pave_arc", Status::fail, double(row.stones.size()), double(row.requested), "stones", {"stone", -1, row.id, glm::dvec3(0.0)},
                   "the " + row.id + " row has no room on its arc: the head covers it (a row can start " +
                       std::to_string(int(std::ceil(row.head_clear_deg))) +
                       " degrees from the top at the nearest)"});
    return;
  }
  if (row.stones.size() >= 2)
    out.push_back(at_least("stone_gap", "gap between " + row.id + " stones", row.stone_gap_mm, catalog::kMinStoneGapMm,
                           catalog::kMinStoneGapMm, {"stone", -1, row.id, row.stone_gap_at}));
  if (!row.beads.empty())
    out.push_back(at_least("bead_grip", "bead grip over the girdle", row.bead_grip_mm, limits.min_grip_mm, limits.min_grip_mm,
                           {"bead", -1, row.id, row.bead_grip_at}));
  // A channel's rails are walls: what is left beside each girdle's groove.
  if (row.setting == geometry::RowSetting::channel && !row.stones.empty())
    out.push_back(at_least("channel_rail", "channel rail beside the " + row.id + " girdles", row.rail_width_mm, limits.min_wall_mm,
                           limits.min_wall_mm, {"channel_wall", -1, row.id, row.rail_at}));
}

// Engraving: text a casting holds is cast (and must be deep enough to survive polishing); finer
// text is cut by laser after polishing, which the message says, so the factory plans for it.
void engraving_checks(const spec::Piece& piece, const geometry::PieceModel& model, std::vector<Check>& out) {
  for (size_t i = 0; i < piece.engraving.size(); ++i) {
    const spec::Engraving& e = piece.engraving[i];
    const std::optional<geometry::EngravingFrame> frame = geometry::engraving_frame_of(model, e);
    if (!frame) continue;
    const Where where{"engraving", int(i), "", frame->centre_point()};
    const geometry::EngravingPlan plan = geometry::engraving_plan(e, catalog::kMinCastEngravingLineMm);
    const std::string what = "engraving \"" + e.text + "\"";
    if (plan.method == geometry::EngravingMethod::laser) {
      out.push_back({"engraving_line_width", Status::pass, plan.line_width_mm, catalog::kMinCastEngravingLineMm, "mm", where,
                     what + " has lines " + mm(plan.line_width_mm) + " wide, finer than the " + mm(catalog::kMinCastEngravingLineMm) +
                         " a casting holds: it is left off the model, to be cut by laser after polishing"});
      continue;
    }
    Check line = at_least("engraving_line_width", what + " line width", plan.line_width_mm, catalog::kMinCastEngravingLineMm,
                          catalog::kMinCastEngravingLineMm, where);
    line.message += ": cast in the model";
    out.push_back(line);
    out.push_back(at_least("engraving_depth", what + " depth", e.depth_mm, catalog::kMinCastEngravingDepthMm,
                           catalog::kCastEngravingDepthMm, where));
  }
}

bool worse(const Check& a, const Check& b) {
  if (a.status != b.status) return int(a.status) > int(b.status);
  return a.unit == "fraction" ? a.value > b.value : a.value < b.value;  // fractions are "at most"
}

// One line per rule, as the panel lists them: where several heads are judged by a rule, the worst.
void keep_worst_per_rule(const std::vector<Check>& all, std::vector<Check>& out) {
  const size_t first = out.size();
  for (const Check& check : all) {
    auto same = std::find_if(out.begin() + long(first), out.end(), [&](const Check& c) { return c.rule == check.rule; });
    if (same == out.end()) out.push_back(check);
    else if (worse(check, *same)) *same = check;
  }
}

}  // namespace

Tally tally(const std::vector<Check>& checks) {
  Tally out;
  for (const Check& c : checks) out.failed += c.status == Status::fail, out.warned += c.status == Status::warn;
  return out;
}

std::string_view status_name(Status status) {
  switch (status) {
    case Status::pass: return "pass";
    case Status::warn: return "warn";
    case Status::fail: return "fail";
  }
  return "fail";
}

std::vector<Check> run_checks(const spec::Piece& piece, const geometry::PieceModel& model, const geometry::Mesh& metal) {
  std::vector<Check> out;
  const catalog::Alloy* alloy = catalog::find_alloy(piece.metal.alloy);
  const catalog::CastingLimits limits = catalog::casting_limits(alloy ? alloy->family : catalog::MetalFamily::gold);
  if (model.band) shank_checks(*model.band, !model.heads.empty() || model.bezel || model.pearl, limits, out);
  if (!metal.positions.empty()) wall_checks(model, metal, limits, out);
  std::vector<Check> heads;
  for (const geometry::ProngHead& head : model.heads) {
    const bool centre = std::any_of(piece.stones.begin(), piece.stones.end(),
                                    [&](const spec::StoneGroup& g) { return g.id == head.stone.id && g.role == "center"; });
    head_checks(head, centre, model.band ? &*model.band : nullptr, limits, heads);
  }
  if (model.bezel && model.band) culet_check(model.bezel->stone, *model.band, limits, heads);
  if (model.pearl && model.band) culet_check(model.pearl->stone, *model.band, limits, heads);  // the pearl's lowest point
  between_heads(model.heads, limits, heads);
  if (model.halo) halo_checks(model, limits, heads);
  for (const geometry::PaveRow& row : model.pave_rows) pave_checks(row, limits, heads);
  keep_worst_per_rule(heads, out);
  std::vector<Check> engraving;
  engraving_checks(piece, model, engraving);
  keep_worst_per_rule(engraving, out);
  return out;
}

spec::Json checks_json(const std::vector<Check>& checks) {
  spec::Json out = spec::Json::array();
  for (const Check& check : checks) {
    spec::Json where = {{"part", check.where.part},
                        {"position_mm",
                         {round_to_places(check.where.position_mm.x, 2), round_to_places(check.where.position_mm.y, 2),
                          round_to_places(check.where.position_mm.z, 2)}}};
    if (check.where.index >= 0) where["index"] = check.where.index;
    if (!check.where.stone.empty()) where["stone"] = check.where.stone;
    out.push_back({{"rule", check.rule},
                   {"status", std::string(status_name(check.status))},
                   {"value", round_to_places(check.value, 3)},
                   {"limit", check.limit},
                   {"unit", check.unit},
                   {"where", where},
                   {"message", check.message}});
  }
  return out;
}

}  // namespace facet::checks
