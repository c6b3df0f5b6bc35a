// The configurator's Dear ImGui panel: every parameter of the band, the live weight, downloads.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "app/app.hpp"
#include "ui/translations.hpp"

namespace facet::ui {

struct PanelResult {
  std::optional<spec::Design> edited;  // the design as the user changed it this frame
  bool in_gesture = false;             // a control is still held or typed in: the edit goes on
  bool undo = false, redo = false;     // buttons, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (Cmd on a Mac)
  bool open_file = false;
  bool share = false;
  std::optional<Language> language;    // the language button
  std::optional<bool> display_case;    // the "Display case" light switched on (true) or off
  bool download_spec = false;
  bool download_stl = false;
  bool download_3mf = false;
  bool download_glb = false;
  bool download_package = false;
  bool download_snapshot = false;
  bool look_at_engraving = false;      // the engraving is being worked on: turn the ring to show it
  // The gallery's saved templates (ui/gallery): one chosen, the design saved under a name, one removed.
  std::optional<std::string> choose_template, save_template, remove_template;
};

// Loads the UI font and sets the shop look. Call once after ImGui is created.
void init_style();

// Where the panel sits, in framebuffer pixels: on the left on wide screens, along the bottom on
// phones. The camera uses it to centre the piece in the space that is left.
struct PanelLayout {
  bool narrow = false;
  float x = 0, y = 0, width = 0, height = 0;
};
PanelLayout panel_layout(const FrameInput& input);
// Keeps text and spacing the same physical size at any pixel ratio.
void apply_pixel_ratio(float pixel_ratio);
PanelResult draw_panel(App& app, const FrameInput& input);
// The panel's "Dimensions": the piece's measurements drawn over it (ui/dimensions_overlay).
bool dimensions_shown();

// Shows validation problems from an edit, a file or a link that could not be applied, under
// `title` if given, until the next edit.
void show_problems(const spec::Diagnostics& diagnostics, const std::string& title = "");
// A line of good news ("Opened ring.facet.json"), until the next edit.
void show_notice(const std::string& text);
// The share link, shown in a field the user can select and copy, until the design changes.
void show_share_link(const std::string& url);

}  // namespace facet::ui
