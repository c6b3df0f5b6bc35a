#include "ui/fonts.hpp"

#include <imgui.h>

#include <set>
#include <vector>

#include "core/catalog/metals.hpp"
#include "core/text/engraving_font.hpp"
#include "core/text/utf8.hpp"
#include "ui/translations.hpp"

namespace facet::ui {
namespace {

constexpr float kFontPx = 14.0f;
constexpr const char* kLatinFontPath = "/fonts/ui.ttf";  // packed into facet.data at build time

std::set<ImWchar> g_cjk;  // the code points beyond Latin-1 the atlas holds (or is about to)
bool g_dirty = false;
ImVector<ImWchar> g_ranges;  // must outlive the atlas build

bool note(std::string_view utf8) {
  std::vector<uint32_t> points;
  if (!text::decode_utf8(utf8, points)) return false;
  bool added = false;
  for (uint32_t cp : points) {
    // ImWchar is 16 bits here; Latin-1 comes from Noto Sans.
    if (cp <= 0xFF || cp > 0xFFFF || !text::has_glyph(cp)) continue;
    added |= g_cjk.insert(ImWchar(cp)).second;
  }
  return added;
}

void seed() {
  for (const Translation& t : translations()) note(t.zh);
  for (const OptionText& o : option_texts()) note(o.zh);
  note("中文");  // the language button
  for (const catalog::Alloy& alloy : catalog::all_alloys()) {
    note(alloy.mark);
    note(alloy.mark_zh);
    for (const catalog::AlloyColor& color : alloy.colors) note(color.name_zh);
  }
}

void build() {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  atlas.Clear();
  if (atlas.AddFontFromFileTTF(kLatinFontPath, kFontPx * kFontRasterScale) == nullptr) {
    atlas.AddFontDefault();  // ImGui's own font: still usable if the data file is missing
    return;
  }
  // Consecutive code points as one range each.
  g_ranges.clear();
  for (auto it = g_cjk.begin(); it != g_cjk.end();) {
    ImWchar first = *it, last = *it;
    for (++it; it != g_cjk.end() && *it == last + 1; ++it) last = *it;
    g_ranges.push_back(first);
    g_ranges.push_back(last);
  }
  g_ranges.push_back(0);
  ImFontConfig merge;
  merge.MergeMode = true;
  merge.FontDataOwnedByAtlas = false;  // the core owns the bytes for the program's life
  const std::string_view ttf = text::engraving_font_ttf();
  atlas.AddFontFromMemoryTTF(const_cast<char*>(ttf.data()), int(ttf.size()), kFontPx * kFontRasterScale, &merge, g_ranges.Data);
}

}  // namespace

void init_fonts() {
  seed();
  build();
  g_dirty = false;
}

void need_glyphs(std::string_view utf8) { g_dirty |= note(utf8); }

bool rebuild_fonts_if_needed() {
  if (!g_dirty) return false;
  g_dirty = false;
  build();
  return true;
}

}  // namespace facet::ui
