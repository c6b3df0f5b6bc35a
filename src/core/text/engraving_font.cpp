#include "core/text/engraving_font.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/geometric.hpp>

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

// Sets the line: for each character, its glyph and where the pen stands (font units, kerning
// applied); returns where the pen ends. The one layout both the measure and the outlines use.
template <typename GlyphAt>
long lay_out(const std::vector<uint32_t>& code_points, GlyphAt&& glyph_at) {
  const stbtt_fontinfo& f = font();
  long pen_units = 0;
  int previous = 0;
  for (uint32_t cp : code_points) {
    const int glyph = stbtt_FindGlyphIndex(&f, int(cp));
    if (previous != 0) pen_units += stbtt_GetGlyphKernAdvance(&f, previous, glyph);
    glyph_at(glyph, pen_units);
    int advance = 0, bearing = 0;
    stbtt_GetGlyphHMetrics(&f, glyph, &advance, &bearing);
    pen_units += advance;
    previous = glyph;
  }
  return pen_units;
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
  return double(lay_out(code_points, [](int, long) {})) / double(units_per_em());
}

namespace {

// Chords for a curve whose second derivative is at most `bend`: n equal steps in t stray at most
// bend / (8 n^2) from it. A quadratic's is 2 |p0 - 2c + p1|; a cubic's at most 6 times its larger
// second difference.
int chords_for(double bend, double tolerance) { return std::clamp(int(std::ceil(std::sqrt(bend / (8.0 * tolerance)))), 1, 64); }

void add_glyph(const stbtt_fontinfo& f, int glyph, double pen_x, double scale, double tolerance, TextOutline& out) {
  stbtt_vertex* vertices = nullptr;
  const int count = stbtt_GetGlyphShape(&f, glyph, &vertices);
  std::vector<glm::dvec2>* contour = nullptr;
  glm::dvec2 last{0.0};
  auto at = [&](double x, double y) { return glm::dvec2(pen_x + x * scale, y * scale); };
  for (int i = 0; i < count; ++i) {
    const stbtt_vertex& v = vertices[i];
    const glm::dvec2 p = at(v.x, v.y);
    if (v.type == STBTT_vmove) {
      contour = &out.contours.emplace_back();
      contour->push_back(p);
    } else if (contour != nullptr && v.type == STBTT_vline) {
      contour->push_back(p);
    } else if (contour != nullptr && v.type == STBTT_vcurve) {
      const glm::dvec2 c = at(v.cx, v.cy);
      const int n = chords_for(2.0 * glm::length(last - 2.0 * c + p), tolerance);
      for (int k = 1; k <= n; ++k) {
        const double t = double(k) / n;
        contour->push_back((1 - t) * (1 - t) * last + 2 * t * (1 - t) * c + t * t * p);
      }
    } else if (contour != nullptr && v.type == STBTT_vcubic) {
      const glm::dvec2 c1 = at(v.cx, v.cy), c2 = at(v.cx1, v.cy1);
      const double bend = 6.0 * std::max(glm::length(last - 2.0 * c1 + c2), glm::length(c1 - 2.0 * c2 + p));
      const int n = chords_for(bend, tolerance);
      for (int k = 1; k <= n; ++k) {
        const double t = double(k) / n, u = 1 - t;
        contour->push_back(u * u * u * last + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * p);
      }
    }
    last = p;
  }
  stbtt_FreeShape(&f, vertices);
}

}  // namespace

TextOutline text_outline(const std::vector<uint32_t>& code_points, double height_mm, double tolerance_mm) {
  const stbtt_fontinfo& f = font();
  const double scale = height_mm / units_per_em();
  TextOutline out;
  const long pen_units =
      lay_out(code_points, [&](int glyph, long pen) { add_glyph(f, glyph, double(pen) * scale, scale, tolerance_mm, out); });
  out.advance_mm = double(pen_units) * scale;
  // A contour closes on its first point: drop the repeat, and any contour with no area.
  std::erase_if(out.contours, [](std::vector<glm::dvec2>& c) {
    if (c.size() > 1 && c.front() == c.back()) c.pop_back();
    return c.size() < 3;
  });
  glm::dvec2 lo(std::numeric_limits<double>::max()), hi(-std::numeric_limits<double>::max());
  for (const auto& c : out.contours)
    for (const glm::dvec2& p : c) lo = glm::min(lo, p), hi = glm::max(hi, p);
  if (!out.contours.empty()) out.ink_min = lo, out.ink_max = hi;
  return out;
}

}  // namespace facet::text
