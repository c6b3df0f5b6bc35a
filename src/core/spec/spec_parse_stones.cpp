// Stone groups, engraving, pendant and earring blocks of a design spec, and the cross-field rules.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/catalog/gems.hpp"
#include "core/geometry/bezel.hpp"
#include "core/geometry/head.hpp"
#include "core/geometry/signet.hpp"
#include "core/geometry/stone.hpp"
#include "core/math/det_math.hpp"
#include "core/spec/spec_io.hpp"
#include "core/spec/spec_parse_parts.hpp"
#include "core/text/engraving_font.hpp"
#include "core/text/utf8.hpp"

namespace facet::spec::detail {
namespace {

constexpr NumberRule kStoneDiameter{0.5, 30.0, "mm"};
constexpr NumberRule kStoneLength{0.5, 40.0, "mm"};
constexpr NumberRule kCarat{0.001, 100.0, "ct"};
constexpr NumberRule kCount{1, 500, ""};
// Three prongs are the fewest that hold a stone in a head (two leave it free to rock out sideways).
constexpr NumberRule kProngs{3, 8, ""};
constexpr NumberRule kProngDiameter{0.3, 3.0, "mm"};
constexpr NumberRule kDegrees{-180, 180, "degrees"};
constexpr NumberRule kEngravingHeight{0.3, 10.0, "mm"};
constexpr NumberRule kEngravingDepth{0.05, 1.5, "mm"};
constexpr NumberRule kChainLength{100, 1200, "mm"};
constexpr NumberRule kPostDiameter{0.6, 1.5, "mm"};
constexpr size_t kMaxStoneGroups = 50;
constexpr int kMaxStonesInPiece = 2000;
constexpr size_t kMaxEngravings = 3;
constexpr size_t kMaxEngravingCodePoints = 64;

// Room a set stone needs beside it: jewelry-facts.md puts bezel walls after burnishing at >= 0.4 mm,
// and prongs, beads and channel rails need as much on each side.
constexpr double kSeatWallMm = 0.4;
// Gap between neighbouring small stones in a row or a halo (beads between them) ...
constexpr double kStoneGapMm = 0.2;
// ... and in a channel, where nothing stands between them: the tightest a setter works to.
constexpr double kChannelStoneGapMm = 0.1;
// Engraving: text (measured with the engraving font's advances) may use at most 90% of the way
// round, and keeps 0.3 mm from each edge of the band.
constexpr double kEngravingUsableFraction = 0.9;
constexpr double kEngravingEdgeMarginMm = 0.3;

bool valid_id(const std::string& id) {
  if (id.empty() || id.size() > 32) return false;
  if (!std::isalpha(static_cast<unsigned char>(id[0]))) return false;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
  }
  return true;
}

// `"😀" (U+1F600), "€" (U+20AC)`: the characters by themselves and by number (a font may lack
// the glyph to show them in the message too); at most five, then how many more.
std::string characters_named(const std::vector<uint32_t>& code_points) {
  std::string out = code_points.size() == 1 ? "a character" : std::to_string(code_points.size()) + " characters";
  for (size_t i = 0; i < code_points.size() && i < 5; ++i) {
    const uint32_t cp = code_points[i];
    std::string utf8;
    text::append_utf8(cp, utf8);
    char number[16];
    std::snprintf(number, sizeof number, "U+%04X", unsigned(cp));
    out += (i == 0 ? " " : ", ") + std::string("\"") + utf8 + "\" (" + number + ")";
  }
  if (code_points.size() > 5) out += " and " + std::to_string(code_points.size() - 5) + " more";
  return out;
}

void read_size(ObjectReader& stone, StoneGroup& group, const catalog::Cut* cut) {
  auto reader = ObjectReader::open(stone, "size", true);
  if (!reader) return;
  Diagnostics& diag = reader->diagnostics();
  StoneSize& size = group.size;
  size.diameter_mm = reader->number("diameter_mm", kStoneDiameter, false);
  size.length_mm = reader->number("length_mm", kStoneLength, false);
  size.width_mm = reader->number("width_mm", kStoneLength, false);
  size.carat = reader->number("carat", kCarat, false);
  reader->reject_unknown_keys();
  const bool by_diameter = reader->has("diameter_mm"), by_length = reader->has("length_mm"),
             by_width = reader->has("width_mm"), by_carat = reader->has("carat");
  const int forms = int(by_diameter) + int(by_length || by_width) + int(by_carat);
  if (forms != 1) {
    diag.error(reader->path(), "", "give exactly one of: diameter_mm, length_mm with width_mm, or carat");
    return;
  }
  if (by_length != by_width) {
    diag.error(reader->path(), "", "length_mm and width_mm go together");
    return;
  }
  if (cut == nullptr) return;
  if (by_diameter && cut->size_by == catalog::SizeBy::length_width && cut->name != "cabochon") {
    diag.error(reader->child_path("diameter_mm"), "",
               std::string(cut->name) + " stones are sized by length_mm and width_mm (or carat)");
  }
  if (by_length && cut->size_by == catalog::SizeBy::diameter) {
    diag.error(reader->child_path("length_mm"), "", std::string(cut->name) + " stones are sized by diameter_mm (or carat)");
  }
  if (size.length_mm && size.width_mm) {
    const double ratio = *size.length_mm / *size.width_mm;
    // 2% slack: a 6.0 x 6.1 princess is a square stone measured by hand.
    if (ratio < cut->min_ratio * 0.98 || ratio > cut->max_ratio * 1.02) {
      char rule[160];
      std::snprintf(rule, sizeof rule, "length / width is %.2f; a %s stone is %.2f to %.2f (length is the longer side)",
                    ratio, std::string(cut->name).c_str(), cut->min_ratio, cut->max_ratio);
      diag.error(reader->child_path("length_mm"), number_json(*size.length_mm).dump(), rule);
    }
  }
}

Setting default_setting(const StoneGroup& group, const catalog::Cut* cut) {
  if (cut != nullptr && cut->name == "bead") return {"peg", 0, 0};
  if (cut != nullptr && cut->name == "cabochon") return {"bezel", 0, 0};
  if (group.role == "halo" || group.role == "accent") return {"pave", 0, 0};
  const bool round_center = group.role == "center" && cut != nullptr && cut->name == "round";
  return {"prong", round_center ? 6 : 4, group.role == "center" ? 0.9 : 0.7};
}

void read_setting(ObjectReader& stone, StoneGroup& group, const catalog::Cut* cut) {
  group.setting = default_setting(group, cut);
  auto reader = ObjectReader::open(stone, "setting", false);
  if (!reader) return;
  Diagnostics& diag = reader->diagnostics();
  if (auto type = reader->one_of("type", {"prong", "bezel", "pave", "channel", "bead", "peg"}, false)) {
    group.setting.type = *type;
    if (*type != "prong") group.setting.prongs = 0, group.setting.prong_diameter_mm = 0;
    else if (group.setting.prongs == 0) group.setting.prongs = 4, group.setting.prong_diameter_mm = 0.8;
  }
  auto prongs = reader->number("prongs", kProngs, false);
  auto prong_diameter = reader->number("prong_diameter_mm", kProngDiameter, false);
  reader->reject_unknown_keys();
  if (group.setting.type != "prong" && (reader->has("prongs") || reader->has("prong_diameter_mm"))) {
    diag.error(reader->child_path(reader->has("prongs") ? "prongs" : "prong_diameter_mm"), "",
               "only prong settings have prongs");
  }
  if (prongs) {
    if (*prongs != std::floor(*prongs)) diag.error(reader->child_path("prongs"), number_json(*prongs).dump(), "must be a whole number");
    group.setting.prongs = int(*prongs);
  }
  if (prong_diameter) group.setting.prong_diameter_mm = *prong_diameter;
  if (cut != nullptr && !catalog::cut_takes_setting(*cut, group.setting.type)) {
    std::string fits;
    for (std::string_view s : cut->settings) fits += (fits.empty() ? "" : ", ") + std::string(s);
    diag.error(reader->child_path("type"), "\"" + group.setting.type + "\"",
               "does not hold a " + std::string(cut->name) + " stone (use " + fits + ")");
  }
  // A square-cornered stone chips at its corners, so each wants a prong over it. The head spaces
  // its prongs evenly from the diagonals: four land one on each corner, any other count leaves
  // corners bare.
  const bool cornered = cut != nullptr && (cut->name == "princess" || cut->name == "asscher" || cut->name == "emerald" || cut->name == "radiant");
  // A marquise's prongs start from one point (geometry's head); an odd count misses the other.
  if (cut != nullptr && cut->name == "marquise" && group.setting.type == "prong" && group.setting.prongs % 2 == 1)
    diag.warning(reader->child_path("prongs"), std::to_string(group.setting.prongs),
                 "leaves one point of the marquise stone without a prong, where it chips: an even count puts one on each");
  if (cornered && group.setting.type == "prong" && group.setting.prongs != 4)
    diag.warning(reader->child_path("prongs"), std::to_string(group.setting.prongs),
                 "leaves corners of the " + std::string(cut->name) + " stone without a prong, where it chips: 4 prongs put one on each corner");
}

void read_placement(ObjectReader& stone, StoneGroup& group, const Piece& piece) {
  const Json* value = stone.field("placement");
  const std::string where = stone.child_path("placement");
  Diagnostics& diag = stone.diagnostics();
  if (value == nullptr) {
    if (group.role == "center" || group.role == "side") return;  // in the head
    if (group.role == "halo") {
      for (const StoneGroup& other : piece.stones) {
        if (other.role == "center") {
          group.placement = Placement{Placement::Kind::around, 0, 0, other.id};
          return;
        }
      }
    }
    diag.error(where, "", "is required for " + group.role + " stones (\"head\", {\"along\": \"shank\", ...} or {\"around\": id})");
    return;
  }
  if (value->is_string()) {
    if (*value == "head") return;
    diag.error(where, short_json(*value), "must be \"head\", {\"along\": \"shank\", \"from_deg\", \"to_deg\"} or {\"around\": id}");
    return;
  }
  if (!value->is_object()) {
    diag.error(where, short_json(*value), "must be \"head\" or an object");
    return;
  }
  ObjectReader reader(*value, where, diag);
  if (reader.has("along")) {
    reader.one_of("along", {"shank"}, true);
    group.placement.kind = Placement::Kind::along_shank;
    group.placement.from_deg = reader.number("from_deg", kDegrees, true).value_or(0);
    group.placement.to_deg = reader.number("to_deg", kDegrees, true).value_or(0);
    if (group.placement.to_deg <= group.placement.from_deg && reader.has("from_deg") && reader.has("to_deg"))
      diag.error(reader.child_path("to_deg"), number_json(group.placement.to_deg).dump(), "must be more than from_deg");
  } else if (reader.has("around")) {
    group.placement.kind = Placement::Kind::around;
    group.placement.around = reader.text("around", 32, true).value_or("");
  } else {
    diag.error(where, short_json(*value), "must say \"along\" or \"around\"");
  }
  reader.reject_unknown_keys();
}

void read_grade(ObjectReader& stone, StoneGroup& group) {
  auto reader = ObjectReader::open(stone, "grade", false);
  if (!reader) return;
  Grade grade;
  grade.color = reader->text("color", 16, false);
  grade.clarity = reader->text("clarity", 16, false);
  grade.cut = reader->text("cut", 32, false);
  grade.lab = reader->text("lab", 32, false);
  grade.report_no = reader->text("report_no", 64, false);
  reader->reject_unknown_keys();
  // Grades are informational, so a term off the gem's scale only warns (a shop's price rows match
  // the terms exactly). Gems without a letter scale take free text.
  if (const catalog::Gem* gem = catalog::find_gem(group.gem)) {
    const catalog::GradeScale& scale = catalog::grade_scale(*gem);
    auto check = [&](const std::optional<std::string>& value, std::span<const std::string_view> terms, const char* key, const char* what) {
      if (!value || terms.empty() || std::find(terms.begin(), terms.end(), *value) != terms.end()) return;
      reader->diagnostics().warning(reader->child_path(key), short_json(Json(*value)),
                                    "is not a " + std::string(what) + " grade of " + std::string(scale.standard) + ": " + std::string(terms.front()) +
                                        " to " + std::string(terms.back()));
    };
    check(grade.color, scale.colors, "color", "colour");
    check(grade.clarity, scale.clarities, "clarity", "clarity");
  }
  group.grade = grade;
}

StoneGroup read_stone(const Json& value, const std::string& path, Diagnostics& diag, const Piece& piece) {
  ObjectReader reader(value, path, diag);
  StoneGroup group;
  group.id = reader.text("id", 64, true).value_or("");
  if (reader.has("id") && !group.id.empty() && !valid_id(group.id))
    diag.error(reader.child_path("id"), short_json(Json(group.id)), "must start with a letter and use letters, digits, _ or - (at most 32)");
  group.role = reader.one_of("role", {"center", "side", "halo", "accent"}, true).value_or("");
  group.gem = reader.one_of("gem", {"diamond", "lab_diamond", "moissanite", "cz", "ruby", "sapphire", "emerald", "jadeite",
                                    "pearl", "topaz", "amethyst", "spinel"}, true).value_or("");
  group.cut = reader.one_of("cut", {"round", "princess", "oval", "cushion", "emerald", "pear", "marquise", "heart",
                                    "radiant", "asscher", "cabochon", "bead"}, true).value_or("");
  const catalog::Gem* gem = catalog::find_gem(group.gem);
  const catalog::Cut* cut = catalog::find_cut(group.cut);
  if (gem != nullptr && cut != nullptr && !gem->faceted && cut->name != "cabochon" && cut->name != "bead")
    diag.error(reader.child_path("cut"), "\"" + group.cut + "\"", std::string(gem->name) + " is not faceted: cut it as cabochon or bead");
  read_size(reader, group, cut);
  if (auto count = reader.number("count", kCount, false)) {
    if (*count != std::floor(*count)) diag.error(reader.child_path("count"), number_json(*count).dump(), "must be a whole number");
    group.count = int(*count);
  }
  read_setting(reader, group, cut);
  read_placement(reader, group, piece);
  read_grade(reader, group);
  group.supplied_by = reader.one_of("supplied_by", {"factory", "customer"}, false).value_or("factory");
  group.extensions = reader.extensions();
  reader.reject_unknown_keys();
  return group;
}

}  // namespace

std::optional<StoneOutline> stone_outline(const StoneGroup& group) {
  const catalog::Cut* cut = catalog::find_cut(group.cut);
  const catalog::Gem* gem = catalog::find_gem(group.gem);
  if (cut == nullptr || gem == nullptr) return std::nullopt;
  if (group.size.diameter_mm) return StoneOutline{*group.size.diameter_mm, *group.size.diameter_mm};
  if (group.size.length_mm && group.size.width_mm) return StoneOutline{*group.size.length_mm, *group.size.width_mm};
  if (group.size.carat) {
    const geometry::StoneSizing sized = geometry::size_from_carat(*gem, *cut, *group.size.carat);
    return StoneOutline{sized.length_mm, sized.width_mm};
  }
  return std::nullopt;
}

void read_stones(ObjectReader& piece_reader, Piece& piece, const StyleDefaults& style) {
  const Json* value = piece_reader.field("stones");
  const std::string where = piece_reader.child_path("stones");
  if (value == nullptr) {
    piece.stones = style.stones;  // the template's stones
    return;
  }
  if (!value->is_array()) {
    piece_reader.diagnostics().error(where, short_json(*value), "must be a list");
    return;
  }
  if (value->size() > kMaxStoneGroups) {
    piece_reader.diagnostics().error(where, "", "has " + std::to_string(value->size()) + " groups; at most " +
                                                    std::to_string(kMaxStoneGroups));
    return;
  }
  for (size_t i = 0; i < value->size(); ++i) {
    const std::string path = where + "[" + std::to_string(i) + "]";
    if (!(*value)[i].is_object()) {
      piece_reader.diagnostics().error(path, short_json((*value)[i]), "must be an object");
      continue;
    }
    piece.stones.push_back(read_stone((*value)[i], path, piece_reader.diagnostics(), piece));
  }
}

void read_engraving(ObjectReader& piece_reader, Piece& piece) {
  const Json* value = piece_reader.field("engraving");
  const std::string where = piece_reader.child_path("engraving");
  Diagnostics& diag = piece_reader.diagnostics();
  if (value == nullptr) return;
  if (!value->is_array()) {
    diag.error(where, short_json(*value), "must be a list");
    return;
  }
  if (value->size() > kMaxEngravings) {
    diag.error(where, "", "at most " + std::to_string(kMaxEngravings) + " engravings");
    return;
  }
  for (size_t i = 0; i < value->size(); ++i) {
    const std::string path = where + "[" + std::to_string(i) + "]";
    if (!(*value)[i].is_object()) {
      diag.error(path, short_json((*value)[i]), "must be an object");
      continue;
    }
    ObjectReader reader((*value)[i], path, diag);
    Engraving engraving;
    engraving.text = reader.text("text", 4 * kMaxEngravingCodePoints, true).value_or("");
    std::vector<uint32_t> points;
    if (reader.has("text") && (!text::decode_utf8(engraving.text, points) || points.empty() || points.size() > kMaxEngravingCodePoints)) {
      diag.error(reader.child_path("text"), short_json(Json(engraving.text)), "must be 1 to 64 characters");
    }
    for (uint32_t cp : points) {
      if (cp < 0x20 || cp == 0x7F) {
        diag.error(reader.child_path("text"), short_json(Json(engraving.text)), "must not contain control characters");
        points.clear();
        break;
      }
    }
    if (const std::vector<uint32_t> missing = text::missing_glyphs(points); !missing.empty()) {
      diag.error(reader.child_path("text"), short_json(Json(engraving.text)),
                 "has " + characters_named(missing) + " that the engraving font (" + std::string(text::kEngravingFontName) +
                     ": " + std::string(text::kEngravingFontCoverage) + ") cannot cut");
    }
    engraving.font = reader.text("font", 64, false).value_or("");
    engraving.location = reader.one_of("location", {"inside", "outside", "back"}, true).value_or("");
    engraving.height_mm = reader.number("height_mm", kEngravingHeight, false).value_or(1.0);
    // jewelry-facts.md: 0.35 mm is the least depth that survives polishing.
    engraving.depth_mm = reader.number("depth_mm", kEngravingDepth, false).value_or(0.35);
    engraving.style = reader.one_of("style", {"engraved", "embossed"}, false).value_or("engraved");
    engraving.extensions = reader.extensions();
    reader.reject_unknown_keys();
    piece.engraving.push_back(engraving);
  }
}

void read_pendant(ObjectReader& piece_reader, Piece& piece, const StyleDefaults& style) {
  auto reader = ObjectReader::open(piece_reader, "pendant", false);
  if (piece.type != "pendant") {
    if (reader) reader->diagnostics().error(reader->path(), "", "belongs to pendant pieces only");
    return;
  }
  PendantOptions options = style.pendant.value_or(PendantOptions{});
  if (reader) {
    if (auto bail = reader->one_of("bail", {"fixed", "hinged", "hidden"}, false)) options.bail = *bail;
    if (auto chain = reader->number("chain_length_mm", kChainLength, false)) options.chain_length_mm = *chain;
    options.extensions = reader->extensions();
    reader->reject_unknown_keys();
  }
  piece.pendant = options;
}

void read_earrings(ObjectReader& piece_reader, Piece& piece, const StyleDefaults& style) {
  auto reader = ObjectReader::open(piece_reader, "earrings", false);
  if (piece.type != "earrings") {
    if (reader) reader->diagnostics().error(reader->path(), "", "belongs to earrings pieces only");
    return;
  }
  EarringOptions options = style.earrings.value_or(EarringOptions{"push", 0.8, Json::object()});
  if (reader) {
    if (auto back = reader->one_of("back", {"push", "screw", "lever"}, false)) options.back = *back;
    if (auto post = reader->number("post_diameter_mm", kPostDiameter, false)) options.post_diameter_mm = *post;
    options.extensions = reader->extensions();
    reader->reject_unknown_keys();
  }
  piece.earrings = options;
}

namespace {

// Text on a signet's face: its box (advance x height, centred) within the flat of the face, the
// rounded edge and a margin beside the letters left clear.
void check_face_text(const SignetFace& face, const Engraving& e, double advance_mm, const std::string& path, Diagnostics& diag) {
  const geometry::SignetHead head = geometry::signet_outline(face);
  const double margin = geometry::signet_flat_inset_mm() + kEngravingEdgeMarginMm;
  if (head.outline_distance({advance_mm / 2, e.height_mm / 2}) <= -margin) return;
  if (head.outline_distance({0, e.height_mm / 2}) > -margin)
    diag.error(path + ".height_mm", number_json(e.height_mm).dump(),
               "is more than the signet's face allows (" + mm(face.length_mm - 2 * margin) + " along the finger)");
  else
    diag.error(path + ".text", short_json(Json(e.text)), "is " + mm(advance_mm) + " long at " + mm(e.height_mm) +
                                                            " high: it runs over the edge of the " + mm(face.width_mm) + " wide face");
}

// Text on a pendant's closed back: its box (advance x height, centred on the stone) within the
// cup's underside, an ellipse as wide as the stone plus the bezel's wall, a margin left clear.
void check_back_text(const Piece& piece, const Engraving& e, double advance_mm, const std::string& path, Diagnostics& diag) {
  const StoneGroup* bezel = piece.centre_in_bezel();
  if (bezel == nullptr) return;  // other backs are not built (facet::unbuilt_features says so)
  const std::optional<StoneOutline> outline = stone_outline(*bezel);
  if (!outline) return;
  const glm::dvec2 back = geometry::pendant_back_mm(outline->length_mm, outline->width_mm);  // across, along the length
  if (geometry::text_fits_back(back, advance_mm, e.height_mm, kEngravingEdgeMarginMm)) return;
  if (!geometry::text_fits_back(back, 0, e.height_mm, kEngravingEdgeMarginMm))
    diag.error(path + ".height_mm", number_json(e.height_mm).dump(),
               "is more than the back allows (" + mm(2 * (back.y - kEngravingEdgeMarginMm)) + " high)");
  else
    diag.error(path + ".text", short_json(Json(e.text)), "is " + mm(advance_mm) + " long at " + mm(e.height_mm) +
                                                            " high: it runs over the edge of the " + mm(2 * back.x) + " x " +
                                                            mm(2 * back.y) + " back");
}

}  // namespace

void check_piece_rules(const Piece& piece, const StyleDefaults& style, Diagnostics& diag) {
  const bool ring = piece.type == "ring" && piece.size && piece.shank;
  const double inner_diameter = ring ? piece.size->circumference_mm / detmath::kPi : 0;
  int total = 0, centers = 0;
  for (size_t i = 0; i < piece.stones.size(); ++i) {
    const StoneGroup& group = piece.stones[i];
    const std::string path = "piece.stones[" + std::to_string(i) + "]";
    total += group.count;
    for (size_t j = 0; j < i; ++j) {
      if (!group.id.empty() && piece.stones[j].id == group.id)
        diag.error(path + ".id", short_json(Json(group.id)), "is already the id of piece.stones[" + std::to_string(j) + "]");
    }
    const std::optional<StoneOutline> outline = stone_outline(group);
    if (group.role == "center") {
      ++centers;
      if (group.count != 1) diag.error(path + ".count", std::to_string(group.count), "a centre stone group holds one stone");
      if (outline && ring && outline->width_mm > inner_diameter)
        diag.error(path + ".size", "", "a " + mm(outline->width_mm) + " wide stone is wider than the finger (" + mm(inner_diameter) + ")");
    }
    switch (group.placement.kind) {
      case Placement::Kind::head:
        if (!style.has_head)
          diag.error(path + ".placement", "\"head\"", "a " + piece.style + " has no head: place stones along the shank, or choose a style with a head");
        break;
      case Placement::Kind::around: {
        const StoneGroup* target = nullptr;
        for (const StoneGroup& other : piece.stones) {
          if (other.id == group.placement.around && &other != &group) target = &other;
        }
        if (target == nullptr) {
          diag.error(path + ".placement.around", short_json(Json(group.placement.around)), "is not the id of another stone group");
          break;
        }
        const auto around = stone_outline(*target);
        if (!around || !outline) break;
        // The ring of stones runs at half a stone plus a gap outside the girdle (outside a bezel's
        // wall); Ramanujan's perimeter of that ellipse against the stones' pitch.
        const double wall = target->setting.type == "bezel" ? geometry::kSeatClearanceMm + geometry::kBezelWallMm : 0.0;
        const double a = around->length_mm / 2 + wall + kStoneGapMm + outline->width_mm / 2;
        const double b = around->width_mm / 2 + wall + kStoneGapMm + outline->width_mm / 2;
        const double perimeter = detmath::kPi * (3 * (a + b) - std::sqrt((3 * a + b) * (a + 3 * b)));
        const double needed = group.count * (outline->width_mm + kStoneGapMm);
        // Over-filled rows are a warning, not an error: the factory sets fewer or smaller stones.
        // (The spec draft's own halo example over-fills its pave row.)
        if (needed > perimeter)
          diag.warning(path + ".count", std::to_string(group.count),
                       std::to_string(group.count) + " stones of " + mm(outline->width_mm) + " need " + mm(needed) +
                           " around; the halo round " + target->id + " is " + mm(perimeter));
        break;
      }
      case Placement::Kind::along_shank: {
        if (!ring) {
          diag.error(path + ".placement", "", "only rings have a shank to set stones along");
          break;
        }
        if (!outline) break;
        // The shank tapers from the bottom to the top: the row is only as wide as the arc's
        // narrowest end, the one furthest from the top (angles count from the top).
        const double far_deg = std::max(std::fabs(group.placement.from_deg), std::fabs(group.placement.to_deg));
        const double top_weight = (1.0 + detmath::cos(far_deg * detmath::kPi / 180.0)) / 2.0;
        const double width = piece.shank->width_mm + (piece.shank->top_width_mm - piece.shank->width_mm) * top_weight;
        if (outline->width_mm + 2 * kSeatWallMm > width + 1e-9)
          diag.error(path + ".size", "", "a " + mm(outline->width_mm) + " stone needs a shank at least " +
                                             mm(outline->width_mm + 2 * kSeatWallMm) + " wide; at the end of its arc it is " +
                                             mm(width));
        const double outer_circumference = detmath::kPi * (inner_diameter + 2 * piece.shank->thickness_mm);
        const double arc = (group.placement.to_deg - group.placement.from_deg) / 360.0 * outer_circumference;
        const double gap = group.setting.type == "channel" ? kChannelStoneGapMm : kStoneGapMm;
        const double needed = group.count * (outline->width_mm + gap);
        if (needed > arc + 1e-9)
          diag.warning(path + ".count", std::to_string(group.count),
                       std::to_string(group.count) + " stones of " + mm(outline->width_mm) + " need " + mm(needed) +
                           " of shank; the arc gives " + mm(arc));
        break;
      }
    }
  }
  if (centers > 1) diag.error("piece.stones", "", "has " + std::to_string(centers) + " centre groups; a piece has one");
  if (total > kMaxStonesInPiece)
    diag.error("piece.stones", "", "holds " + std::to_string(total) + " stones; at most " + std::to_string(kMaxStonesInPiece));

  for (size_t i = 0; i < piece.engraving.size(); ++i) {
    const Engraving& e = piece.engraving[i];
    const std::string path = "piece.engraving[" + std::to_string(i) + "]";
    if (piece.type == "ring" && e.location == "back")
      diag.error(path + ".location", "\"back\"", "rings are engraved inside or outside");
    if (piece.type != "ring" && (e.location == "inside" || e.location == "outside"))
      diag.error(path + ".location", "\"" + e.location + "\"", piece.type + " are engraved on the back");
    if (piece.type == "pendant" && e.location == "back") {
      std::vector<uint32_t> points;
      text::decode_utf8(e.text, points);
      check_back_text(piece, e, text::advance_em(points) * e.height_mm, path, diag);
      if (piece.pendant && piece.pendant->bail == "hidden")
        diag.error(path + ".location", "\"back\"", "a hidden bail lies on the back, over the text: choose a fixed or hinged bail");
    }
    if (!ring || e.location == "back") continue;
    std::vector<uint32_t> points;
    text::decode_utf8(e.text, points);
    const double advance = text::advance_em(points) * e.height_mm;
    const double around = detmath::kPi * (inner_diameter + (e.location == "outside" ? 2 * piece.shank->thickness_mm : 0));
    const bool set_ring = std::any_of(piece.stones.begin(), piece.stones.end(),
                                      [](const StoneGroup& g) { return g.placement.kind == Placement::Kind::head; });
    if (piece.signet && e.location == "outside") {
      check_face_text(*piece.signet, e, advance, path, diag);
    } else {
      if (advance > kEngravingUsableFraction * around)
        diag.error(path + ".text", short_json(Json(e.text)), "is " + mm(advance) + " long at " + mm(e.height_mm) +
                                                                " high; the " + e.location + " of the band is " + mm(around) + " round");
      else if (set_ring && e.location == "outside" && advance > around / 2)
        diag.error(path + ".text", short_json(Json(e.text)), "is " + mm(advance) + " long at " + mm(e.height_mm) +
                                                                " high; outside a ring with a head the text stays on the lower half of the band (" +
                                                                mm(around / 2) + ")");
      const double band = std::min(piece.shank->width_mm, piece.shank->top_width_mm) - 2 * kEngravingEdgeMarginMm;
      if (e.height_mm > band)
        diag.error(path + ".height_mm", number_json(e.height_mm).dump(), "is more than the band's width allows (" + mm(band) + ")");
    }
    const double thickness = std::min(piece.shank->thickness_mm, piece.shank->top_thickness_mm);
    if (e.depth_mm > thickness / 2)
      diag.error(path + ".depth_mm", number_json(e.depth_mm).dump(), "is more than half the band's thickness (" + mm(thickness / 2) + ")");
  }
}

std::string mm(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f mm", value);
  return text;
}

}  // namespace facet::spec::detail
