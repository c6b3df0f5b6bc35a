#include "core/text/engraving_font.hpp"

#include <algorithm>

#define STB_TRUETYPE_IMPLEMENTATION
#define STBTT_STATIC
#include <stb/stb_truetype.h>

namespace facet::assets {
extern const unsigned char kEngravingFontTtf[];
extern const std::size_t kEngravingFontTtf_size;
}  // namespace facet::assets

namespace facet::text {
namespace {

// Parsed once; stb_truetype only reads the bytes, which live as long as the program.
const stbtt_fontinfo& font() {
  static const stbtt_fontinfo info = [] {
    stbtt_fontinfo parsed{};
    stbtt_InitFont(&parsed, assets::kEngravingFontTtf, stbtt_GetFontOffsetForIndex(assets::kEngravingFontTtf, 0));
    return parsed;
  }();
  return info;
}

int units_per_em() {
  static const int units = [] {
    const stbtt_fontinfo& f = font();
    // head.unitsPerEm, big-endian at offset 18 of the head table.
    const unsigned char* head = f.data + f.head;
    return int(head[18]) << 8 | int(head[19]);
  }();
  return units;
}

}  // namespace

std::string_view engraving_font_ttf() {
  return {reinterpret_cast<const char*>(assets::kEngravingFontTtf), assets::kEngravingFontTtf_size};
}

bool has_glyph(uint32_t code_point) {
  if (code_point > 0x10FFFF) return false;
  return stbtt_FindGlyphIndex(&font(), int(code_point)) != 0;
}

std::vector<uint32_t> missing_glyphs(const std::vector<uint32_t>& code_points) {
  std::vector<uint32_t> missing;
  for (uint32_t cp : code_points) {
    if (!has_glyph(cp) && std::find(missing.begin(), missing.end(), cp) == missing.end()) missing.push_back(cp);
  }
  return missing;
}

double advance_em(const std::vector<uint32_t>& code_points) {
  const stbtt_fontinfo& f = font();
  long units = 0;
  int previous = 0;
  for (uint32_t cp : code_points) {
    const int glyph = stbtt_FindGlyphIndex(&f, int(cp));
    int advance = 0, bearing = 0;
    stbtt_GetGlyphHMetrics(&f, glyph, &advance, &bearing);
    if (previous != 0) units += stbtt_GetGlyphKernAdvance(&f, previous, glyph);
    units += advance;
    previous = glyph;
  }
  return double(units) / double(units_per_em());
}

}  // namespace facet::text
