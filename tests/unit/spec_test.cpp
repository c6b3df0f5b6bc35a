#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/facet_core.hpp"
#include "core/spec/spec_io.hpp"

using namespace facet::spec;

namespace {

const char* kBand = R"({
  "format": "facet.design", "version": 1,
  "meta": {"title": "Wedding band", "created": "2026-11-21"},
  "piece": {"type": "ring", "style": "band",
            "metal": {"alloy": "Au750", "color": "yellow"},
            "size": {"system": "hk", "value": 12},
            "shank": {"profile": "comfort", "width_mm": 4.0, "thickness_mm": 1.8}}
})";

std::string with(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

bool has_error(const ParseResult& result, const std::string& path, const std::string& fragment = "") {
  return std::any_of(result.diagnostics.errors.begin(), result.diagnostics.errors.end(), [&](const Diagnostic& d) {
    return d.path == path && d.to_string().find(fragment) != std::string::npos;
  });
}

}  // namespace

TEST_CASE("a valid band parses with defaults filled in") {
  const ParseResult result = parse_design(kBand);
  REQUIRE(result.status == ParseStatus::ok);
  const Design& design = *result.design;
  CHECK(design.piece.metal.finish == "polished");
  CHECK(design.piece.metal.plating == "none");
  CHECK(design.piece.shank->top_width_mm == 4.0);
  CHECK(design.piece.shank->top_thickness_mm == 1.8);
  CHECK(design.piece.size->circumference_mm == doctest::Approx(50.9));
}

TEST_CASE("spec round trip: normalised output parses to the same normalised output and id") {
  const ParseResult first = parse_design(kBand);
  REQUIRE(first.status == ParseStatus::ok);
  const std::string text = facet::normalised_spec_text(*first.design);
  const ParseResult second = parse_design(text);
  REQUIRE(second.status == ParseStatus::ok);
  CHECK(facet::normalised_spec_text(*second.design) == text);
  CHECK(design_id(second.design->piece) == design_id(first.design->piece));
  CHECK(text.find("\"design_id\": \"sha256:") != std::string::npos);
  CHECK(text.find("\"title\": \"Wedding band\"") != std::string::npos);
}

TEST_CASE("design_id: canonical, sorted, integral numbers without .0, changes with geometry") {
  const Design design = *parse_design(kBand).design;
  const std::string canonical = canonical_piece(design.piece);
  CHECK(canonical.rfind("{\"engraving\":[],\"metal\":{\"alloy\":\"Au750\"", 0) == 0);
  CHECK(canonical.find("\"width_mm\":4}") != std::string::npos);
  CHECK(canonical.find("\"value\":12}") != std::string::npos);
  const std::string id = design_id(design.piece);
  CHECK(id.size() == 7 + 64);
  // Same design written differently (4 vs 4.0, key order, meta) -> same id.
  const ParseResult reordered = parse_design(R"({"version":1,"piece":{"shank":{"thickness_mm":1.80,"width_mm":4,
      "profile":"comfort"},"size":{"value":12.0,"system":"hk"},"metal":{"color":"yellow","alloy":"Au750"},
      "style":"band","type":"ring"},"format":"facet.design","meta":{"title":"other"}})");
  REQUIRE(reordered.status == ParseStatus::ok);
  CHECK(design_id(reordered.design->piece) == id);
  // A different width -> a different id; meta does not count.
  CHECK(design_id(parse_design(with(kBand, "4.0", "4.1")).design->piece) != id);
  CHECK(design_id(parse_design(with(kBand, "Wedding band", "Other")).design->piece) == id);
}

TEST_CASE("validation names every problem with its path, value and rule") {
  std::string text = with(kBand, "\"width_mm\": 4.0", "\"width_mm\": -3");
  text = with(text, "\"thickness_mm\": 1.8", "\"thickness_mm\": \"1.8\"");
  text = with(text, "\"alloy\": \"Au750\"", "\"alloy\": \"Au999\"");
  text = with(text, "\"style\": \"band\"", "\"style\": \"band\", \"colour\": 1");
  const ParseResult result = parse_design(text);
  CHECK(result.status == ParseStatus::invalid);
  CHECK(result.diagnostics.errors.size() == 4);
  CHECK(has_error(result, "piece.shank.width_mm", "= -3: must be between 1 and 20 mm"));
  CHECK(has_error(result, "piece.shank.thickness_mm", "must be a number, not a string"));
  CHECK(has_error(result, "piece.metal.alloy", "must be one of"));
  CHECK(has_error(result, "piece.colour", "is not a key"));
}

TEST_CASE("numbers out of range: huge, infinite, negative sizes") {
  CHECK(has_error(parse_design(with(kBand, "4.0", "1e308")), "piece.shank.width_mm", "between"));
  // 1e999 does not fit a double: the JSON reader refuses it, naming the byte.
  const ParseResult overflow = parse_design(with(kBand, "4.0", "1e999"));
  CHECK(overflow.status == ParseStatus::unreadable);
  CHECK(overflow.diagnostics.errors[0].rule.find("number overflow") != std::string::npos);
  CHECK(has_error(parse_design(with(kBand, "\"value\": 12", "\"value\": -5")), "piece.size.value", "hk sizes start at 1"));
  CHECK(has_error(parse_design(with(kBand, "\"system\": \"hk\", \"value\": 12", "\"system\": \"iso\", \"value\": -5")),
                  "piece.size.value", "inner circumference of -5.0 mm"));
  CHECK(has_error(parse_design(with(kBand, "\"value\": 12", "\"value\": 60")), "piece.size.value", "rings are made from 36 to 80 mm"));
  CHECK(has_error(parse_design(with(kBand, "\"value\": 12", "\"value\": 12.5")), "piece.size.value", "whole numbers"));
  CHECK(has_error(parse_design(with(kBand, "\"value\": 12", "\"value\": 1e300")), "piece.size.value"));
  CHECK(has_error(parse_design(with(kBand, "\"system\": \"hk\", \"value\": 12", "\"system\": \"us\", \"value\": 6.3")),
                  "piece.size.value", "quarter"));
}

TEST_CASE("UK letter sizes in a spec: normalised to canonical text, reported in every system") {
  const ParseResult uk = parse_design(with(kBand, "\"system\": \"hk\", \"value\": 12", "\"system\": \"uk\", \"value\": \"n \u00bd\""));
  REQUIRE(uk.status == ParseStatus::ok);
  CHECK(uk.design->piece.size->letter == "N1/2");
  CHECK(facet::normalised_spec_text(*uk.design).find("\"value\": \"N1/2\"") != std::string::npos);
  const Json report = facet::piece_report(facet::build_piece(*uk.design));
  CHECK(report["size"]["uk"] == "N1/2");
  CHECK(report["size"]["value"] == "N1/2");
  CHECK(report["size"]["us"] == 7);
  CHECK(has_error(parse_design(with(kBand, "\"system\": \"hk\", \"value\": 12", "\"system\": \"uk\", \"value\": 14")),
                  "piece.size.value", "UK sizes are letters"));
  CHECK(has_error(parse_design(with(kBand, "\"system\": \"hk\", \"value\": 12", "\"system\": \"uk\", \"value\": \"Q9\"")),
                  "piece.size.value", "is not a UK size"));
}

TEST_CASE("metal rules: colour for gold below Au916 only") {
  CHECK(has_error(parse_design(with(kBand, ", \"color\": \"yellow\"", "")), "piece.metal.color", "is required"));
  CHECK(has_error(parse_design(with(kBand, "\"alloy\": \"Au750\", \"color\": \"yellow\"", "\"alloy\": \"Pt950\", \"color\": \"white\"")),
                  "piece.metal.color", "only gold"));
  CHECK(has_error(parse_design(with(kBand, "\"alloy\": \"Au750\", \"color\": \"yellow\"", "\"alloy\": \"Au990\", \"color\": \"rose\"")),
                  "piece.metal.color", "yellow only"));
  const ParseResult pt = parse_design(with(kBand, "\"alloy\": \"Au750\", \"color\": \"yellow\"", "\"alloy\": \"Pt950\""));
  CHECK(pt.status == ParseStatus::ok);
  const ParseResult rhodium = parse_design(with(kBand, "\"color\": \"yellow\"", "\"color\": \"yellow\", \"plating\": \"rhodium\""));
  CHECK(rhodium.status == ParseStatus::ok);
  CHECK(rhodium.diagnostics.warnings.size() == 1);
}

TEST_CASE("a ring needs a size; vendor x_ keys are kept; meta.extra is free") {
  CHECK(has_error(parse_design(with(kBand, "\"size\": {\"system\": \"hk\", \"value\": 12},", "")), "piece.size", "is required"));
  const ParseResult vendor = parse_design(with(kBand, "\"style\": \"band\"", "\"style\": \"band\", \"x_shop\": {\"sku\": 7}"));
  REQUIRE(vendor.status == ParseStatus::ok);
  CHECK(facet::normalised_spec_text(*vendor.design).find("\"x_shop\"") != std::string::npos);
  const ParseResult extra = parse_design(with(kBand, "\"title\": \"Wedding band\"", "\"title\": \"W\", \"extra\": {\"anything\": [1, {}]}"));
  CHECK(extra.status == ParseStatus::ok);
}

TEST_CASE("what this version cannot build is valid v1, listed by unbuilt_features") {
  // Stones on a signet: valid v1, not built yet.
  const ParseResult signet = parse_design(with(kBand, "\"style\": \"band\"", R"("style": "signet", "stones": [{"id": "row", "role": "accent",
      "gem": "diamond", "cut": "round", "size": {"diameter_mm": 1.2}, "count": 4, "setting": {"type": "pave"},
      "placement": {"along": "shank", "from_deg": -60, "to_deg": -30}}])"));
  REQUIRE(signet.status == ParseStatus::ok);
  const auto unbuilt = facet::unbuilt_features(*signet.design);
  REQUIRE(unbuilt.size() == 1);
  CHECK(unbuilt[0].path == "piece.stones[0]");
  CHECK(facet::unbuilt_features(*parse_design(kBand).design).empty());
  // A pendant has no ring size.
  CHECK(has_error(parse_design(with(kBand, "\"type\": \"ring\", \"style\": \"band\"", "\"type\": \"pendant\"")),
                  "piece.size", "only rings have a size"));
  CHECK(has_error(parse_design(with(kBand, "\"style\": \"band\"", "\"style\": \"stud\"")), "piece.style", "is a style for earrings, not for a ring"));
  CHECK(has_error(parse_design(with(kBand, "\"style\": \"band\"", "\"style\": \"cocktail\"")), "piece.style", "not a style Facet knows"));
  CHECK(parse_design(with(kBand, "\"style\": \"band\"", "\"style\": \"band\", \"stones\": []")).status == ParseStatus::ok);
}

TEST_CASE("a signet's face: defaults from the template, its shapes, its size against the finger, signet rings only") {
  const std::string signet = with(kBand, "\"style\": \"band\"", "\"style\": \"signet\"");
  const ParseResult plain = parse_design(signet);
  REQUIRE(plain.status == ParseStatus::ok);
  REQUIRE(plain.design->piece.signet.has_value());
  CHECK(plain.design->piece.signet->shape == "oval");
  CHECK(plain.design->piece.signet->length_mm == 12.0);
  CHECK(plain.design->piece.signet->width_mm == 10.0);
  CHECK(design_to_json(*plain.design)["piece"]["signet"] == Json::parse(R"({"face": "oval", "length_mm": 12, "width_mm": 10})"));
  auto with_face = [&](const std::string& face) {
    return parse_design(with(signet, "\"shank\"", "\"signet\": " + face + ", \"shank\""));
  };
  const ParseResult octagon = with_face(R"({"face": "octagon", "length_mm": 14, "width_mm": 11.5})");
  REQUIRE(octagon.status == ParseStatus::ok);
  CHECK(octagon.design->piece.signet->shape == "octagon");
  CHECK(octagon.design->piece.signet->width_mm == 11.5);
  // A different face is a different design.
  CHECK(design_id(octagon.design->piece) != design_id(plain.design->piece));
  CHECK(has_error(with_face(R"({"face": "round"})"), "piece.signet.face"));
  CHECK(has_error(with_face(R"({"length_mm": 30})"), "piece.signet.length_mm"));
  CHECK(has_error(with_face(R"({"width_mm": "10"})"), "piece.signet.width_mm"));
  CHECK(has_error(with_face(R"({"depth_mm": 1})"), "piece.signet.depth_mm"));
  // HK 12 is 16.2 mm across: a face at most 12.96 mm across it.
  CHECK(with_face(R"({"width_mm": 12.9})").status == ParseStatus::ok);
  CHECK(has_error(with_face(R"({"width_mm": 13.5})"), "piece.signet.width_mm", "overhangs a 16.2 mm finger: at most 13.0 mm"));
  // A shank wider at the top than the face is long shows beside it: a warning.
  const ParseResult wide = parse_design(with(with(signet, "\"width_mm\": 4.0", "\"width_mm\": 4.0, \"top_width_mm\": 13"), "\"shank\"",
                                             "\"signet\": {\"length_mm\": 12}, \"shank\""));
  REQUIRE(wide.status == ParseStatus::ok);
  REQUIRE(wide.diagnostics.warnings.size() == 1);
  CHECK(wide.diagnostics.warnings[0].path == "piece.shank.top_width_mm");
  // Only a signet has a face.
  CHECK(has_error(parse_design(with(kBand, "\"shank\"", "\"signet\": {}, \"shank\"")), "piece.signet", "belongs to signet rings only"));
}

TEST_CASE("unreadable input is told apart from an invalid design") {
  for (const char* text : {"", "   \n", "{", "[1,2]", "null", "{\"format\": \"other\", \"version\": 1}",
                           "{\"format\": \"facet.design\", \"version\": 2}", "{\"format\": \"facet.design\"}"}) {
    CAPTURE(text);
    const ParseResult result = parse_design(text);
    CHECK(result.status == ParseStatus::unreadable);
    CHECK(result.diagnostics.errors.size() == 1);
  }
  CHECK(parse_design(std::string("{\"a\":\0}", 7)).diagnostics.errors[0].rule.find("binary") != std::string::npos);
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK(parse_design(deep).diagnostics.errors[0].rule.find("nested deeper") != std::string::npos);
  CHECK(parse_design("{\"format\": \"facet.design\", \"version\": 1,}").diagnostics.errors[0].rule.find("byte") != std::string::npos);
  CHECK(parse_design(std::string(2 << 20, ' ')).status == ParseStatus::unreadable);
}

TEST_CASE("the default band validates and builds a closed piece") {
  auto design = default_design("band");
  REQUIRE(design.has_value());
  const ParseResult again = parse_design(facet::normalised_spec_text(*design));
  CHECK(again.status == ParseStatus::ok);
  const facet::BuiltPiece built = facet::build_piece(*again.design);
  const Json report = facet::piece_report(built);
  CHECK(report["metal"]["alloy"] == "Au750");
  CHECK(report["metal"]["weight_g"].get<double>() > 2.0);
  CHECK(report["metal"]["weight_g"].get<double>() < 8.0);
  CHECK(report["size"]["iso_mm"].get<double>() == doctest::Approx(50.9));
  CHECK(report["design_id"] == design_id(design->piece));
  CHECK(default_design("halo").has_value());
  // Asked to build what it cannot, the core returns an empty mesh, not a crash.
  Design engraved = *default_design("pendant_halo");
  engraved.piece.engraving.push_back({"A", "", "back", 1.0, 0.2, "engraved", Json::object()});  // engraving a pendant: not built yet
  CHECK(facet::build_piece(engraved).metal.positions.empty());
  CHECK(facet::build_preview_metal(engraved).positions.empty());
  CHECK_FALSE(default_design("cocktail").has_value());
}
