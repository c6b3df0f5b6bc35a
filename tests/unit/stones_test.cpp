// Stone groups, engraving, pendant and earring blocks, templates and carats.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include "core/catalog/gems.hpp"
#include "core/facet_core.hpp"
#include "core/report/report.hpp"
#include "core/spec/spec_io.hpp"
#include "core/spec/style_defaults.hpp"
#include "test_data.hpp"

using namespace facet;
using namespace facet::spec;

namespace {

using test::read_test_file;

// A solitaire with one stone group replaced by `stone` (JSON) and extra piece keys.
std::string solitaire_with(const std::string& stones, const std::string& extra = "") {
  return R"({"format": "facet.design", "version": 1, "piece": {"type": "ring", "style": "solitaire",
    "metal": {"alloy": "Pt950"}, "size": {"system": "us", "value": 6},
    "shank": {"profile": "comfort", "width_mm": 2.0, "thickness_mm": 1.8, "top_width_mm": 2.6},
    "stones": )" + stones + extra + "}}";
}

const std::string kCenter = R"({"id": "center", "role": "center", "gem": "diamond", "cut": "round", "size": {"diameter_mm": 6.5}})";

bool has(const std::vector<Diagnostic>& list, const std::string& path, const std::string& fragment) {
  return std::any_of(list.begin(), list.end(), [&](const Diagnostic& d) {
    return d.path == path && d.to_string().find(fragment) != std::string::npos;
  });
}

}  // namespace

TEST_CASE("every style's template validates, round-trips and builds") {
  for (const StyleDefaults& style : all_styles()) {
    CAPTURE(style.style);
    const auto design = default_design(style.style);
    REQUIRE(design.has_value());
    const std::string text = normalised_spec_text(*design);
    const ParseResult parsed = parse_design(text);
    CHECK(parsed.status == ParseStatus::ok);
    CHECK(parsed.diagnostics.warnings.empty());
    REQUIRE(parsed.design.has_value());
    CHECK(normalised_spec_text(*parsed.design) == text);
    CHECK(unbuilt_features(*parsed.design).empty());
  }
}

TEST_CASE("the examples in the spec draft validate") {
  for (const char* name : {"spec-example-solitaire-hk12", "spec-example-halo-pt950", "spec-example-jadeite-pendant"}) {
    CAPTURE(name);
    const ParseResult parsed = parse_design(read_test_file(std::string(name) + ".facet.json"));
    CHECK(parsed.status == ParseStatus::ok);
    for (const auto& e : parsed.diagnostics.errors) MESSAGE(e.to_string());
  }
  // The halo example asks for 16 pave stones of 1.2 mm in 100 degrees of a US 6.5 shank: about
  // 17.8 mm of arc for at least 19.2 mm of stones. Valid, with a warning a factory will see.
  const ParseResult halo = parse_design(read_test_file("spec-example-halo-pt950.facet.json"));
  CHECK(has(halo.diagnostics.warnings, "piece.stones[2].count", "the arc gives 17.8 mm"));
}

TEST_CASE("stones: defaults filled in") {
  const ParseResult parsed = parse_design(solitaire_with("[" + kCenter + "]"));
  REQUIRE(parsed.status == ParseStatus::ok);
  const StoneGroup& center = parsed.design->piece.stones[0];
  CHECK(center.count == 1);
  CHECK(center.setting.type == "prong");
  CHECK(center.setting.prongs == 6);
  CHECK(center.placement.kind == Placement::Kind::head);
  CHECK(center.supplied_by == "factory");
  // A halo without a placement goes round the centre stone.
  const ParseResult halo = parse_design(solitaire_with("[" + kCenter + R"(, {"id": "h", "role": "halo", "gem": "diamond",
      "cut": "round", "size": {"diameter_mm": 1.2}, "count": 16}])"));
  REQUIRE(halo.status == ParseStatus::ok);
  CHECK(halo.design->piece.stones[1].placement.around == "center");
  CHECK(halo.design->piece.stones[1].setting.type == "pave");
}

TEST_CASE("stones: a head holds its stone with three prongs or more, and a square-cornered stone with one on each corner") {
  auto centre = [](const std::string& cut, const std::string& size, int prongs) {
    return solitaire_with(R"([{"id": "center", "role": "center", "gem": "diamond", "cut": ")" + cut + R"(", "size": )" + size +
                          R"(, "setting": {"type": "prong", "prongs": )" + std::to_string(prongs) + "}}]");
  };
  const std::string square = R"({"length_mm": 5.5, "width_mm": 5.5})", oblong = R"({"length_mm": 7, "width_mm": 5})";
  const ParseResult two = parse_design(centre("round", R"({"diameter_mm": 6})", 2));
  CHECK(two.status == ParseStatus::invalid);
  CHECK(has(two.diagnostics.errors, "piece.stones[0].setting.prongs", "3"));
  for (const auto& cut_and_size : {std::pair{"princess", square}, {"asscher", square}, {"emerald", oblong}, {"radiant", oblong}}) {
    const std::string cut = cut_and_size.first, size = cut_and_size.second;  // named apart: CAPTURE takes no structured binding
    CAPTURE(cut);
    const ParseResult four = parse_design(centre(cut, size, 4));
    CHECK(four.status == ParseStatus::ok);
    CHECK(four.diagnostics.warnings.empty());
    for (int prongs : {3, 6}) {
      const ParseResult other = parse_design(centre(cut, size, prongs));
      CHECK(other.status == ParseStatus::ok);  // buildable; the designer is told why not to
      CHECK(has(other.diagnostics.warnings, "piece.stones[0].setting.prongs", std::string("corners of the ") + cut + " stone without a prong"));
    }
  }
  const ParseResult marquise = parse_design(centre("marquise", R"({"length_mm": 10, "width_mm": 5})", 5));
  CHECK(has(marquise.diagnostics.warnings, "piece.stones[0].setting.prongs", "one point of the marquise stone without a prong"));
  CHECK(parse_design(centre("marquise", R"({"length_mm": 10, "width_mm": 5})", 4)).diagnostics.warnings.empty());
  // Round and oval stones have no corners: six prongs are as good as four.
  CHECK(parse_design(centre("oval", oblong, 6)).diagnostics.warnings.empty());
  CHECK(parse_design(centre("round", R"({"diameter_mm": 6})", 6)).diagnostics.warnings.empty());
}

TEST_CASE("stones: every problem named with its path") {
  const std::string stones = R"([
    {"id": "center", "role": "center", "gem": "diamond", "cut": "round", "size": {"diameter_mm": 6.5, "carat": 1}, "count": 3},
    {"id": "center", "role": "side", "gem": "ruby", "cut": "oval", "size": {"length_mm": 12, "width_mm": 4}},
    {"id": "p", "role": "accent", "gem": "pearl", "cut": "round", "size": {"diameter_mm": 6}, "setting": {"type": "peg"}},
    {"id": "b", "role": "accent", "gem": "diamond", "cut": "round", "size": {"diameter_mm": 1.5},
     "setting": {"type": "bezel", "prongs": 4}, "placement": {"around": "nowhere"}},
    {"id": "9x", "role": "side", "gem": "topaz", "cut": "round", "size": {"length_mm": 3, "width_mm": 3}, "count": 2.5}
  ])";
  const ParseResult result = parse_design(solitaire_with(stones));
  CHECK(result.status == ParseStatus::invalid);
  const auto& e = result.diagnostics.errors;
  CHECK(has(e, "piece.stones[0].size", "exactly one of"));
  CHECK(has(e, "piece.stones[1].id", "already the id of piece.stones[0]"));
  CHECK(has(e, "piece.stones[1].size.length_mm", "length / width is 3.00; a oval stone is 1.10 to 1.80"));
  CHECK(has(e, "piece.stones[2].cut", "pearl is not faceted"));
  CHECK(has(e, "piece.stones[2].setting.type", "does not hold a round stone"));
  CHECK(has(e, "piece.stones[3].setting.prongs", "only prong settings have prongs"));
  CHECK(has(e, "piece.stones[3].placement.around", "is not the id of another stone group"));
  CHECK(has(e, "piece.stones[4].id", "must start with a letter"));
  CHECK(has(e, "piece.stones[4].size.length_mm", "round stones are sized by diameter_mm"));
  CHECK(has(e, "piece.stones[4].count", "must be a whole number"));
}

TEST_CASE("stones: rows along the shank, heads and fingers") {
  // A band has no head.
  const std::string band = R"({"format": "facet.design", "version": 1, "piece": {"type": "ring", "style": "band",
    "metal": {"alloy": "S925"}, "size": {"system": "iso", "value": 52}, "shank": {"width_mm": 2.0, "thickness_mm": 1.6},
    "stones": [{"id": "c", "role": "center", "gem": "cz", "cut": "round", "size": {"diameter_mm": 3}}]}})";
  CHECK(has(parse_design(band).diagnostics.errors, "piece.stones[0].placement", "a band has no head"));
  // Too wide a stone for its part of the shank; the taper counts.
  const auto row = [](double from, double to, double diameter, int count) {
    return solitaire_with("[" + kCenter + R"(, {"id": "row", "role": "accent", "gem": "diamond", "cut": "round",
        "size": {"diameter_mm": )" + std::to_string(diameter) + R"(}, "count": )" + std::to_string(count) +
                          R"(, "placement": {"along": "shank", "from_deg": )" + std::to_string(from) +
                          R"(, "to_deg": )" + std::to_string(to) + "}}]");
  };
  CHECK(parse_design(row(-40, 40, 1.7, 8)).status == ParseStatus::ok);  // near the 2.6 mm top
  CHECK(has(parse_design(row(-170, 170, 1.7, 8)).diagnostics.errors, "piece.stones[1].size", "at least 2.5 mm wide"));
  // Over-filled: warned with the numbers.
  CHECK(has(parse_design(row(-20, 20, 1.5, 20)).diagnostics.warnings, "piece.stones[1].count", "20 stones of 1.5 mm need 34.0 mm"));
  CHECK(has(parse_design(row(20, -20, 1.5, 2)).diagnostics.errors, "piece.stones[1].placement.to_deg", "more than from_deg"));
  // A centre stone wider than the finger.
  const std::string huge = R"([{"id": "c", "role": "center", "gem": "cz", "cut": "round", "size": {"diameter_mm": 25}}])";
  CHECK(has(parse_design(solitaire_with(huge)).diagnostics.errors, "piece.stones[0].size", "wider than the finger"));
}

TEST_CASE("engraving: fits the band, or says why not") {
  const auto ring = [](const std::string& engraving) {
    return solitaire_with("[" + kCenter + "]", R"(, "engraving": [)" + engraving + "]");
  };
  const ParseResult ok = parse_design(ring(R"({"text": "永远 Forever", "location": "inside", "height_mm": 1.2})"));
  REQUIRE(ok.status == ParseStatus::ok);
  CHECK(ok.design->piece.engraving[0].depth_mm == 0.35);
  CHECK(ok.design->piece.engraving[0].style == "engraved");
  const ParseResult bad = parse_design(ring(R"({"text": "ABCDEFGHIJKLMNOPQRSTUVWXYZ ABCDEFGHIJKLMNOPQRSTUVWXYZ", "location": "inside", "height_mm": 1.8, "depth_mm": 1.2},
      {"text": "x", "location": "back"}, {"text": "a\u0007b", "location": "outside"})"));
  const auto& e = bad.diagnostics.errors;
  CHECK(has(e, "piece.engraving[0].text", "mm long at 1.8 mm high; the inside of the band is"));
  CHECK(has(e, "piece.engraving[0].height_mm", "more than the band's width allows (1.4 mm)"));
  CHECK(has(e, "piece.engraving[0].depth_mm", "more than half the band's thickness"));
  CHECK(has(e, "piece.engraving[1].location", "rings are engraved inside or outside"));
  CHECK(has(e, "piece.engraving[2].text", "control characters"));
  CHECK(has(parse_design(ring(R"({"text": ")" + std::string(65, 'a') + R"(", "location": "inside", "height_mm": 0.5})")).diagnostics.errors,
            "piece.engraving[0].text", "1 to 64 characters"));
  // Characters the engraving font cannot cut are named, by themselves and by number.
  const ParseResult emoji = parse_design(ring(R"({"text": "I \u2764 U \ud83d\ude00 \u611b", "location": "inside", "height_mm": 1.2})"));
  CHECK(has(emoji.diagnostics.errors, "piece.engraving[0].text", "3 characters \"\xE2\x9D\xA4\" (U+2764), \"\xF0\x9F\x98\x80\" (U+1F600), \"\xE6\x84\x9B\" (U+611B)"));
  CHECK(has(emoji.diagnostics.errors, "piece.engraving[0].text", "WenQuanYi Micro Hei"));
  // The length is measured with the font: 20 hanzi at 2 mm are 40 mm, on a band 53.4 mm round inside.
  const std::string twenty = R"({"text": "一生一世永远爱你一生一世永远爱你一生一世", "location": "inside", "height_mm": %})";
  auto at = [&](const char* height) { std::string t = twenty; t.replace(t.find('%'), 1, height); return ring(t); };
  CHECK(parse_design(at("1.2")).status == ParseStatus::ok);
  CHECK(has(parse_design(at("2.5")).diagnostics.errors, "piece.engraving[0].text", "is 50.0 mm long at 2.5 mm high"));
  // Outside a set ring the text keeps to the lower half, away from the head: 30 hanzi at 1.3 mm
  // (39 mm) are too long on a band about 65 mm round outside; at 1 mm (30 mm) they fit.
  const std::string outside = R"({"text": "一生一世永远爱你一生一世永远爱你一生一世永远爱你一生一世永远", "location": "outside", "height_mm": %})";
  auto out_at = [&](const char* height) { std::string t = outside; t.replace(t.find('%'), 1, height); return ring(t); };
  CHECK(parse_design(out_at("1")).status == ParseStatus::ok);
  CHECK(has(parse_design(out_at("1.3")).diagnostics.errors, "piece.engraving[0].text", "outside a ring with a head the text stays on the lower half"));
}

TEST_CASE("pendant and earrings blocks belong to their pieces") {
  const auto stud = default_design("stud");
  CHECK(stud->piece.earrings->back == "push");
  CHECK(stud->piece.earrings->post_diameter_mm == 0.8);
  std::string text = normalised_spec_text(*stud);
  text.replace(text.find("\"back\": \"push\""), 14, "\"back\": \"clip\"");
  CHECK(has(parse_design(text).diagnostics.errors, "piece.earrings.back", "must be one of"));
  const std::string pendant_on_ring = solitaire_with("[" + kCenter + "]", R"(, "pendant": {"bail": "fixed"})");
  CHECK(has(parse_design(pendant_on_ring).diagnostics.errors, "piece.pendant", "belongs to pendant pieces only"));
  const ParseResult jade = parse_design(read_test_file("spec-example-jadeite-pendant.facet.json"));
  CHECK(jade.design->piece.pendant->chain_length_mm == 450.0);
}

TEST_CASE("carats: the round diamond trade chart, within the 7% charts differ by (10% allowed)") {
  const catalog::Gem& diamond = *catalog::find_gem("diamond");
  const catalog::Cut& round = *catalog::find_cut("round");
  struct Row { double mm, ct; };
  for (Row row : {Row{3.0, 0.10}, Row{4.0, 0.25}, Row{4.5, 0.36}, Row{5.0, 0.50}, Row{5.5, 0.66}, Row{6.0, 0.84},
                  Row{6.5, 1.00}, Row{7.3, 1.50}, Row{8.0, 2.00}, Row{9.1, 3.00}}) {
    CAPTURE(row.mm);
    CHECK(std::fabs(catalog::carat_from_mm(diamond, round, row.mm, row.mm) / row.ct - 1.0) < 0.10);
  }
  // Melee: the chart rounds to hundredths.
  CHECK(std::fabs(catalog::carat_from_mm(diamond, round, 1.3, 1.3) - 0.01) < 0.003);
  CHECK(std::fabs(catalog::carat_from_mm(diamond, round, 2.0, 2.0) - 0.03) < 0.005);
}

TEST_CASE("carats: other gems by specific gravity; mm from carat inverts carat from mm") {
  const catalog::Cut& oval = *catalog::find_cut("oval");
  const double diamond = catalog::carat_from_mm(*catalog::find_gem("diamond"), oval, 8, 6);
  const double ruby = catalog::carat_from_mm(*catalog::find_gem("ruby"), oval, 8, 6);
  CHECK(ruby / diamond == doctest::Approx(4.00 / 3.52));
  for (const catalog::Cut& cut : catalog::all_cuts()) {
    CAPTURE(cut.name);
    const catalog::StoneDims dims = catalog::mm_from_carat(*catalog::find_gem("sapphire"), cut, 1.25);
    CHECK(dims.length_mm / dims.width_mm == doctest::Approx(cut.typical_ratio));
    CHECK(catalog::carat_from_mm(*catalog::find_gem("sapphire"), cut, dims.length_mm, dims.width_mm) == doctest::Approx(1.25));
  }
  // The facts file's factors for emerald-type cuts by length / width.
  const catalog::Cut& emerald = *catalog::find_cut("emerald");
  const double at_2 = catalog::carat_from_mm(*catalog::find_gem("diamond"), emerald, 10, 5) / (10 * 5 * catalog::depth_mm(emerald, 5));
  CHECK(at_2 == doctest::Approx(0.0100));
}

TEST_CASE("the report lists stones with dimensions and carats") {
  const auto solitaire = default_design("solitaire");
  const Json stones = report::stones_report(solitaire->piece);
  REQUIRE(stones.size() == 1);
  CHECK(stones[0]["id"] == "center");
  CHECK(stones[0]["dims_mm"][0] == 6.5);
  CHECK(std::fabs(stones[0]["carat"].get<double>() - 1.0) < 0.1);  // 6.5 mm round ~ 1 ct
  CHECK(stones[0]["setting"]["prongs"] == 6);
  const auto halo = default_design("halo");
  const Json halo_stones = report::stones_report(halo->piece);
  REQUIRE(halo_stones.size() == 2);
  CHECK(halo_stones[1]["count"] == 18);
  CHECK(halo_stones[1]["total_carat"].get<double>() == doctest::Approx(18 * halo_stones[1]["carat"].get<double>()).epsilon(0.01));
}

TEST_CASE("grades: a diamond's colour and clarity by GB/T 16554 (GIA names beside), off-scale terms warned with their path; other gems free text") {
  const catalog::GradeScale& diamond = catalog::grade_scale(*catalog::find_gem("diamond"));
  CHECK(diamond.colors.front() == "D");
  CHECK(std::find(diamond.colors.begin(), diamond.colors.end(), "N") != diamond.colors.end());
  for (const char* clarity : {"FL", "IF", "LC", "VVS1", "VS2", "SI2", "I1", "P3"})
    CHECK(std::find(diamond.clarities.begin(), diamond.clarities.end(), clarity) != diamond.clarities.end());
  CHECK(std::find(diamond.colors.begin(), diamond.colors.end(), diamond.typical_color) != diamond.colors.end());
  CHECK(std::find(diamond.clarities.begin(), diamond.clarities.end(), diamond.typical_clarity) != diamond.clarities.end());
  CHECK(catalog::grade_scale(*catalog::find_gem("sapphire")).colors.empty());

  auto graded = [](const char* gem, const char* grade) {
    return parse_design(solitaire_with(std::string(R"([{"id": "center", "role": "center", "gem": ")") + gem +
                                       R"(", "cut": "round", "size": {"diameter_mm": 6.5}, "grade": )" + grade + "}]"));
  };
  const ParseResult good = graded("diamond", R"({"color": "F", "clarity": "VS1", "lab": "NGTC"})");
  CHECK(good.status == ParseStatus::ok);
  CHECK(good.diagnostics.warnings.empty());
  const ParseResult off = graded("diamond", R"({"color": "Q", "clarity": "VS3"})");
  CHECK(off.status == ParseStatus::ok);  // informational: warned, not refused
  CHECK(has(off.diagnostics.warnings, "piece.stones[0].grade.color", "is not a colour grade of GB/T 16554-2017"));
  CHECK(has(off.diagnostics.warnings, "piece.stones[0].grade.clarity", "FL to P3"));
  CHECK(graded("sapphire", R"({"color": "cornflower blue", "clarity": "eye clean"})").diagnostics.warnings.empty());
}
