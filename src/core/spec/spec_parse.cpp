#include <cmath>

#include "core/catalog/metals.hpp"
#include "core/catalog/ring_sizes.hpp"
#include "core/spec/json_reader.hpp"
#include "core/spec/spec_io.hpp"
#include "core/spec/spec_parse_parts.hpp"
#include "core/spec/style_defaults.hpp"

namespace facet::spec {
namespace {

constexpr NumberRule kShankWidth{1.0, 20.0, "mm"};
constexpr NumberRule kShankThickness{0.6, 6.0, "mm"};
constexpr NumberRule kShrinkage{0.0, 10.0, "%"};
// Lost-wax casting minimum for a shank (jewelry-facts.md, design-for-manufacture limits).
constexpr double kMinCastShankThicknessMm = 1.2;

// The whole-document checks that decide between "unreadable" and a spec we can report on.
std::optional<Diagnostic> check_readable(std::string_view text) {
  if (text.size() > kMaxSpecBytes)
    return Diagnostic{"", "", "the file is larger than 1 MiB; a design spec is a few kilobytes"};
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return Diagnostic{"", "", "the file is empty"};
  if (text.find('\0') != std::string_view::npos)
    return Diagnostic{"", "", "the file is binary, not a JSON design spec"};
  // Nesting depth, counted outside strings, before the recursive parser sees it.
  int depth = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') {
      if (++depth > kMaxNestingDepth)
        return Diagnostic{"", "", "the JSON is nested deeper than " + std::to_string(kMaxNestingDepth) + " levels"};
    } else if (c == '}' || c == ']') --depth;
  }
  return std::nullopt;
}

// Records the parser's own message (with its byte position) without exceptions.
struct SyntaxErrorCatcher : nlohmann::json_sax<Json> {
  std::string message;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
    message = "is not valid JSON (byte " + std::to_string(position) + "): " + ex.what();
    return false;
  }
};

void read_meta(ObjectReader& root, Meta& meta) {
  auto reader = ObjectReader::open(root, "meta", false);
  if (!reader) return;
  meta.title = reader->text("title", 200, false);
  meta.designer = reader->text("designer", 200, false);
  meta.copyright = reader->text("copyright", 200, false);
  meta.customer_ref = reader->text("customer_ref", 200, false);
  meta.order_id = reader->text("order_id", 200, false);
  meta.notes = reader->text("notes", 4000, false);
  meta.created = reader->text("created", 64, false);
  if (meta.created) {
    const std::string& c = *meta.created;
    const bool looks_iso = c.size() >= 10 && std::isdigit((unsigned char)c[0]) && c[4] == '-' && c[7] == '-';
    if (!looks_iso) {
      reader->diagnostics().error(reader->child_path("created"), short_json(Json(c)),
                                  "must be an ISO 8601 date, e.g. 2026-11-21 or 2026-11-21T10:00:00Z");
      meta.created.reset();
    }
  }
  if (const Json* extra = reader->field("extra")) {
    if (extra->is_object()) meta.extra = *extra;
    else reader->diagnostics().error(reader->child_path("extra"), short_json(*extra), "must be an object");
  }
  reader->reject_unknown_keys();
}

void read_metal(ObjectReader& piece, Metal& metal) {
  auto reader = ObjectReader::open(piece, "metal", true);
  if (!reader) return;
  Diagnostics& diag = reader->diagnostics();
  auto alloy_code = reader->one_of(
      "alloy", {"Au375", "Au585", "Au750", "Au916", "Au990", "Pt900", "Pt950", "Pt990", "Pd950", "S925", "S990"},
      true);
  auto color = reader->one_of("color", {"yellow", "white", "rose"}, false);
  metal.finish = reader->one_of("finish", {"polished", "matte", "brushed", "hammered"}, false).value_or("polished");
  metal.plating = reader->one_of("plating", {"none", "rhodium"}, false).value_or("none");
  metal.extensions = reader->extensions();
  reader->reject_unknown_keys();
  if (!alloy_code) return;
  metal.alloy = *alloy_code;
  const catalog::Alloy* alloy = catalog::find_alloy(*alloy_code);
  const std::string color_path = reader->child_path("color");
  if (alloy->family != catalog::MetalFamily::gold) {
    if (color) diag.error(color_path, short_json(Json(*color)), "only gold alloys take a color; leave it out for " + metal.alloy);
    return;
  }
  if (!color && reader->has("color")) return;  // already reported
  if (!color && alloy->color_required) {
    diag.error(color_path, "", "is required for gold below Au916 (\"yellow\", \"white\" or \"rose\")");
    return;
  }
  const catalog::AlloyColor* entry = catalog::find_alloy_color(*alloy, color.value_or(""));
  if (entry == nullptr) {
    diag.error(color_path, short_json(Json(*color)), metal.alloy + " comes in yellow only");
    return;
  }
  metal.color = std::string(entry->color);
  if (metal.plating == "rhodium" && metal.color != "white")
    diag.warning(reader->child_path("plating"), "\"rhodium\"", "rhodium plating hides the colour of " + metal.color + " gold");
}

void read_size(ObjectReader& piece, std::optional<RingSize>& size, bool is_ring) {
  auto reader = ObjectReader::open(piece, "size", is_ring);
  if (!reader) return;
  Diagnostics& diag = reader->diagnostics();
  if (!is_ring) diag.error(reader->path(), "", "only rings have a size");
  auto system_name = reader->one_of("system", {"iso", "us", "uk", "hk", "jp", "cn"}, true);
  const Json* value = reader->field("value");
  RingSize out;
  out.extensions = reader->extensions();
  reader->reject_unknown_keys();
  const std::string value_path = reader->child_path("value");
  if (value == nullptr) {
    diag.error(value_path, "", "is required");
    return;
  }
  if (!system_name) return;
  out.system = *catalog::parse_size_system(*system_name);
  if (out.system == catalog::SizeSystem::uk) {
    if (!value->is_string()) {
      diag.error(value_path, short_json(*value), "UK sizes are letters, such as \"N\" or \"N1/2\"");
      return;
    }
    const auto index = catalog::parse_uk_size(value->get_ref<const std::string&>());
    if (!index) {
      diag.error(value_path, short_json(*value), "is not a UK size: a letter A to Z, halves as \"N1/2\", past Z \"Z+1\"");
      return;
    }
    out.letter = catalog::format_uk_size(*index);
    out.circumference_mm = catalog::uk_circumference(*index);
  } else {
    if (!value->is_number()) {
      diag.error(value_path, short_json(*value), "must be a number for the " + *system_name + " system");
      return;
    }
    out.value = value->get<double>();
    if (!std::isfinite(out.value) || std::fabs(out.value) > 1000.0) {
      diag.error(value_path, short_json(*value), "is not a ring size");
      return;
    }
    if (out.system != catalog::SizeSystem::iso && out.system != catalog::SizeSystem::us && out.value < 1) {
      diag.error(value_path, short_json(*value), *system_name + " sizes start at 1");
      return;
    }
    if (!catalog::is_size_step(out.system, out.value)) {
      diag.error(value_path, short_json(*value),
                 out.system == catalog::SizeSystem::us ? "US sizes come in quarter steps (6, 6.25, 6.5 ...)"
                                                       : *system_name + " sizes are whole numbers");
      return;
    }
    out.circumference_mm = catalog::circumference_from_size(out.system, out.value);
  }
  if (out.circumference_mm < catalog::kMinCircumferenceMm || out.circumference_mm > catalog::kMaxCircumferenceMm) {
    char buffer[160];
    std::snprintf(buffer, sizeof buffer,
                  "gives an inner circumference of %.1f mm; rings are made from %.0f to %.0f mm",
                  out.circumference_mm, catalog::kMinCircumferenceMm, catalog::kMaxCircumferenceMm);
    diag.error(value_path, short_json(*value), buffer);
    return;
  }
  size = out;
}

void read_shank(ObjectReader& piece, std::optional<Shank>& shank, const Shank& defaults, bool is_ring) {
  if (!is_ring) {
    if (auto reader = ObjectReader::open(piece, "shank", false)) reader->diagnostics().error(reader->path(), "", "only rings have a shank");
    return;
  }
  auto reader = ObjectReader::open(piece, "shank", false);
  if (!reader) {
    if (!piece.has("shank")) shank = defaults;
    return;
  }
  Diagnostics& diag = reader->diagnostics();
  Shank out = defaults;
  if (auto profile = reader->one_of("profile", {"flat", "comfort", "d_shape", "court", "knife_edge", "square"}, false)) {
    out.profile = *profile;
  }
  auto width = reader->number("width_mm", kShankWidth, false);
  auto thickness = reader->number("thickness_mm", kShankThickness, false);
  auto top_width = reader->number("top_width_mm", kShankWidth, false);
  auto top_thickness = reader->number("top_thickness_mm", kShankThickness, false);
  out.width_mm = width.value_or(defaults.width_mm);
  out.thickness_mm = thickness.value_or(defaults.thickness_mm);
  out.top_width_mm = top_width.value_or(out.width_mm);
  out.top_thickness_mm = top_thickness.value_or(out.thickness_mm);
  out.extensions = reader->extensions();
  reader->reject_unknown_keys();
  for (auto [key, value] : {std::pair{"thickness_mm", out.thickness_mm}, std::pair{"top_thickness_mm", out.top_thickness_mm}}) {
    if (value < kMinCastShankThicknessMm && reader->has(key))
      diag.warning(reader->child_path(key), number_json(value).dump(),
                   "is thinner than the 1.2 mm a caster accepts for a shank");
  }
  shank = out;
}

void read_piece(ObjectReader& root, Piece& piece) {
  auto reader = ObjectReader::open(root, "piece", true);
  if (!reader) return;
  Diagnostics& diag = reader->diagnostics();
  piece.type = reader->one_of("type", {"ring", "pendant", "earrings"}, true).value_or("ring");
  const bool is_ring = piece.type == "ring";
  piece.style = std::string(default_style(piece.type));
  const StyleDefaults* style = find_style_defaults(piece.style);
  if (auto given = reader->text("style", 64, false)) {
    const StyleDefaults* named = find_style_defaults(*given);
    if (named == nullptr) {
      std::string known;
      for (const StyleDefaults& s : all_styles()) known += (known.empty() ? "" : ", ") + std::string(s.style);
      diag.error(reader->child_path("style"), short_json(Json(*given)), "is not a style Facet knows (" + known + ")");
    } else if (named->type != piece.type) {
      diag.error(reader->child_path("style"), short_json(Json(*given)),
                 "is a style for " + std::string(named->type) + (named->type == "earrings" ? "" : "s") + ", not for " +
                     (piece.type == "earrings" ? "earrings" : "a " + piece.type));
    } else {
      piece.style = *given;
      style = named;
    }
  }
  read_metal(*reader, piece.metal);
  read_size(*reader, piece.size, is_ring);
  read_shank(*reader, piece.shank, style->shank.value_or(Shank{}), is_ring);
  detail::read_stones(*reader, piece, *style);
  detail::read_engraving(*reader, piece);
  detail::read_pendant(*reader, piece, *style);
  detail::read_earrings(*reader, piece, *style);
  detail::read_signet(*reader, piece, *style);
  piece.extensions = reader->extensions();
  reader->reject_unknown_keys();
  detail::check_piece_rules(piece, *style, diag);
}

void read_production(ObjectReader& root, std::optional<Production>& production) {
  auto reader = ObjectReader::open(root, "production", false);
  if (!reader) return;
  Production out;
  out.shrinkage_pct = reader->number("shrinkage_pct", kShrinkage, false);
  out.hallmark = reader->text("hallmark", 64, false);
  out.notes = reader->text("notes", 4000, false);
  out.extensions = reader->extensions();
  reader->reject_unknown_keys();
  production = out;
}

}  // namespace

ParseResult parse_design(std::string_view text) {
  ParseResult result;
  if (auto problem = check_readable(text)) {
    result.diagnostics.errors.push_back(*problem);
    return result;
  }
  Json document = Json::parse(text.begin(), text.end(), nullptr, false);
  if (document.is_discarded()) {
    SyntaxErrorCatcher catcher;
    Json::sax_parse(text.begin(), text.end(), &catcher);
    result.diagnostics.error("", "", catcher.message.empty() ? "is not valid JSON" : catcher.message);
    return result;
  }
  if (!document.is_object()) {
    result.diagnostics.error("", short_json(document), "a design spec is a JSON object");
    return result;
  }
  auto format = document.find("format");
  if (format == document.end() || *format != kFormat) {
    result.diagnostics.error("format", format == document.end() ? "" : short_json(*format),
                             "must be \"facet.design\": this is not a Facet design spec");
    return result;
  }
  auto version = document.find("version");
  if (version == document.end() || !version->is_number() || *version != kVersion) {
    result.diagnostics.error("version", version == document.end() ? "" : short_json(*version),
                             "must be 1: this Facet reads design spec version 1");
    return result;
  }

  Design design;
  ObjectReader root(document, "", result.diagnostics);
  root.field("format");
  root.field("version");
  if (const Json* id = root.field("design_id"); id && !id->is_string())
    result.diagnostics.error("design_id", short_json(*id), "must be a string (it is recomputed, never trusted)");
  read_meta(root, design.meta);
  read_piece(root, design.piece);
  read_production(root, design.production);
  design.extensions = root.extensions();
  root.reject_unknown_keys();

  if (result.diagnostics.errors.empty()) {
    result.status = ParseStatus::ok;
    result.design = std::move(design);
  } else {
    result.status = ParseStatus::invalid;
  }
  return result;
}

}  // namespace facet::spec
