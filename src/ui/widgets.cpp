#include "ui/widgets.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "ui/translations.hpp"

namespace facet::ui {
namespace {

struct WidgetRect {
  float x, y, width, height;
};
std::map<std::string, WidgetRect> g_widgets;  // filled while drawing, in framebuffer pixels
float g_widget_scale = 1.0f;

}  // namespace

void begin_widget_layout(float pixel_ratio) {
  g_widgets.clear();
  g_widget_scale = pixel_ratio;
}

void remember(const std::string& name) {
  if (!ImGui::IsItemVisible()) return;
  // Only the part inside the window's clip rectangle can be clicked; a widget mostly scrolled out
  // of view does not count as shown.
  const ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImVec2 item_min = ImGui::GetItemRectMin(), item_max = ImGui::GetItemRectMax();
  const ImVec2 clip_min = draw_list->GetClipRectMin(), clip_max = draw_list->GetClipRectMax();
  const ImVec2 min(std::max(item_min.x, clip_min.x), std::max(item_min.y, clip_min.y));
  const ImVec2 max(std::min(item_max.x, clip_max.x), std::min(item_max.y, clip_max.y));
  if (max.y - min.y < 0.75f * (item_max.y - item_min.y) || max.x <= min.x) return;
  g_widgets[name] = {min.x, min.y, max.x - min.x, max.y - min.y};
}

void remember_rect(const std::string& name, ImVec2 min, ImVec2 max) { g_widgets[name] = {min.x, min.y, max.x - min.x, max.y - min.y}; }

spec::Json widget_layout() {
  spec::Json out = spec::Json::object();
  for (const auto& [name, r] : g_widgets) {
    out[name] = {{"x", r.x / g_widget_scale}, {"y", r.y / g_widget_scale},
                 {"width", r.width / g_widget_scale}, {"height", r.height / g_widget_scale}};
  }
  return out;
}

void section(const char* title) {
  ImGui::Spacing();
  ImGui::TextColored(ImVec4(0.35f, 0.33f, 0.30f, 1.0f), "%s", title);
  ImGui::Separator();
}


// A combo of a spec field's values, each shown in the UI's language (option_text(group, value));
// remembered as `name` and `name:value`.
bool combo(const char* label, const std::string& name, const char* group, std::string& value, std::span<const char* const> options) {
  bool changed = false;
  ImGui::PushID(name.c_str());  // "Gem" is in the centre, side, halo and pavé sections alike
  const bool open = ImGui::BeginCombo(tr(label), option_text(group, value));
  remember(name);
  if (open) {
    for (const char* option : options) {
      const bool selected = value == option;
      if (ImGui::Selectable(option_text(group, option), selected)) {
        changed = value != option;
        value = option;
      }
      remember(name + ":" + option);
    }
    ImGui::EndCombo();
  }
  ImGui::PopID();
  return changed;
}

// A slider in millimetres, kept to hundredths; remembered as `name`.
bool slider_mm(const char* label, const char* name, double& value, float min, float max) {
  float v = float(value);
  ImGui::PushID(name);  // labels repeat across sections ("Stone" in the halo and the pavé)
  const bool moved = ImGui::SliderFloat(tr(label), &v, min, max, "%.2f mm");
  ImGui::PopID();
  remember(name);
  if (!moved) return false;
  value = std::round(double(v) * 100.0) / 100.0;  // hundredths of a millimetre
  return true;
}

void drag_to_scroll() {
  // The press must have started over this list and on no control (a slider being dragged or a
  // button held keeps the finger); then the list follows the finger.
  static bool scrolling = false;
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left))
    scrolling = ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && !ImGui::IsAnyItemHovered();
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) scrolling = false;
  // (Pressing empty space makes ImGui hold the window itself active, so "no item active" would
  // never be true here: the press's start is what tells a scroll from a slider's drag.)
  if (scrolling && ImGui::IsMouseDragging(ImGuiMouseButton_Left))
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
}

}  // namespace facet::ui
