#include "core/spec/template_shelf.hpp"

#include <algorithm>

#include "core/spec/json_reader.hpp"
#include "core/spec/spec_io.hpp"
#include "core/text/utf8.hpp"

namespace facet::spec {
namespace {

constexpr std::string_view kShelfFormat = "facet.templates";
constexpr int kShelfVersion = 1;

std::string_view trimmed(std::string_view name) {
  const size_t first = name.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return name.substr(first, name.find_last_not_of(" \t") - first + 1);
}

std::string json_text(std::string_view text) { return Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace

Diagnostics check_template_name(std::string_view name) {
  Diagnostics problems;
  std::vector<uint32_t> code_points;
  if (!text::decode_utf8(name, code_points)) {
    problems.error("template.name", "", "must be UTF-8 text");
    return problems;
  }
  if (trimmed(name).empty()) problems.error("template.name", json_text(name), "must not be blank: a template is chosen by its name");
  else if (code_points.size() > kMaxTemplateNameCharacters)
    problems.error("template.name", json_text(name), "must be at most " + std::to_string(kMaxTemplateNameCharacters) + " characters");
  else if (std::any_of(code_points.begin(), code_points.end(), [](uint32_t c) { return c < 0x20 || c == 0x7f; }))
    problems.error("template.name", json_text(name), "must not hold control characters (line breaks, tabs)");
  return problems;
}

const SavedTemplate* find_template(const TemplateShelf& shelf, std::string_view name) {
  const std::string_view key = trimmed(name);
  for (const SavedTemplate& saved : shelf.templates)
    if (saved.name == key) return &saved;
  return nullptr;
}

bool save_template(TemplateShelf& shelf, std::string_view name, const Design& design, Diagnostics& diagnostics) {
  Diagnostics problems = check_template_name(trimmed(name).empty() ? name : trimmed(name));
  if (!problems.errors.empty()) {
    diagnostics = std::move(problems);
    return false;
  }
  const std::string key(trimmed(name));
  for (SavedTemplate& saved : shelf.templates)
    if (saved.name == key) {
      saved.design = design;
      return true;
    }
  if (shelf.templates.size() >= kMaxSavedTemplates) {
    diagnostics.error("templates", std::to_string(shelf.templates.size()),
                      "at most " + std::to_string(kMaxSavedTemplates) + " templates: remove one, or save under a name in use to replace it");
    return false;
  }
  shelf.templates.push_back({key, design});
  return true;
}

bool remove_template(TemplateShelf& shelf, std::string_view name) {
  const std::string_view key = trimmed(name);
  const auto it = std::find_if(shelf.templates.begin(), shelf.templates.end(), [&](const SavedTemplate& t) { return t.name == key; });
  if (it == shelf.templates.end()) return false;
  shelf.templates.erase(it);
  return true;
}

Design apply_template(const Design& current, const Design& saved) {
  Design design = saved;
  if (current.piece.type == "ring" && saved.piece.type == "ring" && current.piece.size) design.piece.size = current.piece.size;
  return design;
}

std::string shelf_json(const TemplateShelf& shelf) {
  Json list = Json::array();
  for (const SavedTemplate& saved : shelf.templates) list.push_back(Json{{"name", saved.name}, {"design", design_to_json(saved.design)}});
  const Json document{{"format", kShelfFormat}, {"version", kShelfVersion}, {"templates", std::move(list)}};
  return document.dump(-1, ' ', false, Json::error_handler_t::replace);
}

TemplateShelf parse_shelf(std::string_view text, Diagnostics& diagnostics) {
  TemplateShelf shelf;
  const Json document = Json::parse(text.begin(), text.end(), nullptr, false);
  const auto format = document.is_object() ? document.find("format") : document.end();
  if (document.is_discarded() || !document.is_object() || format == document.end() || !format->is_string() ||
      format->get_ref<const std::string&>() != kShelfFormat) {
    diagnostics.error("", "", "is not a shelf of Facet templates (\"format\": \"facet.templates\")");
    return shelf;
  }
  const auto version = document.find("version");
  if (version == document.end() || !version->is_number_integer() || version->get<int>() != kShelfVersion) {
    diagnostics.error("version", version == document.end() ? "" : short_json(*version), "must be 1: this Facet reads template shelves version 1");
    return shelf;
  }
  const auto list = document.find("templates");
  if (list == document.end() || !list->is_array()) {
    diagnostics.error("templates", list == document.end() ? "" : short_json(*list), "must be a list of templates");
    return shelf;
  }
  for (size_t i = 0; i < list->size(); ++i) {
    const std::string path = "templates[" + std::to_string(i) + "]";
    const Json& entry = (*list)[i];
    const auto name = entry.is_object() ? entry.find("name") : entry.end();
    const auto design = entry.is_object() ? entry.find("design") : entry.end();
    if (!entry.is_object() || name == entry.end() || !name->is_string() || design == entry.end()) {
      diagnostics.warning(path, short_json(entry), "left out: a template is {\"name\": text, \"design\": a design spec}");
      continue;
    }
    const std::string& text_name = name->get_ref<const std::string&>();
    const Diagnostics name_problems = check_template_name(text_name);
    if (!name_problems.errors.empty()) {
      diagnostics.warning(path + ".name", name_problems.errors.front().value, "left out: " + name_problems.errors.front().rule);
      continue;
    }
    const ParseResult parsed = parse_design(design->dump(-1, ' ', false, Json::error_handler_t::replace));
    if (parsed.status != ParseStatus::ok) {
      const Diagnostic& first = parsed.diagnostics.errors.front();
      diagnostics.warning(path + ".design" + (first.path.empty() ? "" : "." + first.path), first.value, "left out: " + first.rule);
      continue;
    }
    if (find_template(shelf, text_name)) {
      diagnostics.warning(path + ".name", json_text(text_name), "left out: a template of that name comes before it");
      continue;
    }
    Diagnostics full;
    if (!save_template(shelf, text_name, *parsed.design, full)) {
      diagnostics.warning(path, "", "left out: at most " + std::to_string(kMaxSavedTemplates) + " templates");
      continue;
    }
  }
  return shelf;
}

}  // namespace facet::spec
