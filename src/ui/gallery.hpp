// The panel's first section: the templates as pictures the app drew of them. The built-in styles,
// then the designer's own (saved under a name, kept in the browser), each chosen with a tap, with
// "Save as template" under them and a confirmed remove on each saved one.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "app/app.hpp"

namespace facet::ui {

struct TemplateActions {
  std::optional<std::string> choose;  // a saved template was tapped
  std::optional<std::string> save;    // "Save as template" with this name
  std::optional<std::string> remove;  // a saved template's remove, confirmed
};

// The gallery. True when a built-in style was chosen (`design` edited: the template's shank and
// stones, the customer's metal and size kept); what was done with saved templates in `actions`.
bool style_section(const App& app, spec::Design& design, TemplateActions& actions);
// The built-in styles, in the gallery's order (the app draws a picture of each template).
std::span<const char* const> gallery_styles();
// The key of a saved template's picture (App::thumbnail): apart from every style's.
std::string saved_thumbnail_key(std::string_view name);

// The name box's text (what the page's text box starts from) and text typed into it through the
// page's text box (App::type_text "template.name"): false with the rule it breaks.
const std::string& template_name_text();
spec::Diagnostics set_template_name_text(std::string_view text);
// Once saved, the box empties.
void clear_template_name();

}  // namespace facet::ui
