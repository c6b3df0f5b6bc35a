#include "ui/gallery.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "core/spec/spec_io.hpp"
#include "core/spec/template_shelf.hpp"
#include "platform/platform.hpp"
#include "ui/engraving_panel.hpp"
#include "ui/fonts.hpp"
#include "ui/translations.hpp"
#include "ui/widgets.hpp"

namespace facet::ui {
namespace {

constexpr const char* kGalleryStyles[] = {"band",   "solitaire",         "three_stone",  "halo", "eternity",
                                          "signet", "pendant_solitaire", "pendant_halo", "stud"};

// The name being typed for "Save as template": 32 characters of up to 4 bytes, and the end.
std::array<char, spec::kMaxTemplateNameCharacters * 4 + 1> g_template_name{};
std::string g_template_name_text;  // g_template_name as a string, for the page's text box
std::string g_pending_remove;      // a saved template whose remove waits for "Remove" or "Keep"

enum class TileTap { none, picture, remove };

// One picture with its caption under it, `tile` wide, outlined when `current`; remembered as
// `name`. With `remove_name`, a small remove button on the picture's corner, remembered so.
TileTap gallery_tile(const std::string& name, unsigned texture, const char* caption, bool current, float tile,
                     const std::string& remove_name = "") {
  const ImGuiStyle& look = ImGui::GetStyle();
  ImGui::BeginGroup();
  ImGui::PushID(name.c_str());
  const ImVec2 size(tile - 2 * look.FramePadding.y, tile - 2 * look.FramePadding.y);
  bool clicked = false;
  if (current) ImGui::PushStyleColor(ImGuiCol_Button, kAccent);
  else ImGui::PushStyleColor(ImGuiCol_Button, look.Colors[ImGuiCol_FrameBg]);
  if (texture != 0) {
    // GL's rows go up from the bottom: flip the picture.
    clicked = ImGui::ImageButton(reinterpret_cast<ImTextureID>(uintptr_t(texture)), size, ImVec2(0, 1), ImVec2(1, 0), int(look.FramePadding.y));
  } else {
    clicked = ImGui::Button(caption, ImVec2(tile, tile));
  }
  ImGui::PopStyleColor();
  remember(name);
  TileTap tap = clicked ? TileTap::picture : TileTap::none;
  if (!remove_name.empty()) {
    // Over the picture's corner, inside this group (so the next tile still lines up beside it).
    ImGui::SetItemAllowOverlap();
    const ImVec2 below = ImGui::GetCursorScreenPos();
    const ImVec2 picture_min = ImGui::GetItemRectMin(), picture_max = ImGui::GetItemRectMax();
    // A third of the picture: the picture stays the larger target.
    const float button = std::min(ImGui::GetTextLineHeight(), (picture_max.x - picture_min.x) / 3);
    ImGui::SetCursorScreenPos(ImVec2(picture_max.x - button, picture_min.y));
    ImGui::SetWindowFontScale(0.75f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, 0));
    if (ImGui::Button("x", ImVec2(button, button))) tap = TileTap::remove;
    ImGui::PopStyleVar();
    ImGui::SetWindowFontScale(1.0f);
    remember(remove_name);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Remove this template"));
    ImGui::SetCursorScreenPos(below);
  }
  // The caption centred under its picture, wrapped when longer ("Three stone"): a tile never
  // grows wider and pushes the next out of the row.
  ImGui::SetWindowFontScale(0.85f);
  // Many to a row, a caption's longest word ("Solitaire", the "pendant" of "Halo pendant") may be
  // wider than its tile: smaller type, not a word broken in two.
  float wide = 0;
  for (std::string_view rest = caption; !rest.empty();) {
    const size_t space = rest.find(' ');
    const std::string_view word = rest.substr(0, space);
    wide = std::max(wide, ImGui::CalcTextSize(word.data(), word.data() + word.size()).x);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  }
  if (wide > tile) ImGui::SetWindowFontScale(std::max(0.6f, 0.85f * tile / wide));
  const float caption_width = ImGui::CalcTextSize(caption).x;
  if (caption_width < tile) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (tile - caption_width) / 2);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + tile);
  ImGui::PushStyleColor(ImGuiCol_Text, current ? kAccent : look.Colors[ImGuiCol_Text]);
  ImGui::TextWrapped("%s", caption);
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopID();
  ImGui::EndGroup();
  return tap;
}

// The designer's templates as tiles like the styles', each with a small remove button on its
// corner; a remove asks first (a template is work, and a mis-tap on a phone is easy).
void saved_tiles(const App& app, size_t per_row, float tile, TemplateActions& actions) {
  const std::vector<spec::SavedTemplate>& saved = app.templates().templates;
  if (saved.empty()) return;
  ImGui::TextDisabled("%s", tr("Your templates"));
  for (size_t i = 0; i < saved.size(); ++i) {
    if (i % per_row != 0) ImGui::SameLine();
    const std::string& name = saved[i].name;
    need_glyphs(name);  // a designer's name may be in Chinese: the atlas holds only what is shown
    const std::string index = std::to_string(i);
    const TileTap tap = gallery_tile("gallery.saved." + index, app.thumbnail(saved_thumbnail_key(name)), name.c_str(), false, tile,
                                     "template.remove." + index);
    if (tap == TileTap::picture) actions.choose = name;
    if (tap == TileTap::remove) g_pending_remove = name;
  }
  if (!g_pending_remove.empty()) {
    if (!spec::find_template(app.templates(), g_pending_remove)) {
      g_pending_remove.clear();
      return;
    }
    const std::string question = tr_format("Remove \"%s\" from your templates?", g_pending_remove);
    need_glyphs(question);
    ImGui::TextWrapped("%s", question.c_str());
    if (ImGui::Button(tr("Remove"))) {
      actions.remove = g_pending_remove;
      g_pending_remove.clear();
    }
    remember("template.remove_confirm");
    ImGui::SameLine();
    if (ImGui::Button(tr("Keep"))) g_pending_remove.clear();
    remember("template.keep");
  }
}

// "Save as template": a name, and the button (or Enter).
void save_row(TemplateActions& actions) {
  const float button = ImGui::CalcTextSize(tr("Save as template")).x + 2 * ImGui::GetStyle().FramePadding.x;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - button - ImGui::GetStyle().ItemSpacing.x);
  const bool entered = ImGui::InputTextWithHint("##template_name", tr("Name"), g_template_name.data(), g_template_name.size(),
                                                ImGuiInputTextFlags_EnterReturnsTrue);
  remember("template.name");
  // In the browser the page's own text box takes the typing (pinyin for a Chinese name), as for
  // an engraving: this one lets go and shows what arrives through set_template_name_text.
  if (ImGui::IsItemActivated() && platform::has_text_input_bridge()) ImGui::ClearActiveID();
  g_template_name_text = g_template_name.data();
  need_glyphs(g_template_name_text);
  ImGui::SameLine();
  const bool pressed = ImGui::Button(tr("Save as template"));
  remember("template.save");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Keep this design in the gallery under that name, in this browser"));
  if (entered || pressed) actions.save = g_template_name_text;
}

}  // namespace

std::span<const char* const> gallery_styles() { return kGalleryStyles; }

std::string saved_thumbnail_key(std::string_view name) { return "saved:" + std::string(name); }

const std::string& template_name_text() { return g_template_name_text; }

spec::Diagnostics set_template_name_text(std::string_view text) {
  spec::Diagnostics problems;
  if (text.size() >= g_template_name.size()) {
    problems.error("template.name", "", "must be at most " + std::to_string(spec::kMaxTemplateNameCharacters) + " characters");
    return problems;
  }
  std::memcpy(g_template_name.data(), text.data(), text.size());
  g_template_name[text.size()] = '\0';
  g_template_name_text = std::string(text);
  if (!text.empty()) problems = spec::check_template_name(text);
  return problems;
}

void clear_template_name() {
  g_template_name.fill('\0');
  g_template_name_text.clear();
}

// The built-in templates in one row, the current one outlined; each remembered as
// `gallery.<style>`. Switching keeps the metal and, between rings, the size, and takes the
// template's shank and stones (the shank of a solitaire is narrower and tapers up to the head);
// between a ring, a pendant and earrings, the piece type and what belongs to it. Then the
// designer's own, remembered as `gallery.saved.<n>`, and the row that saves one.
bool style_section(const App& app, spec::Design& design, TemplateActions& actions) {
  section(tr("Style"));
  const ImGuiStyle& look = ImGui::GetStyle();
  // One row while a tile stays wider than two rows of controls, else two (seven pictures in one
  // row of a phone's panel are too small to tell apart, and their captions break); a tile at most
  // three rows of controls tall, so the pictures never fill the panel.
  const size_t count = std::size(kGalleryStyles);
  const float avail = ImGui::GetContentRegionAvail().x;
  auto tile_for = [&](size_t per_row) { return (avail - float(per_row - 1) * look.ItemSpacing.x) / float(per_row); };
  const size_t per_row = tile_for(count) >= 2.0f * ImGui::GetFrameHeight() ? count : (count + 1) / 2;
  const float tile = std::min(tile_for(per_row), 3.0f * ImGui::GetFrameHeight());
  std::string style = design.piece.style;
  for (size_t i = 0; i < count; ++i) {
    const char* option = kGalleryStyles[i];
    if (i % per_row != 0) ImGui::SameLine();
    const bool current = style == option;
    if (gallery_tile(std::string("gallery.") + option, app.thumbnail(option), option_text("style", option), current, tile) ==
            TileTap::picture &&
        !current)
      style = option;
  }
  saved_tiles(app, per_row, tile, actions);
  save_row(actions);
  if (style == design.piece.style) return false;
  const spec::Design template_design = *spec::default_design(style);
  if (template_design.piece.type != design.piece.type) {
    design.piece.type = template_design.piece.type;
    design.piece.size = design.piece.size && template_design.piece.size ? design.piece.size : template_design.piece.size;
    design.piece.pendant = template_design.piece.pendant;
    design.piece.earrings = template_design.piece.earrings;
    // A ring's text goes on a pendant's back and a pendant's inside a ring (fit_engraving sizes it
    // there); a stud has no place for it.
    for (spec::Engraving& e : design.piece.engraving) e.location = design.piece.type == "ring" ? "inside" : "back";
    if (design.piece.type == "earrings") design.piece.engraving.clear();
  }
  design.piece.style = style;
  design.piece.shank = template_design.piece.shank;
  design.piece.stones = template_design.piece.stones;
  design.piece.signet = template_design.piece.signet;
  // Only a bezel's closed back takes text (a halo pendant's basket has none); undo brings it back.
  if (design.piece.type == "pendant" && !engraving_offered(design.piece)) design.piece.engraving.clear();
  fit_engraving(design.piece);
  return true;
}

}  // namespace facet::ui
