#include "ui/engraving_panel.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "core/catalog/casting_limits.hpp"
#include "core/geometry/bezel.hpp"
#include "core/geometry/engraving.hpp"
#include "core/geometry/head.hpp"
#include "core/geometry/stone.hpp"
#include "core/text/engraving_font.hpp"
#include "core/text/utf8.hpp"
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

// A pendant's back: letters 3 mm high (a laser's; from 4.1 mm they are cast).
constexpr double kNewBackHeightMm = 3.0;

bool on_signet_face(const spec::Piece& piece, const std::string& location) { return piece.signet && location == "outside"; }

// How high the letters can be: the band's width, a signet face's flat along the finger, or a
// pendant's back along the stone's length (the spec's rule then holds the text's length to it).
double letter_room_mm(const spec::Piece& piece, const std::string& location) {
  if (on_signet_face(piece, location)) return piece.signet->length_mm - 2 * (geometry::signet_flat_inset_mm() + kEdgeMarginMm);
  if (location == "back") {
    const spec::StoneGroup* centre = piece.centre_in_bezel();
    if (centre == nullptr) return kNewBackHeightMm;
    const geometry::StoneSizing size = geometry::size_of(*centre);
    return 2 * (geometry::pendant_back_mm(size.length_mm, size.width_mm).y - kEdgeMarginMm);
  }
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
    // On a signet, the face; on any other ring, inside; on a pendant, the back.
    const std::string location = piece.type == "pendant" ? "back" : piece.signet ? "outside" : "inside";
    const bool monogram = on_signet_face(piece, location);
    const double height = monogram ? kNewMonogramHeightMm : location == "back" ? kNewBackHeightMm : kNewHeightMm;
    // A monogram is cast, as deep as a casting's letters should be; other text is cut by laser.
    const double depth = monogram ? catalog::kCastEngravingDepthMm : kNewDepthMm;
    piece.engraving.push_back({"", "", location, std::min(height, std::max(0.3, letter_room_mm(piece, location))), depth, "engraved",
                               spec::Json::object()});
  }
  piece.engraving[0].text = std::string(text);
  need_glyphs(piece.engraving[0].text);
}

bool engraving_offered(const spec::Piece& piece) {
  if (piece.type == "ring") return true;
  return piece.type == "pendant" && piece.centre_in_bezel() != nullptr && !(piece.pendant && piece.pendant->bail == "hidden");
}

void fit_engraving(spec::Piece& piece) {
  for (spec::Engraving& e : piece.engraving) e.height_mm = std::min(e.height_mm, std::max(0.3, letter_room_mm(piece, e.location)));
  // On a pendant's back the text's length counts too: smaller letters until the line fits (the
  // spec's rule, spec_parse_stones.cpp check_back_text), 0.5 mm at least.
  const spec::StoneGroup* centre = piece.centre_in_bezel();
  if (piece.type != "pendant" || centre == nullptr) return;
  const geometry::StoneSizing size = geometry::size_of(*centre);
  const glm::dvec2 back = geometry::pendant_back_mm(size.length_mm, size.width_mm);
  for (spec::Engraving& e : piece.engraving) {
    std::vector<uint32_t> points;
    text::decode_utf8(e.text, points);
    const double advance_em = text::advance_em(points);
    while (e.height_mm > 0.5 && !geometry::text_fits_back(back, advance_em * e.height_mm, e.height_mm, kEdgeMarginMm))
      e.height_mm = std::max(0.5, e.height_mm - 0.1);
  }
}

bool engraving_section(spec::Design& design, bool& look_at) {
  spec::Piece& piece = design.piece;
  section(tr("Engraving"));
  // A pendant takes text on its back, which a bezel closes; a hidden bail would lie over it.
  if (piece.type == "pendant" && piece.engraving.empty() && !engraving_offered(piece)) {
    if (piece.centre_in_bezel() == nullptr) {
      ImGui::TextWrapped("%s", tr("Set the stone in a bezel to engrave the back: its back is then closed"));
      return false;
    }
    if (piece.pendant && piece.pendant->bail == "hidden") {
      ImGui::TextWrapped("%s", tr("A hidden bail lies on the back: choose a fixed or hinged bail to engrave it"));
      return false;
    }
  }
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
  // Outside a signet is its face; a pendant's text is on its back.
  if (e.location == "back") {
    ImGui::TextDisabled("%s", tr("On the back, closed behind the stone"));
  } else if (combo("Location", "engraving.location", piece.signet ? "signet_location" : "engraving_location", e.location, {"inside", "outside"})) {
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
