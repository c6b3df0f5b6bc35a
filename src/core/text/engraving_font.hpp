// The one font engraving text is cut in: WenQuanYi Micro Hei, subset at build time to ASCII,
// Latin-1 letters and the GB 2312 hanzi (scripts/build_fonts.py) and embedded, so the CLI and the
// browser accept, measure and shape the same text the same way.
#pragma once

#include <glm/vec2.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace facet::text {

inline constexpr std::string_view kEngravingFontName = "WenQuanYi Micro Hei";
inline constexpr std::string_view kEngravingFontCoverage = "ASCII, Latin-1 letters and the 6,763 hanzi of GB 2312";

// The font file's bytes (a TrueType font), for the UI to draw the same glyphs.
std::string_view engraving_font_ttf();

bool has_glyph(uint32_t code_point);

// The code points of `code_points` the font has no glyph for, each once, in order of appearance.
std::vector<uint32_t> missing_glyphs(const std::vector<uint32_t>& code_points);

// How far the text advances, in ems (a line set at height h mm is advance_em * h long; a hanzi is
// 1 em, a Latin capital about 0.65), with the font's kerning.
double advance_em(const std::vector<uint32_t>& code_points);

// The font's thinnest stroke, in ems: the bar of 一 (U+4E00), 152 of 2048 units; Latin stems are
// thicker (l: 182). Text set at height h has lines at least this times h wide: what decides
// whether an engraving can be cast or must be cut by laser.
inline constexpr double kThinnestStrokeEm = 152.0 / 2048.0;

// A line of text as closed polygons in millimetres, set at `height_mm` per em with the font's
// advances and kerning: x along the line from the pen's start, y up from the baseline. Curves are
// cut into chords that stray at most `tolerance_mm`. Contours may overlap (strokes of a hanzi
// often do): the filled shape is their union by the non-zero rule, as the font is drawn.
struct TextOutline {
  std::vector<std::vector<glm::dvec2>> contours;  // each closed (the last point joins the first)
  glm::dvec2 ink_min{0.0}, ink_max{0.0};          // bounds of every contour's points
  double advance_mm = 0;
};
TextOutline text_outline(const std::vector<uint32_t>& code_points, double height_mm, double tolerance_mm);

}  // namespace facet::text
