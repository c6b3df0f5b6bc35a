// A designer's own templates: designs saved under a name, offered in the gallery beside the
// built-in styles, kept in the browser across visits. A template is a whole design (piece, meta
// with its designer and copyright, production notes); choosing one keeps only the customer's ring
// size. Errors are values: a name or a stored shelf that breaks a rule says which and why.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/spec/diagnostics.hpp"
#include "core/spec/spec.hpp"

namespace facet::spec {

struct SavedTemplate {
  std::string name;  // as the designer typed it (UTF-8), unique on the shelf
  Design design;
};

struct TemplateShelf {
  std::vector<SavedTemplate> templates;  // in the order saved
};

// A gallery row is a glance, not a library; a name fits under a tile in two lines.
inline constexpr size_t kMaxSavedTemplates = 12;
inline constexpr size_t kMaxTemplateNameCharacters = 32;

// `template.name` rules: not blank, at most kMaxTemplateNameCharacters characters, valid UTF-8, no
// control characters. Empty diagnostics when the name is fine.
Diagnostics check_template_name(std::string_view name);

// Saves `design` as `name` (leading and trailing spaces trimmed). The same name replaces the
// template saved under it, in its place; a new name is refused when the shelf is full. False with
// the reason in `diagnostics`, the shelf unchanged.
bool save_template(TemplateShelf& shelf, std::string_view name, const Design& design, Diagnostics& diagnostics);
// False when no template has that name.
bool remove_template(TemplateShelf& shelf, std::string_view name);
const SavedTemplate* find_template(const TemplateShelf& shelf, std::string_view name);

// What choosing `saved` makes of `current`: the template whole, but a ring keeps the customer's
// size when the template is a ring too.
Design apply_template(const Design& current, const Design& saved);

// {"format": "facet.templates", "version": 1, "templates": [{"name": ..., "design": {spec}}]}
std::string shelf_json(const TemplateShelf& shelf);
// Reads what shelf_json wrote. An entry that is no longer valid (a name or a design breaking a
// rule, a repeated name, past the limit) is left out with a warning naming it
// (`templates[2].design.piece.shank.width_mm: ...`); text that is not a shelf at all gives an
// empty shelf and an error. Never throws.
TemplateShelf parse_shelf(std::string_view text, Diagnostics& diagnostics);

}  // namespace facet::spec
