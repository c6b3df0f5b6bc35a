#include "ui/review.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/catalog/gems.hpp"
#include "ui/fonts.hpp"
#include "ui/summary.hpp"
#include "ui/header_title.hpp"
#include "ui/stone_line.hpp"
#include "ui/translations.hpp"
#include "ui/widgets.hpp"

namespace facet::ui {
namespace {

// One line of the summary: what, then the choice; remembered as review.<name> for tests.
void row(const char* name, const char* label, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", tr(label));
  ImGui::TableNextColumn();
  need_glyphs(value);  // an engraving or a stone's id may be in any script
  ImGui::TextWrapped("%s", value.c_str());
  remember(std::string("review.") + name);
}


const char* stone_label(const std::string& role) {
  if (role == "center") return "Centre stone";
  if (role == "side") return "Side stones";
  if (role == "halo") return "Halo";
  return "Shank stones";
}

void summary_table(const App& app, const spec::Json& report) {
  const spec::Piece& piece = app.design().piece;
  if (!ImGui::BeginTable("review", 2, ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("choice", ImGuiTableColumnFlags_WidthStretch);
  row("style", "Style", tr(header_title(app.design()).c_str()));
  const spec::Json& metal = report["metal"];
  std::string metal_text = metal[language() == Language::zh_cn ? "name_zh" : "name_en"].get<std::string>() + " · " +
                           option_text("finish", piece.metal.finish);
  if (piece.metal.plating != "none") metal_text += std::string(" · ") + option_text("plating", piece.metal.plating);
  row("metal", "Metal", metal_text);
  if (piece.size && report.contains("size")) {
    const std::string system(catalog::size_system_name(piece.size->system));
    const std::string value = piece.size->system == catalog::SizeSystem::uk ? piece.size->letter : format("%g", piece.size->value);
    row("size", "Ring size", format(tr("%s %s, %.1f mm around"), option_text("size", system), value.c_str(), report["size"]["iso_mm"].get<double>()));
  }
  if (piece.shank)
    row("band", "Band", format(tr("%s, %.2f mm wide, %.2f mm thick"), option_text("profile", piece.shank->profile), piece.shank->width_mm,
                               piece.shank->thickness_mm));
  if (piece.signet)
    row("face", "Face", format(tr("%s, %.1f \xC3\x97 %.1f mm"), option_text("signet_face", piece.signet->shape), piece.signet->length_mm, piece.signet->width_mm));
  for (const spec::Json& stone : report["stones"]) {
    const std::string role = stone.value("role", "");
    row(("stone." + stone["id"].get<std::string>()).c_str(), stone_label(role), stone_line(stone, report["piece"].value("pieces_made", 1)));
  }
  for (const spec::Engraving& e : piece.engraving)
    row("engraving", "Engraving", "\"" + e.text + "\" \xC2\xB7 " + option_text(piece.signet && e.location == "outside" ? "signet_location" : "engraving_location", e.location));
  row("weight", "Metal weight", weight_text(report));
  ImGui::EndTable();
}

}  // namespace

ReviewActions draw_review(App& app, float width) {
  ReviewActions actions;
  if (ImGui::Button(tr("Review and order"), ImVec2(width, 0))) ImGui::OpenPopup("review");
  remember("review.open");
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float font = ImGui::GetFontSize();
  ImGui::SetNextWindowSize(ImVec2(std::min(display.x * 0.94f, 28.0f * font), 0.0f), ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(display.x, display.y * 0.9f));
  ImGui::SetNextWindowPos(ImVec2(display.x / 2, display.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal("review", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove)) return actions;
  bool settling = false;
  const spec::Json& report = app.live_report(settling);
  ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
  ImGui::SetWindowFontScale(1.3f);
  ImGui::TextUnformatted(tr("Your piece"));
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopStyleColor();
  summary_table(app, report);
  ImGui::Spacing();
  draw_checks_verdict(report);
  ImGui::Separator();
  draw_price(report);
  ImGui::Spacing();
  // Back to the panel (every choice stays), or on: share, save, order.
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float quarter = (ImGui::GetContentRegionAvail().x - 3 * spacing) / 4.0f;
  if (ImGui::Button(tr("Change"), ImVec2(quarter, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
  remember("review.close");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Back to the panel: every choice stays as it is"));
  ImGui::SameLine();
  actions.share = ImGui::Button(tr("Share link"), ImVec2(quarter, 0));
  remember("review.share");
  ImGui::SameLine();
  actions.save = ImGui::Button(tr("Save design"), ImVec2(quarter, 0));
  remember("review.save");
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Button, kAccent);
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  actions.order = ImGui::Button(tr("Order"), ImVec2(quarter, 0));
  ImGui::PopStyleColor(2);
  remember("review.order");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Everything a factory builds from: spec, STL, 3MF, GLB and report"));
  const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  remember_rect("review", at, ImVec2(at.x + size.x, at.y + size.y));
  ImGui::EndPopup();
  return actions;
}

}  // namespace facet::ui
