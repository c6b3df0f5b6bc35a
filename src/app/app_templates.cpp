// The designer's own templates (App::templates): the shelf kept in the browser, their pictures in
// the gallery, and saving, removing and choosing one from the panel.
#include "app/app.hpp"

#include "platform/platform.hpp"
#include "ui/gallery.hpp"
#include "ui/panel.hpp"
#include "ui/translations.hpp"

namespace facet {
namespace {

constexpr std::string_view kTemplatesKey = "facet.templates.v1";

}  // namespace

void App::load_templates() {
  const std::optional<std::string> stored = platform::stored_text(kTemplatesKey);
  if (!stored) return;
  spec::Diagnostics problems;
  templates_ = spec::parse_shelf(*stored, problems);
  // What could not be read stays in the browser's storage until the next save: a later Facet may
  // read it, and the designer can still copy it out.
  if (!problems.errors.empty() || !problems.warnings.empty()) {
    spec::Diagnostics shown;
    shown.errors = problems.errors;
    shown.errors.insert(shown.errors.end(), problems.warnings.begin(), problems.warnings.end());
    ui::show_problems(shown, ui::tr("Some of your saved templates could not be read and are not shown:"));
  }
}

void App::make_saved_thumbnail(const spec::SavedTemplate& saved) {
  frame_busy_ = true;
  const std::string key = ui::saved_thumbnail_key(saved.name);
  render::Renderer::release_thumbnail(thumbnail(key));
  thumbnails_[key] = draw_thumbnail(saved.design);
}

bool App::save_template(std::string_view name) {
  spec::Diagnostics problems;
  spec::TemplateShelf shelf = templates_;
  if (!spec::save_template(shelf, name, design_, problems)) {
    ui::show_problems(problems, ui::tr("The template was not saved:"));
    return false;
  }
  if (!platform::store_text(kTemplatesKey, spec::shelf_json(shelf))) {
    problems.error("templates", "", "this browser refused to keep them (a private window, or its storage is full)");
    ui::show_problems(problems, ui::tr("The template was not saved:"));
    return false;
  }
  templates_ = std::move(shelf);
  const spec::SavedTemplate& saved = *spec::find_template(templates_, name);
  if (thumbnails_made_) make_saved_thumbnail(saved);  // else with the styles' pictures
  ui::clear_template_name();
  ui::show_notice(ui::tr_format("Saved as the template \"%s\"", saved.name));
  return true;
}

bool App::remove_template(std::string_view name) {
  spec::TemplateShelf shelf = templates_;
  if (!spec::remove_template(shelf, name)) return false;
  if (!platform::store_text(kTemplatesKey, spec::shelf_json(shelf))) {
    spec::Diagnostics problems;
    problems.error("templates", "", "this browser refused to change them (a private window, or its storage is full)");
    ui::show_problems(problems, ui::tr("The template was not removed:"));
    return false;
  }
  const std::string key = ui::saved_thumbnail_key(name);
  render::Renderer::release_thumbnail(thumbnail(key));
  thumbnails_.erase(key);
  templates_ = std::move(shelf);
  ui::show_notice(ui::tr_format("Removed the template \"%s\"", name));
  return true;
}

bool App::choose_template(std::string_view name) {
  const spec::SavedTemplate* saved = spec::find_template(templates_, name);
  if (!saved) return false;
  const SetDesignResult applied = apply(spec::apply_template(design_, saved->design));
  if (!applied.ok) {
    // Saved by another version of Facet, say, and no longer buildable here: the design stays.
    ui::show_problems(applied.diagnostics, ui::tr_format("The template \"%s\" could not be opened; your design is unchanged:", name));
    return false;
  }
  return true;
}

}  // namespace facet
