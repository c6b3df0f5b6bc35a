// The one font engraving text is cut in: WenQuanYi Micro Hei, subset at build time to ASCII,
// Latin-1 letters and the GB 2312 hanzi (scripts/build_fonts.py) and embedded, so the CLI and the
// browser accept, measure and shape the same text the same way.
#pragma once

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

}  // namespace facet::text
