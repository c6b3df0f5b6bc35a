#include "ui/toolbar.hpp"

#include <imgui.h>

#include "ui/fonts.hpp"
#include "ui/panel.hpp"
#include "ui/widgets.hpp"

namespace facet::ui {
namespace {

const ImVec4 kProblemColor(0.75f, 0.1f, 0.1f, 1.0f);

std::string g_notice;
std::string g_problem_title;
std::vector<std::string> g_problems;
std::string g_share_link;

// A button that can be greyed out (full height: fingers need the target); true when clicked while
// enabled.
bool tool_button(const char* label, const char* name, bool enabled, const char* tooltip) {
  if (!enabled) ImGui::BeginDisabled();
  const bool clicked = ImGui::Button(label);
  if (!enabled) ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tooltip);
  remember(name);
  ImGui::SameLine();
  return clicked && enabled;
}

// Ctrl (Cmd on a Mac) + key, unless a text field has the keyboard (it has its own undo).
bool shortcut(ImGuiKey key, bool shift) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || !(io.KeyCtrl || io.KeySuper) || io.KeyShift != shift) return false;
  return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false);
}

}  // namespace

ToolbarActions draw_toolbar(bool can_undo, bool can_redo) {
  ToolbarActions actions;
  actions.undo = tool_button(tr("Undo"), "tool.undo", can_undo, tr("Undo the last change (Ctrl+Z)")) || (can_undo && shortcut(ImGuiKey_Z, false));
  actions.redo = tool_button(tr("Redo"), "tool.redo", can_redo, tr("Redo (Ctrl+Shift+Z)")) ||
                 (can_redo && (shortcut(ImGuiKey_Z, true) || shortcut(ImGuiKey_Y, false)));
  actions.open_file = tool_button(tr("Open"), "tool.open", true, tr("Open a saved design (.facet.json)"));
  actions.share = tool_button(tr("Share"), "tool.share", true, tr("Copy a link that opens exactly this design"));
  ImGui::NewLine();
  return actions;
}

std::optional<Language> language_button() {
  // Named in the language it switches to, so a reader of either can find it; at the title row's
  // right end, where shops put it.
  const bool chinese = language() == Language::zh_cn;
  const char* label = chinese ? "EN" : "中文";
  const float width = ImGui::CalcTextSize(label).x + 2 * ImGui::GetStyle().FramePadding.x;
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - width);
  const bool clicked = ImGui::Button(label);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", chinese ? "Show the configurator in English" : tr("Show the configurator in Chinese"));
  remember("tool.language");
  if (!clicked) return std::nullopt;
  return chinese ? Language::en : Language::zh_cn;
}

void clear_messages() {
  g_notice.clear();
  g_problems.clear();
  g_problem_title.clear();
  g_share_link.clear();
}

void draw_messages() {
  if (!g_notice.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
    ImGui::TextWrapped("%s", g_notice.c_str());
    ImGui::PopStyleColor();
    remember("notice");
  }
  if (!g_problems.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kProblemColor);
    if (!g_problem_title.empty()) ImGui::TextWrapped("%s", g_problem_title.c_str());
    for (size_t i = 0; i < g_problems.size(); ++i) {
      ImGui::TextWrapped("%s", g_problems[i].c_str());
      remember("problem." + std::to_string(i));
    }
    ImGui::PopStyleColor();
  }
  if (!g_share_link.empty()) {
    // Read-only, but selectable: where the clipboard is refused the customer copies it by hand.
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped("%s", tr("Copied where the browser allows. This link opens exactly this design:"));
    ImGui::PopStyleColor();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##share-link", g_share_link.data(), g_share_link.size() + 1, ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
    remember("share.link");
  }
}

void show_problems(const spec::Diagnostics& diagnostics, const std::string& title) {
  g_notice.clear();
  g_problem_title = title;
  g_problems.clear();
  for (const spec::Diagnostic& d : diagnostics.errors) g_problems.push_back(d.to_string());
  for (const std::string& problem : g_problems) need_glyphs(problem);  // a refused engraving quotes its text
  need_glyphs(title);
}

void show_notice(const std::string& text) {
  g_problems.clear();
  g_problem_title.clear();
  g_notice = text;
  need_glyphs(text);
}

void show_share_link(const std::string& url) { g_share_link = url; }

}  // namespace facet::ui
