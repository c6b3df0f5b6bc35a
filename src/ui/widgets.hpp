// What every part of the panel shares: the shop's accent colour, titled sections, and the record
// of where each named control was drawn (facet.uiLayout(), which the browser tests click by).
#pragma once

#include <imgui.h>

#include <initializer_list>
#include <span>
#include <string>

#include "core/spec/spec.hpp"

namespace facet::ui {

inline const ImVec4 kAccent = ImVec4(0.62f, 0.47f, 0.22f, 1.0f);  // a warm gold for the shop's accent

// Starts a frame's record; `pixel_ratio` turns framebuffer pixels into CSS pixels.
void begin_widget_layout(float pixel_ratio);
// Remembers where the last widget was drawn, under a stable name, if it can be seen (not scrolled
// out of its window or list).
void remember(const std::string& name);
// Remembers a rectangle drawn outside any window (a label over the piece), in framebuffer pixels.
void remember_rect(const std::string& name, ImVec2 min, ImVec2 max);
// Where each named widget was drawn last frame, in CSS pixels: {"size.plus": {x, y, width, height}, ...}.
spec::Json widget_layout();

// A titled section (ImGui 1.86 has no SeparatorText).
void section(const char* title);

// A combo of a spec field's values, each shown in the UI's language (option_text(group, value));
// remembered as `name` and `name:value`. True when the user picked another.
bool combo(const char* label, const std::string& name, const char* group, std::string& value, std::span<const char* const> options);
inline bool combo(const char* label, const std::string& name, const char* group, std::string& value, std::initializer_list<const char*> options) {
  return combo(label, name, group, value, std::span<const char* const>(options.begin(), options.size()));
}
// A slider in millimetres (label in English, shown translated), kept to hundredths.
bool slider_mm(const char* label, const char* name, double& value, float min, float max);

// Call last inside a scrolling child: a drag that starts on none of its controls scrolls it, as a
// finger scrolls a list on a phone (ImGui itself scrolls only by wheel and scrollbar).
void drag_to_scroll();

}  // namespace facet::ui
