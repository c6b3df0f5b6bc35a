#include "ui/dimensions_overlay.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ImRect

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "ui/widgets.hpp"

namespace facet::ui {
namespace {

const ImU32 kLineColour = IM_COL32(31, 66, 125, 235);  // a drafting blue, clear on gold and on the grey backdrop
const ImU32 kLabelFill = IM_COL32(255, 255, 255, 225);

std::optional<ImVec2> to_screen(const glm::dvec3& p_mm, const glm::mat4& view_projection, float width_px, float height_px) {
  const glm::vec4 clip = view_projection * glm::vec4(glm::vec3(p_mm), 1.0f);
  if (clip.w <= 1e-6f) return std::nullopt;
  const float x = clip.x / clip.w, y = clip.y / clip.w;
  return ImVec2((x * 0.5f + 0.5f) * width_px, (0.5f - y * 0.5f) * height_px);
}

std::string figure(const geometry::DimensionLine& line) {
  char text[32];
  std::snprintf(text, sizeof text, line.diameter ? "Ø %.2f mm" : "%.2f mm", line.value_mm);
  return text;
}

}  // namespace

void draw_dimensions(const std::vector<geometry::DimensionLine>& lines, const glm::mat4& view_projection, float width_px,
                     float height_px, float pixel_ratio) {
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  const float thickness = 1.5f * pixel_ratio, tick = 5.0f * pixel_ratio, pad = 3.0f * pixel_ratio;
  std::vector<ImRect> placed;  // labels already drawn: a figure never hides another
  for (const geometry::DimensionLine& line : lines) {
    const std::optional<ImVec2> a = to_screen(line.from_mm, view_projection, width_px, height_px);
    const std::optional<ImVec2> b = to_screen(line.to_mm, view_projection, width_px, height_px);
    if (!a || !b) continue;
    const float dx = b->x - a->x, dy = b->y - a->y, length = std::sqrt(dx * dx + dy * dy);
    if (length < 4 * tick) continue;  // seen end on: the figure would hide the line
    const ImVec2 along(dx / length, dy / length), across(-along.y, along.x);
    draw->AddLine(*a, *b, kLineColour, thickness);
    for (const ImVec2& end : {*a, *b})
      draw->AddLine(ImVec2(end.x - across.x * tick, end.y - across.y * tick), ImVec2(end.x + across.x * tick, end.y + across.y * tick), kLineColour, thickness);

    // The figure in the middle of its line, or, where that is taken (or over a stone, which it
    // would hide), past an end or beside the line, with a leader back to it.
    const std::string text = figure(line);
    const bool across_stone = line.what.find("stone") != std::string::npos;
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const ImVec2 half(size.x / 2 + pad, size.y / 2 + pad);
    const ImVec2 middle((a->x + b->x) / 2, (a->y + b->y) / 2);
    const float past = std::abs(along.x) * half.x + std::abs(along.y) * half.y + tick;  // the label's reach along the line
    const float aside = std::abs(across.x) * half.x + std::abs(across.y) * half.y + tick;
    std::vector<ImVec2> candidates;
    if (!across_stone) candidates.push_back(middle);
    candidates.push_back(ImVec2(b->x + along.x * past, b->y + along.y * past));
    candidates.push_back(ImVec2(a->x - along.x * past, a->y - along.y * past));
    for (float k = 1; k <= 3; ++k)
      for (float side : {1.0f, -1.0f}) candidates.push_back(ImVec2(middle.x + across.x * aside * k * side, middle.y + across.y * aside * k * side));
    ImRect label;
    for (const ImVec2& centre : candidates) {
      label = ImRect(ImVec2(centre.x - half.x, centre.y - half.y), ImVec2(centre.x + half.x, centre.y + half.y));
      if (std::none_of(placed.begin(), placed.end(), [&](const ImRect& other) { return other.Overlaps(label); })) break;
    }
    placed.push_back(label);
    const ImVec2 centre = label.GetCenter();
    if (std::abs(centre.x - middle.x) + std::abs(centre.y - middle.y) > 1.0f && !across_stone)
      draw->AddLine(middle, centre, kLineColour, 1.0f * pixel_ratio);
    draw->AddRectFilled(label.Min, label.Max, kLabelFill, 4.0f * pixel_ratio);
    draw->AddRect(label.Min, label.Max, kLineColour, 4.0f * pixel_ratio, 0, 1.0f * pixel_ratio);
    draw->AddText(ImVec2(label.Min.x + pad, label.Min.y + pad), kLineColour, text.c_str());
    remember_rect("dimension." + line.what, label.Min, label.Max);
  }
}

void draw_marker(const glm::dvec3& at_mm, const std::string& text, ImVec4 colour, const glm::mat4& view_projection, float width_px,
                 float height_px, float pixel_ratio) {
  const std::optional<ImVec2> at = to_screen(at_mm, view_projection, width_px, height_px);
  if (!at) return;
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  const ImU32 ink = ImGui::ColorConvertFloat4ToU32(colour);
  const float radius = 11.0f * pixel_ratio, pad = 4.0f * pixel_ratio;
  draw->AddCircle(*at, radius, ink, 0, 2.5f * pixel_ratio);
  draw->AddCircleFilled(*at, 2.0f * pixel_ratio, ink);
  // The label up and to the side with more room, kept inside the picture.
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const float side = at->x < width_px * 0.6f ? 1.0f : -1.0f;
  ImVec2 corner(at->x + side * (radius + 24 * pixel_ratio), at->y - radius - 24 * pixel_ratio - size.y);
  if (side < 0) corner.x -= size.x + 2 * pad;
  corner.x = std::clamp(corner.x, 0.0f, std::max(0.0f, width_px - size.x - 2 * pad));
  corner.y = std::clamp(corner.y, 0.0f, std::max(0.0f, height_px - size.y - 2 * pad));
  const ImVec2 far(corner.x + size.x + 2 * pad, corner.y + size.y + 2 * pad);
  const ImVec2 near_end(side > 0 ? corner.x : far.x, far.y);
  draw->AddLine(*at, near_end, ink, 1.5f * pixel_ratio);
  draw->AddRectFilled(corner, far, kLabelFill, 4.0f * pixel_ratio);
  draw->AddRect(corner, far, ink, 4.0f * pixel_ratio, 0, 1.5f * pixel_ratio);
  draw->AddText(ImVec2(corner.x + pad, corner.y + pad), ink, text.c_str());
  remember_rect("marker.check", ImVec2(std::min(corner.x, at->x - radius), std::min(corner.y, at->y - radius)),
                ImVec2(std::max(far.x, at->x + radius), std::max(far.y, at->y + radius)));
}

}  // namespace facet::ui
