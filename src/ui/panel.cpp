#include "ui/panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/catalog/metals.hpp"
#include "core/catalog/ring_sizes.hpp"
#include "core/facet_core.hpp"
#include "core/math/det_math.hpp"
#include "core/spec/spec_io.hpp"
#include "ui/engraving_panel.hpp"
#include "ui/fonts.hpp"
#include "ui/gallery.hpp"
#include "ui/review.hpp"
#include "ui/stones_panel.hpp"
#include "ui/summary.hpp"
#include "ui/toolbar.hpp"
#include "ui/header_title.hpp"
#include "ui/translations.hpp"
#include "ui/wearing_panel.hpp"
#include "ui/widgets.hpp"

namespace facet::ui {
namespace {

// Phones get the panel along the bottom; wider screens on the left.
constexpr float kNarrowScreenCssPx = 700.0f;
constexpr float kPanelWidthCssPx = 380.0f;
constexpr float kNarrowPanelTop = 0.52f;  // fraction of the height where the phone panel starts
struct MetalChoice {
  const catalog::Alloy* alloy;
  const catalog::AlloyColor* color;
  std::string label_en, label_zh;  // "18K yellow gold  Au750", "18K黄金  金750"
  const std::string& label() const { return language() == Language::zh_cn ? label_zh : label_en; }
};

const std::vector<MetalChoice>& metal_choices() {
  static const std::vector<MetalChoice> choices = [] {
    std::vector<MetalChoice> out;
    for (const catalog::Alloy& alloy : catalog::all_alloys()) {
      for (const catalog::AlloyColor& color : alloy.colors) {
        out.push_back({&alloy, &color, std::string(color.name_en) + "  " + std::string(alloy.mark),
                       std::string(color.name_zh) + "  " + std::string(alloy.mark_zh)});
      }
    }
    return out;
  }();
  return choices;
}


bool metal_section(spec::Design& design) {
  bool changed = false;
  section(tr("Metal"));
  const auto& choices = metal_choices();
  std::string current;
  for (const MetalChoice& choice : choices) {
    if (choice.alloy->code == design.piece.metal.alloy && choice.color->color == design.piece.metal.color) current = choice.label();
  }
  // Every alloy at once: a scrolling list hides half of them.
  const bool open = ImGui::BeginCombo(tr("Alloy"), current.c_str(), ImGuiComboFlags_HeightLargest);
  remember("metal.alloy");
  if (open) {
    for (const MetalChoice& choice : choices) {
      if (ImGui::Selectable(choice.label().c_str(), choice.label() == current)) {
        design.piece.metal.alloy = std::string(choice.alloy->code);
        design.piece.metal.color = std::string(choice.color->color);
        changed = true;
      }
      std::string name = "metal.alloy:" + std::string(choice.alloy->code);
      if (!choice.color->color.empty()) name += ":" + std::string(choice.color->color);
      remember(name);
    }
    ImGui::EndCombo();
  }
  changed |= combo("Finish", "metal.finish", "finish", design.piece.metal.finish, {"polished", "matte", "brushed", "hammered"});
  changed |= combo("Plating", "metal.plating", "plating", design.piece.metal.plating, {"none", "rhodium"});
  return changed;
}

// The size box: a number, or for UK a letter. Typed sizes apply on Enter or when leaving the box,
// not at every keystroke ("9" on the way to "99"). Returns true when the user committed an edit.
bool size_box(spec::RingSize& size, double step) {
  if (size.system == catalog::SizeSystem::uk) {
    char text[16] = {};
    std::snprintf(text, sizeof text, "%s", size.letter.c_str());
    ImGui::InputText("##size", text, sizeof text, ImGuiInputTextFlags_CharsUppercase);
    if (!ImGui::IsItemDeactivatedAfterEdit()) return false;
    size.letter = text;  // validation judges it; a bad letter is refused with the reason shown
    return true;
  }
  double value = size.value;
  ImGui::InputDouble("##size", &value, 0.0, 0.0, step < 1.0 ? "%.2f" : "%.0f");
  if (!ImGui::IsItemDeactivatedAfterEdit()) return false;
  size.value = std::round(value / step) * step;
  return true;
}

// Moves the size by `steps` of the system's smallest step (UK: half a letter).
void step_size(spec::RingSize& size, double step, int steps) {
  if (size.system == catalog::SizeSystem::uk) {
    const double index = catalog::parse_uk_size(size.letter).value_or(0.0) + 0.5 * steps;
    size.letter = catalog::format_uk_size(std::max(0.0, index));
  } else {
    size.value += step * steps;
  }
}

// The size in `size`'s system nearest a measured finger.
void set_size_from_circumference(spec::RingSize& size, double circumference_mm) {
  if (size.system == catalog::SizeSystem::uk) size.letter = catalog::uk_size_from_circumference(circumference_mm);
  else size.value = catalog::size_from_circumference(size.system, circumference_mm);
}

// "I don't know my size": a ring that fits (across its inside) or a paper strip round the finger
// (where it meets) gives the finger's circumference, the size in the chosen system follows; and
// what a jeweller can do if it is wrong, which depends on the style.
bool size_help(spec::Design& design) {
  const bool open = ImGui::TreeNode("size-help", "%s", tr("Help me find my size"));
  remember("size.help");
  if (!open) return false;
  // The last measurements, kept while the page is open: a customer may measure twice.
  static double ring_mm = 17.0, strip_mm = 54.0;
  spec::RingSize& size = *design.piece.size;
  bool changed = false;
  ImGui::TextWrapped("%s", tr("A ring that fits that finger: measure straight across its inside."));
  slider_mm("Inside", "size.help.diameter", ring_mm, 13.0f, 24.0f);
  if (ImGui::Button(tr("Use the ring's size"))) set_size_from_circumference(size, detmath::kPi * ring_mm), changed = true;
  remember("size.help.use_ring");
  ImGui::TextWrapped("%s", tr("Or wrap a strip of paper round the base of the finger, mark where it meets, and measure it flat."));
  slider_mm("Strip", "size.help.strip", strip_mm, 40.0f, 80.0f);
  if (ImGui::Button(tr("Use the strip's length"))) set_size_from_circumference(size, strip_mm), changed = true;
  remember("size.help.use_strip");
  // Stones all round leave no plain metal to cut or stretch.
  const bool all_round = std::any_of(design.piece.stones.begin(), design.piece.stones.end(), [](const spec::StoneGroup& g) {
    return g.placement.kind == spec::Placement::Kind::along_shank && g.placement.to_deg - g.placement.from_deg >= 360.0;
  });
  ImGui::TextWrapped("%s", tr(all_round ? "Stones all the way round cannot be resized: measure at the end of the day, when fingers are largest."
                                        : "Fingers are largest at the end of the day. A jeweller can make this ring a size or two larger or smaller later."));
  ImGui::TreePop();
  return changed;
}

bool size_section(spec::Design& design) {
  using catalog::SizeSystem;
  bool changed = false;
  section(tr("Ring size"));
  spec::RingSize& size = *design.piece.size;
  std::string system(catalog::size_system_name(size.system));
  if (combo("System", "size.system", "size", system, {"iso", "us", "uk", "hk", "jp", "cn"})) {
    // Keep the same finger: convert the circumference into the new system.
    size.system = *catalog::parse_size_system(system);
    set_size_from_circumference(size, size.circumference_mm);
    changed = true;
  }
  const double step = size.system == SizeSystem::us ? 0.25 : size.system == SizeSystem::iso ? 0.5 : 1.0;
  // The value box and its -/+ buttons are three items; each is remembered for tests.
  const float button = ImGui::GetFrameHeight();
  const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
  ImGui::PushItemWidth(ImGui::CalcItemWidth() - 2.0f * (button + gap));
  changed |= size_box(size, step);
  ImGui::PopItemWidth();
  remember("size.value");
  ImGui::SameLine(0.0f, gap);
  if (ImGui::Button("-", ImVec2(button, button))) {
    step_size(size, step, -1);
    changed = true;
  }
  remember("size.minus");
  ImGui::SameLine(0.0f, gap);
  if (ImGui::Button("+", ImVec2(button, button))) {
    step_size(size, step, +1);
    changed = true;
  }
  remember("size.plus");
  ImGui::SameLine(0.0f, gap);
  ImGui::TextUnformatted(tr("Size"));
  const catalog::SizeEquivalents e = catalog::size_equivalents(size.circumference_mm);
  ImGui::TextDisabled(tr("%.1f mm around, %.2f mm inside"), e.iso_mm, e.diameter_mm);
  // A Chinese shop reads Hong Kong and mainland sizes first.
  if (language() == Language::zh_cn) ImGui::TextDisabled(tr("HK %g   CN %g   US %g   UK %s"), e.hk, e.cn, e.us, e.uk.c_str());
  else ImGui::TextDisabled("US %g   UK %s   HK %g   JP %g", e.us, e.uk.c_str(), e.hk, e.jp);
  changed |= size_help(design);
  return changed;
}


bool shank_section(spec::Design& design) {
  bool changed = false;
  section(tr("Band"));
  spec::Shank& shank = *design.piece.shank;
  changed |= combo("Profile", "shank.profile", "profile", shank.profile, {"comfort", "court", "d_shape", "flat", "knife_edge", "square"});
  const bool tapered_before = shank.top_width_mm != shank.width_mm || shank.top_thickness_mm != shank.thickness_mm;
  const double old_width = shank.width_mm, old_thickness = shank.thickness_mm;
  changed |= slider_mm("Width", "shank.width", shank.width_mm, 1.5f, 10.0f);
  changed |= slider_mm("Thickness", "shank.thickness", shank.thickness_mm, 1.0f, 3.5f);
  bool tapered = tapered_before;
  if (ImGui::Checkbox(tr("Taper to the top"), &tapered)) changed = true;
  remember("shank.taper");
  if (tapered) {
    if (!tapered_before) {
      shank.top_width_mm = shank.width_mm + 1.0;
      shank.top_thickness_mm = shank.thickness_mm + 0.2;
    }
    changed |= slider_mm("Top width", "shank.top_width", shank.top_width_mm, 1.5f, 12.0f);
    changed |= slider_mm("Top thickness", "shank.top_thickness", shank.top_thickness_mm, 1.0f, 4.0f);
  } else {
    // Untapered: the top follows the plain values.
    if (tapered_before || shank.top_width_mm == old_width) shank.top_width_mm = shank.width_mm;
    if (tapered_before || shank.top_thickness_mm == old_thickness) shank.top_thickness_mm = shank.thickness_mm;
  }
  return changed;
}

bool signet_section(spec::Design& design) {
  if (!design.piece.signet || !design.piece.size) return false;
  section(tr("Face"));
  spec::SignetFace& face = *design.piece.signet;
  bool changed = combo("Shape", "signet.face", "signet_face", face.shape, {"oval", "cushion", "octagon"});
  changed |= slider_mm("Length", "signet.length", face.length_mm, 6.0f, 20.0f);
  const double finger_mm = design.piece.size->circumference_mm / detmath::kPi;
  const float widest = float(std::floor(0.8 * finger_mm * 10.0) / 10.0);
  changed |= slider_mm("Across", "signet.width", face.width_mm, 6.0f, widest);
  face.width_mm = std::min(face.width_mm, double(widest));  // a smaller size narrows the finger
  return changed;
}

// A download button `width` wide (-1: the whole row) with its tooltip in the UI's language,
// remembered as `name`; true when clicked.
bool download_button(const char* label, const char* name, float width, const char* english_tooltip) {
  const bool clicked = ImGui::Button(label, ImVec2(width, 0));
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(english_tooltip));
  remember(name);
  return clicked;
}

float g_pixel_ratio = 0.0f;
bool g_show_dimensions = false;  // the panel's "Dimensions": a view, not part of the design

void set_base_style(ImGuiStyle& style) {
  ImGui::StyleColorsLight(&style);
  style.WindowRounding = 10.0f;
  style.FrameRounding = 6.0f;
  style.GrabRounding = 6.0f;
  style.PopupRounding = 6.0f;
  style.WindowPadding = ImVec2(16, 12);
  style.FramePadding = ImVec2(10, 5);
  style.ItemSpacing = ImVec2(8, 6);
  style.GrabMinSize = 14.0f;
  style.WindowBorderSize = 0.0f;
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(1.0f, 1.0f, 1.0f, 0.92f);
  c[ImGuiCol_FrameBg] = ImVec4(0.95f, 0.94f, 0.92f, 1.0f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.89f, 0.82f, 1.0f);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.90f, 0.84f, 0.74f, 1.0f);
  c[ImGuiCol_SliderGrab] = kAccent;
  c[ImGuiCol_SliderGrabActive] = ImVec4(0.50f, 0.37f, 0.15f, 1.0f);
  c[ImGuiCol_Button] = kAccent;
  c[ImGuiCol_ButtonHovered] = ImVec4(0.70f, 0.55f, 0.28f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.50f, 0.37f, 0.15f, 1.0f);
  c[ImGuiCol_CheckMark] = kAccent;
  c[ImGuiCol_Header] = ImVec4(0.93f, 0.89f, 0.82f, 1.0f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.90f, 0.84f, 0.74f, 1.0f);
  c[ImGuiCol_Separator] = ImVec4(0.85f, 0.82f, 0.78f, 1.0f);
}


}  // namespace

void init_style() {
  init_fonts();
  apply_pixel_ratio(1.0f);
}

void apply_pixel_ratio(float pixel_ratio) {
  if (pixel_ratio == g_pixel_ratio) return;
  g_pixel_ratio = pixel_ratio;
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  set_base_style(style);
  style.ScaleAllSizes(pixel_ratio);
  ImGuiIO& io = ImGui::GetIO();
  const bool own_font = io.Fonts->Fonts.Size > 0 && io.Fonts->Fonts[0]->FontSize > 20.0f;
  io.FontGlobalScale = own_font ? pixel_ratio / kFontRasterScale : pixel_ratio;
}


PanelLayout panel_layout(const FrameInput& input) {
  const float s = input.pixel_ratio;
  const float w = float(input.width_px), h = float(input.height_px);
  PanelLayout layout;
  layout.narrow = w / s < kNarrowScreenCssPx;
  if (layout.narrow) {
    layout.x = 8 * s;
    layout.y = h * kNarrowPanelTop;
    layout.width = w - 16 * s;
    layout.height = h - layout.y - 8 * s;
  } else {
    layout.x = 16 * s;
    layout.y = 16 * s;
    layout.width = kPanelWidthCssPx * s;
    layout.height = h - 32 * s;
  }
  return layout;
}

bool dimensions_shown() { return g_show_dimensions; }

namespace {

// The files: the spec, the metal, the 3MF, the GLB and a picture.
void downloads(PanelResult& result) {
  section(tr("Download"));
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float fifth = (ImGui::GetContentRegionAvail().x - 4 * spacing) / 5.0f;
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  result.download_spec = download_button(tr("Save"), "download.spec", fifth, "The design spec: open it again, or send it to a factory");
  ImGui::SameLine();
  result.download_stl = download_button("STL", "download.stl", fifth, "The metal, for a wax or resin printer");
  ImGui::SameLine();
  result.download_3mf = download_button("3MF", "download.3mf", fifth, "Metal and stones, with the alloy, size and design id");
  ImGui::SameLine();
  result.download_glb = download_button("GLB", "download.glb", fifth, "For web shops and AR viewers: metal and gems with their materials");
  ImGui::SameLine();
  result.download_snapshot = download_button("PNG", "download.png", fifth, "A picture of the piece as you see it (1600 x 1200)");
  ImGui::PopStyleColor();
}

// A view of the piece, not part of the design: the measurements drawn on it, the light it is seen
// in; and the design's id, short (the job sheet and the files carry it whole), at the line's end.
void view_line(const App& app, PanelResult& result) {
  ImGui::Checkbox(tr("Dimensions"), &g_show_dimensions);
  remember("view.dimensions");
  ImGui::SameLine();
  bool display_case = app.lighting() == "display_case";
  if (ImGui::Checkbox(tr("Display case"), &display_case)) result.display_case = display_case;
  remember("view.display_case");
  // The id where the line has room: with its label, else alone; a narrow panel leaves it out.
  const std::string& id = app.design_id();
  const std::string short_id = id.substr(7, 8);
  char shown_id[64];
  std::snprintf(shown_id, sizeof shown_id, tr("Design %s"), short_id.c_str());
  ImGui::SameLine();
  const float room = ImGui::GetContentRegionMax().x - ImGui::GetCursorPosX();
  const char* shown = ImGui::CalcTextSize(shown_id).x <= room ? shown_id : ImGui::CalcTextSize(short_id.c_str()).x <= room ? short_id.c_str() : nullptr;
  if (shown == nullptr) {
    ImGui::NewLine();
    return;
  }
  ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(shown).x);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", shown);
}

}  // namespace

PanelResult draw_panel(App& app, const FrameInput& input) {
  PanelResult result;
  apply_pixel_ratio(input.pixel_ratio);
  begin_widget_layout(input.pixel_ratio);
  const PanelLayout layout = panel_layout(input);
  ImGui::SetNextWindowPos(ImVec2(layout.x, layout.y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(layout.width, layout.height), ImGuiCond_Always);
  ImGui::Begin("Facet", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                     ImGuiWindowFlags_NoCollapse);
  ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
  ImGui::SetWindowFontScale(1.4f);
  ImGui::TextUnformatted("Facet");
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopStyleColor();
  ImGui::SameLine();
  ImGui::TextDisabled("  %s", tr(header_title(app.design()).c_str()));
  result.language = language_button();
  const ToolbarActions tools = draw_toolbar(app.can_undo(), app.can_redo());
  result.undo = tools.undo;
  result.redo = tools.redo;
  result.open_file = tools.open_file;
  result.share = tools.share;
  draw_messages();
  // A phone's panel has half the screen: only the price and "Review and order" stay in view, and
  // everything else scrolls, so the parameters get room for more than a row.
  const bool compact = layout.narrow;
  const spec::Json* open_checks = draw_summary(app, compact ? SummaryPart::headline : SummaryPart::all);
  // Parameters scroll; the downloads below stay in view.
  const float footer = compact ? ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().WindowPadding.y
                               : 2 * ImGui::GetFrameHeightWithSpacing() + ImGui::GetTextLineHeightWithSpacing() * 3.0f;
  ImGui::BeginChild("parameters", ImVec2(0, -footer), false);
  ImGui::PushItemWidth(-100.0f * input.pixel_ratio);
  if (compact) open_checks = draw_summary(app, SummaryPart::details);
  if (open_checks) draw_checks_table(*open_checks);
  else clear_pointed_check();  // the table closed: nothing to point at

  spec::Design edited = app.design();
  const bool ring = edited.piece.type == "ring" && edited.piece.size && edited.piece.shank;
  TemplateActions templates;
  bool changed = style_section(app, edited, templates);
  result.choose_template = std::move(templates.choose);
  result.save_template = std::move(templates.save);
  result.remove_template = std::move(templates.remove);
  changed |= metal_section(edited);
  if (ring) {
    changed |= size_section(edited);
    changed |= shank_section(edited);
    changed |= signet_section(edited);
  }
  changed |= stone_section(edited);
  changed |= pendant_section(edited);
  changed |= earrings_section(edited);
  changed |= halo_section(edited);  // a ring's or a pendant's
  if (ring) {
    changed |= side_section(edited);
    // Stones on a signet, or beside a ring's pearl: not built yet.
    const bool pearl = !edited.piece.stones.empty() && edited.piece.stones[0].setting.type == "peg";
    if (!edited.piece.signet && !pearl) changed |= pave_section(edited);
  }
  if (ring || edited.piece.type == "pendant") changed |= engraving_section(edited, result.look_at_engraving);
  ImGui::PopItemWidth();
  if (changed) {
    result.edited = edited;  // validated (and the size re-derived) by App::apply
    clear_messages();
  }
  // A slider still held, a field still being typed in: one undo step until it is let go.
  result.in_gesture = ImGui::IsAnyItemActive();
  if (compact) {  // at the end of the list
    downloads(result);
    view_line(app, result);
  }
  drag_to_scroll();
  ImGui::EndChild();

  if (!compact) downloads(result);
  // The customer's last step, and the factory's package beside it.
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const ReviewActions review = draw_review(app, (ImGui::GetContentRegionAvail().x - spacing) * 0.58f);
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  result.download_package =
      download_button(tr("Factory zip"), "download.package", -1, "Everything a factory builds from: spec, STL, 3MF, GLB and report");
  ImGui::PopStyleColor();
  result.share |= review.share;
  result.download_spec |= review.save;
  result.download_package |= review.order;
  if (!compact) view_line(app, result);
  ImGui::End();
  return result;
}

}  // namespace facet::ui
