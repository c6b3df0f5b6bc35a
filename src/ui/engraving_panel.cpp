#include "ui/engraving_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "core/catalog/casting_limits.hpp"
#include "core/geometry/engraving.hpp"
#include "ui/fonts.hpp"
#include "ui/translations.hpp"
#include "ui/widgets.hpp"

namespace facet::ui {
namespace {

// A new engraving: inside, as most are; 1.2 mm letters (a common inside size), or what the band's
// width leaves room for; 0.3 mm deep, what a laser cuts in one pass or two.
constexpr double kNewHeightMm = 1.2, kNewDepthMm = 0.3, kEdgeMarginMm = 0.3;

double band_room_mm(const spec::Piece& piece) {
  if (!piece.shank) return kNewHeightMm;
  return std::min(piece.shank->width_mm, piece.shank->top_width_mm) - 2 * kEdgeMarginMm;
}

}  // namespace

bool engraving_section(spec::Design& design, bool& look_at) {
  spec::Piece& piece = design.piece;
  section(tr("Engraving"));
  // The box holds 64 characters of up to 4 UTF-8 bytes each, as the spec allows.
  char text[4 * 64 + 1] = {};
  const std::string current = piece.engraving.empty() ? "" : piece.engraving[0].text;
  std::snprintf(text, sizeof text, "%s", current.c_str());
  const bool typed = ImGui::InputTextWithHint(tr("Text"), tr("Add a name or a date"), text, sizeof text);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Up to 64 letters, digits or common Chinese characters"));
  remember("engraving.text");
  if (ImGui::IsItemActivated()) look_at = true;
  bool changed = false;
  if (typed && current != text) {
    look_at = true;
    changed = true;
    if (text[0] == '\0') {
      piece.engraving.erase(piece.engraving.begin());
      return true;
    }
    if (piece.engraving.empty())
      piece.engraving.push_back({"", "", "inside", std::min(kNewHeightMm, std::max(0.3, band_room_mm(piece))), kNewDepthMm, "engraved",
                                 spec::Json::object()});
    piece.engraving[0].text = text;
    need_glyphs(piece.engraving[0].text);
  }
  if (piece.engraving.empty()) return changed;
  spec::Engraving& e = piece.engraving[0];
  if (combo("Location", "engraving.location", "engraving_location", e.location, {"inside", "outside"})) changed = look_at = true;
  if (slider_mm("Letter height", "engraving.height", e.height_mm, 0.5f, float(std::clamp(band_room_mm(piece), 0.5, 10.0)))) changed = look_at = true;
  changed |= slider_mm("Depth", "engraving.depth", e.depth_mm, 0.1f, 1.0f);
  changed |= combo("Engraving style", "engraving.style", "engraving_style", e.style, {"engraved", "embossed"});
  // How the factory makes it: the same rule the checks and the job sheet use.
  const geometry::EngravingPlan plan = geometry::engraving_plan(e, catalog::kMinCastEngravingLineMm);
  ImGui::TextDisabled(plan.method == geometry::EngravingMethod::cast ? tr("Cast in the metal (lines %.2f mm)")
                                                                      : tr("Cut by laser after polishing (lines %.2f mm)"),
                      plan.line_width_mm);
  return changed;
}

}  // namespace facet::ui
