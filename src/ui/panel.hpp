// The configurator's Dear ImGui panel: every parameter of the band, the live weight, downloads.
#pragma once

#include <optional>

#include "app/app.hpp"

namespace facet::ui {

struct PanelResult {
  std::optional<spec::Design> edited;  // the design as the user changed it this frame
  bool download_spec = false;
  bool download_stl = false;
  bool download_3mf = false;
  bool download_glb = false;
  bool download_package = false;
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
// Where each named widget was drawn last frame, in CSS pixels: {"size.plus": {x, y, width, height}, ...}.
// For tests and embedding pages that point at controls (tests/e2e drive the panel through it).
spec::Json widget_layout();

// Shows validation problems from an edit that could not be applied.
void show_problems(const spec::Diagnostics& diagnostics);

}  // namespace facet::ui
