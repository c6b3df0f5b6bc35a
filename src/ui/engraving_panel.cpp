#include "ui/engraving_panel.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "core/catalog/casting_limits.hpp"
#include "core/geometry/engraving.hpp"
#include "platform/platform.hpp"
#include "ui/fonts.hpp"
#include "ui/translations.hpp"
#include "ui/widgets.hpp"

namespace facet::ui {
namespace {

// A new engraving: inside, as most are; 1.2 mm letters (a common inside size), or what the band's
// width leaves room for; 0.3 mm deep, what a laser cuts in one pass or two.
constexpr double kNewHeightMm = 1.2, kNewDepthMm = 0.3, kEdgeMarginMm = 0.3;

// A signet's monogram: on its face, letters 5 mm high (two initials fill a 10 mm face, and the
// font's thinnest stroke, 0.37 mm, is still cast rather than cut by laser).
constexpr double kNewMonogramHeightMm = 5.0;

bool on_signet_face(const spec::Piece& piece, const std::string& location) { return piece.signet && location == "outside"; }

// How high the letters can be: the band's width, or a signet face's flat along the finger.
double letter_room_mm(const spec::Piece& piece, const std::string& location) {
  if (on_signet_face(piece, location)) return piece.signet->length_mm - 2 * (geometry::signet_flat_inset_mm() + kEdgeMarginMm);
  if (!piece.shank) return kNewHeightMm;
  return std::min(piece.shank->width_mm, piece.shank->top_width_mm) - 2 * kEdgeMarginMm;
}

}  // namespace

void set_engraving_text(spec::Design& design, std::string_view text) {
  spec::Piece& piece = design.piece;
  if (text.empty()) {
    if (!piece.engraving.empty()) piece.engraving.erase(piece.engraving.begin());
    return;
  }
  if (piece.engraving.empty()) {
    // On a signet, the face; on any other ring, inside.
    const std::string location = piece.signet ? "outside" : "inside";
    const bool monogram = on_signet_face(piece, location);
    const double height = monogram ? kNewMonogramHeightMm : kNewHeightMm;
    // A monogram is cast, as deep as a casting's letters should be; other text is cut by laser.
    const double depth = monogram ? catalog::kCastEngravingDepthMm : kNewDepthMm;
    piece.engraving.push_back({"", "", location, std::min(height, std::max(0.3, letter_room_mm(piece, location))), depth, "engraved",
                               spec::Json::object()});
  }
  piece.engraving[0].text = std::string(text);
  need_glyphs(piece.engraving[0].text);
}

void fit_engraving(spec::Piece& piece) {
  for (spec::Engraving& e : piece.engraving) e.height_mm = std::min(e.height_mm, std::max(0.3, letter_room_mm(piece, e.location)));
}

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
  if (ImGui::IsItemActivated()) {
    look_at = true;
    // In the browser the page lays a real text box over this one when it is clicked (a canvas gets
    // no input-method composition, so pinyin could not be typed here); its text comes through
    // App::type_text. This box lets go, so it shows the design's text rather than a stale copy.
    if (platform::has_text_input_bridge()) ImGui::ClearActiveID();
  }
  bool changed = false;
  if (typed && current != text) {
    look_at = true;
    changed = true;
    set_engraving_text(design, text);
  }
  if (piece.engraving.empty()) return changed;
  spec::Engraving& e = piece.engraving[0];
  // Outside a signet is its face.
  if (combo("Location", "engraving.location", piece.signet ? "signet_location" : "engraving_location", e.location, {"inside", "outside"})) {
    changed = look_at = true;
    e.height_mm = std::min(e.height_mm, letter_room_mm(piece, e.location));
  }
  if (slider_mm("Letter height", "engraving.height", e.height_mm, 0.5f, float(std::clamp(letter_room_mm(piece, e.location), 0.5, 10.0))))
    changed = look_at = true;
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
