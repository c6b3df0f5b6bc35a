#include "core/facet_core.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/catalog/gems.hpp"
#include "core/catalog/metals.hpp"
#include "core/geometry/band.hpp"
#include "core/geometry/bezel_setting.hpp"
#include "core/geometry/piece_model.hpp"
#include "core/pricing/quote.hpp"
#include "core/report/report.hpp"

namespace facet {

namespace {

// A stone group this version can set: a centre stone, or a pair of side stones beside it, each in
// its own prong head, of a cut with facet planes (the seat is cut with them).
bool faceted_convex(const spec::StoneGroup& group) { return group.cut != "heart" && group.cut != "cabochon" && group.cut != "bead"; }

bool buildable_head(const spec::StoneGroup& group) {
  const bool shape = (group.role == "center" && group.count == 1) || (group.role == "side" && group.count == 2);
  return shape && group.placement.kind == spec::Placement::Kind::head && group.setting.type == "prong" && group.setting.prongs >= 3 &&
         faceted_convex(group);
}

// A halo of round stones, bead-set (pavé) around the centre stone.
bool buildable_halo(const spec::StoneGroup& group) {
  return group.role == "halo" && group.placement.kind == spec::Placement::Kind::around && group.cut == "round" && group.count >= 3 &&
         (group.setting.type == "pave" || group.setting.type == "bead");
}

// A row of round stones along the shank, bead-set (pavé) into the band's top, or of round or
// princess stones in a channel.
bool buildable_pave_row(const spec::StoneGroup& group) {
  if (group.placement.kind != spec::Placement::Kind::along_shank) return false;
  if (group.setting.type == "channel") return group.cut == "round" || group.cut == "princess";
  return group.cut == "round" && (group.setting.type == "pave" || group.setting.type == "bead");
}

const std::string kLater = " not built yet in this version (the geometry kernel brings them)";

// A centre stone in a bezel cup: round, oval or cabochon.
bool buildable_bezel(const spec::StoneGroup& group) {
  return group.role == "center" && group.count == 1 && group.placement.kind == spec::Placement::Kind::head &&
         group.setting.type == "bezel" && geometry::bezel_fits_cut(group.cut);
}

// A centre pearl (any bead) on a peg in a cup.
bool buildable_peg(const spec::StoneGroup& group) {
  return group.role == "center" && group.count == 1 && group.placement.kind == spec::Placement::Kind::head &&
         group.setting.type == "peg" && group.cut == "bead";
}

// One halo of round stones round the centre `centre` (a bezel's or a prong head's): a second, or
// one round another stone, is refused by path.
void unbuilt_halos(const spec::Piece& piece, const spec::StoneGroup* centre, std::vector<spec::Diagnostic>& out) {
  int halos = 0;
  for (size_t i = 0; i < piece.stones.size(); ++i) {
    const spec::StoneGroup& group = piece.stones[i];
    if (!buildable_halo(group)) continue;
    const std::string path = "piece.stones[" + std::to_string(i) + "]";
    if (++halos > 1) out.push_back({path, "\"" + group.id + "\"", "a second halo is" + kLater});
    else if (centre == nullptr || group.placement.around != centre->id)
      out.push_back({path + ".placement.around", "\"" + group.placement.around + "\"",
                     "a halo is built around the centre stone (in prongs or a bezel); halos around other stones are" + kLater});
  }
}

// A ring's bezel: alone on the shank's top, with a halo round it, or with rows along the shank; as
// wide across the finger as the ring's size allows.
void unbuilt_ring_bezel(const spec::Piece& piece, size_t bezel_index, std::vector<spec::Diagnostic>& out) {
  for (size_t i = 0; i < piece.stones.size(); ++i) {
    const spec::StoneGroup& group = piece.stones[i];
    if (i == bezel_index || group.placement.kind == spec::Placement::Kind::along_shank || buildable_halo(group)) continue;
    out.push_back({"piece.stones[" + std::to_string(i) + "]", "\"" + group.id + "\"",
                   "beside a ring's bezel-set centre stone only a halo round it and rows along the shank are built yet; " +
                       group.role + " stones with it are" + kLater});
  }
  unbuilt_halos(piece, &piece.stones[bezel_index], out);
  if (!piece.size || !piece.shank) return;
  const geometry::BandShape band = geometry::band_shape(*piece.shank, piece.size->circumference_mm);
  const double widest = geometry::ring_bezel_max_width_mm(band);
  const double width = geometry::size_of(piece.stones[bezel_index]).width_mm;
  if (width > widest + 1e-9) {
    char rule[200];
    std::snprintf(rule, sizeof rule,
                  "a bezel on this ring takes a stone up to %.2f mm across the finger (3/4 of the inside diameter); this one is %.2f mm",
                  widest, width);
    out.push_back({"piece.stones[" + std::to_string(bezel_index) + "].size", "", rule});
  }
}

// A ring's pearl: alone on the shank's top.
void unbuilt_ring_pearl(const spec::Piece& piece, size_t pearl_index, std::vector<spec::Diagnostic>& out) {
  for (size_t i = 0; i < piece.stones.size(); ++i) {
    if (i == pearl_index) continue;
    out.push_back({"piece.stones[" + std::to_string(i) + "]", "\"" + piece.stones[i].id + "\"",
                   "a ring's pearl stands alone on the shank's top yet; " + piece.stones[i].role + " stones with it are" + kLater});
  }
}

// A pendant of one centre stone: round, oval or cabochon in a bezel cup, or of a faceted convex cut
// in a prong basket, which a halo may ring; hung from a fixed bail, a hidden one, or a hinged one
// (bought in, on a cast lug).
void unbuilt_pendant_features(const spec::Piece& piece, std::vector<spec::Diagnostic>& out) {
  if (piece.style != "pendant_solitaire" && piece.style != "pendant_halo")
    out.push_back({"piece.style", "\"" + piece.style + "\"",
                   "only pendant_solitaire and pendant_halo pendants are built yet; " + piece.style + " is" + kLater});
  int centres = 0;
  const spec::StoneGroup* haloed_centre = nullptr;  // in prongs or a bezel
  for (size_t i = 0; i < piece.stones.size(); ++i) {
    const spec::StoneGroup& group = piece.stones[i];
    const std::string path = "piece.stones[" + std::to_string(i) + "]";
    if (buildable_halo(group)) continue;
    const bool in_bezel = buildable_bezel(group), on_peg = buildable_peg(group);
    if (!in_bezel && !on_peg && !(group.role == "center" && buildable_head(group)))
      out.push_back({path, "\"" + group.id + "\"",
                     "a pendant holds one centre stone, round, oval or cabochon in a bezel, a pearl (bead) on a peg or of a faceted "
                     "convex cut in a prong basket (3 or more prongs), and one halo of round stones (pave or bead) around a "
                     "centre in prongs or a bezel yet; " +
                         group.role + " " + group.cut + " stones in " + group.setting.type + " settings are" + kLater});
    else if (++centres > 1)
      out.push_back({path, "\"" + group.id + "\"", "a second centre stone is" + kLater});
    else if (!on_peg)
      haloed_centre = &group;
    else if (piece.pendant && piece.pendant->bail == "hidden")  // a pearl's
      out.push_back({"piece.pendant.bail", "\"hidden\"",
                     "a pearl hangs from a bail above its cup (fixed or hinged); a hidden bail needs a flat back to lie behind"});
  }
  unbuilt_halos(piece, haloed_centre, out);
  if (piece.stones.empty())
    out.push_back({"piece.stones", "", "a pendant needs its centre stone: add a stone group with role \"center\" in a bezel or prongs"});
  // Text goes on a closed back, which a bezel's cup gives; a basket and a pearl's cup have none.
  const bool bezel_centre = std::any_of(piece.stones.begin(), piece.stones.end(),
                                        [](const spec::StoneGroup& g) { return g.role == "center" && buildable_bezel(g); });
  for (size_t i = 0; i < piece.engraving.size(); ++i)
    if (!bezel_centre)
      out.push_back({"piece.engraving[" + std::to_string(i) + "].location", "\"back\"",
                     "a pendant is engraved on a closed back, which only a bezel has yet: set the centre stone in a bezel; a "
                     "back behind a prong basket or a pearl's cup is" + kLater});
}

// A stud earring: one centre stone of a faceted convex cut in a prong basket, or a pearl on a peg in
// a cup, on a post.
void unbuilt_earring_features(const spec::Piece& piece, std::vector<spec::Diagnostic>& out) {
  if (piece.style != "stud")
    out.push_back({"piece.style", "\"" + piece.style + "\"", "only stud earrings are built yet; " + piece.style + " is" + kLater});
  int centres = 0;
  for (size_t i = 0; i < piece.stones.size(); ++i) {
    const spec::StoneGroup& group = piece.stones[i];
    const std::string path = "piece.stones[" + std::to_string(i) + "]";
    if (group.role != "center" || !(buildable_head(group) || buildable_peg(group)))
      out.push_back({path, "\"" + group.id + "\"",
                     "a stud holds one centre stone of a faceted convex cut in a prong basket (3 or more prongs) or a pearl (bead) on "
                     "a peg yet; " + group.role + " " + group.cut + " stones in " + group.setting.type + " settings are" + kLater});
    else if (++centres > 1)
      out.push_back({path, "\"" + group.id + "\"", "a second centre stone is" + kLater});
  }
  if (piece.stones.empty())
    out.push_back({"piece.stones", "", "a stud needs its stone: add a stone group with role \"center\" in a prong setting"});
  if (!piece.engraving.empty()) out.push_back({"piece.engraving", "", "engraving an earring is" + kLater});
}

}  // namespace

std::vector<spec::Diagnostic> unbuilt_features(const spec::Design& design) {
  std::vector<spec::Diagnostic> out;
  const spec::Piece& piece = design.piece;
  if (piece.type == "pendant") {
    unbuilt_pendant_features(piece, out);
    return out;
  }
  if (piece.type == "earrings") {
    unbuilt_earring_features(piece, out);
    return out;
  }
  if (piece.style != "band" && piece.style != "solitaire" && piece.style != "three_stone" && piece.style != "halo" &&
      piece.style != "eternity" && piece.style != "signet")
    out.push_back({"piece.style", "\"" + piece.style + "\"", piece.style + " rings are" + kLater});
  if (piece.style == "signet") {
    // Its face holds a monogram (engraving outside); stones in or beside it come later.
    for (size_t i = 0; i < piece.stones.size(); ++i)
      out.push_back({"piece.stones[" + std::to_string(i) + "]", "\"" + piece.stones[i].id + "\"", "stones on a signet ring are" + kLater});
    return out;
  }
  for (size_t i = 0; i < piece.stones.size(); ++i) {
    if (buildable_bezel(piece.stones[i])) {
      unbuilt_ring_bezel(piece, i, out);
      return out;
    }
    if (buildable_peg(piece.stones[i])) {
      unbuilt_ring_pearl(piece, i, out);
      return out;
    }
  }
  int centres = 0;
  const spec::StoneGroup* centre = nullptr;
  for (size_t i = 0; i < piece.stones.size(); ++i) {
    const spec::StoneGroup& group = piece.stones[i];
    const std::string path = "piece.stones[" + std::to_string(i) + "]";
    if (buildable_pave_row(group)) continue;
    if (buildable_halo(group)) continue;
    if (!buildable_head(group)) {
      out.push_back({path, "\"" + group.id + "\"",
                     "only a centre stone (count 1) of a faceted convex cut in a prong head (3 or more prongs), round, oval or "
                     "cabochon in a bezel or a pearl (bead) on a peg, pairs of side stones (count 2) of faceted convex cuts in prong heads, one halo of round stones (pave or bead) around the centre and rows along the shank of round "
                     "stones (pave or bead) or of round or princess stones (channel) are built yet; " +
                         group.role + " stones in " + group.setting.type + " settings are" + kLater});
    } else if (group.role == "center" && ++centres > 1) {
      out.push_back({path, "\"" + group.id + "\"", "a second centre stone is" + kLater});
    } else if (group.role == "center") {
      centre = &group;
    }
  }
  unbuilt_halos(piece, centre, out);
  for (size_t i = 0; i < piece.stones.size() && centres == 0; ++i) {
    if (piece.stones[i].role == "side")
      out.push_back({"piece.stones[" + std::to_string(i) + "]", "\"" + piece.stones[i].id + "\"",
                     "side stones sit either side of a centre stone: add a stone group with role \"center\""});
  }
  return out;
}

namespace {
bool buildable(const spec::Piece& piece) { return piece.type != "ring" || (piece.size && piece.shank); }
}  // namespace

BuiltPiece build_piece(const spec::Design& design) {
  BuiltPiece built{design, {}, {}, {}};
  const spec::Piece& piece = design.piece;
  // Precondition: unbuilt_features(design) is empty, so this is a pendant, a stud, or a ring with a size
  // and a shank. Anything else gets an empty mesh rather than a crash.
  if (!buildable(piece) || !unbuilt_features(design).empty()) return built;
  const geometry::PieceModel model = geometry::piece_model(piece);
  built.metal = geometry::production_metal(model);
  built.stones = model.stones();
  built.checks = checks::run_checks(piece, model, built.metal);
  return built;
}

geometry::Mesh build_preview_metal(const spec::Design& design) { return build_preview(design).metal; }

PreviewPiece build_preview(const spec::Design& design) {
  const spec::Piece& piece = design.piece;
  if (!buildable(piece) || !unbuilt_features(design).empty()) return {};  // as build_piece
  const geometry::PieceModel model = geometry::piece_model(piece);
  PreviewPiece preview{geometry::preview_metal(model), model.stones(), {}, geometry::piece_dimensions(model)};
  preview.centre_on_closed_back = model.bezel && model.bezel->cup.closed_back;  // the bezel's stone comes first
  for (const spec::Engraving& e : piece.engraving) {
    if (const std::optional<geometry::EngravingFrame> frame = geometry::engraving_frame_of(model, e))
      preview.engravings.push_back(geometry::engraving_decal(e, *frame));
  }
  return preview;
}

namespace {
const pricing::PriceTable& table_of(const ReportOptions& options) {
  return options.prices != nullptr ? *options.prices : pricing::example_price_table();
}
}  // namespace

spec::Json piece_report(const BuiltPiece& built, const ReportOptions& options) {
  spec::Json report = report::make_report(built.design, built.metal);
  report["checks"] = checks::checks_json(built.checks);
  // What the files are, beside what the piece is: the model is scaled for casting shrinkage, so
  // metal.stl holds model_volume_mm3 while metal.volume_mm3 and the weight are the finished piece's.
  const double scale = metal_scale(built.design);
  report["production"] = {{"shrinkage", shrinkage_text(built.design)},
                          {"metal_scale", spec::number_json(scale)},
                          {"model_volume_mm3", report::round_to_places(geometry::signed_volume_mm3(built.metal) * scale * scale * scale, 3)},
                          {"checks_overridden", built.checks_overridden}};
  std::string error;
  const auto quote = pricing::make_quote(built.design, report["metal"]["weight_g"].get<double>(), table_of(options),
                                         options.currency, error);
  if (quote) report["price"] = pricing::quote_to_json(*quote);
  else report["price_error"] = error;
  return report;
}

std::string check_currency(const ReportOptions& options) {
  const pricing::PriceTable& table = table_of(options);
  if (options.currency.empty() || options.currency == table.currency || table.exchange.count(options.currency)) return "";
  return "the price table (" + table.currency + ") has no exchange rate to " + options.currency;
}

std::string normalised_spec_text(const spec::Design& design) {
  return spec::design_to_json(design).dump(2, ' ', false, spec::Json::error_handler_t::strict) + "\n";
}

}  // namespace facet
