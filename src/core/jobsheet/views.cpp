#include "core/jobsheet/views.hpp"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "core/export/png.hpp"

namespace facet::jobsheet {
namespace {

constexpr int kSupersample = 2;  // 2 x 2 samples per pixel, averaged: smooth edges
constexpr double kMarginPx = 44;  // room for dimension lines and their figures

struct Raster {
  int width, height;
  std::vector<float> depth;   // nearest so far (larger = nearer the viewer)
  std::vector<float> shade;   // 0-1
  std::vector<uint8_t> part;  // 0 background, 1 metal, 2 stone
};

std::string fixed2(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

void rasterise(Raster& r, const geometry::Mesh& mesh, const ViewDirection& view, const Extent& e, double scale, uint8_t part) {
  const glm::dvec3 toward = glm::cross(view.right, view.up);
  // Light from the viewer's upper left, as drawings are lit.
  const glm::dvec3 light = glm::normalize(toward * 1.0 + view.up * 0.6 - view.right * 0.4);
  for (size_t t = 0; t < mesh.triangle_count(); ++t) {
    glm::dvec3 p[3], s[3];
    for (int k = 0; k < 3; ++k) {
      p[k] = mesh.positions[mesh.indices[3 * t + k]];
      s[k] = {(glm::dot(p[k], view.right) - e.min_x) * scale, (e.max_y - glm::dot(p[k], view.up)) * scale, glm::dot(p[k], toward)};
    }
    const double area = (s[1].x - s[0].x) * (s[2].y - s[0].y) - (s[1].y - s[0].y) * (s[2].x - s[0].x);
    if (area == 0) continue;
    const glm::dvec3 n = glm::cross(p[1] - p[0], p[2] - p[0]);
    const double length = glm::length(n);
    if (length == 0) continue;
    // Both sides lit alike: the z-buffer keeps the front one.
    const float lit = float(0.3 + 0.7 * std::fabs(glm::dot(n / length, light)));
    const int x0 = std::max(0, int(std::floor(std::min({s[0].x, s[1].x, s[2].x}))));
    const int x1 = std::min(r.width - 1, int(std::ceil(std::max({s[0].x, s[1].x, s[2].x}))));
    const int y0 = std::max(0, int(std::floor(std::min({s[0].y, s[1].y, s[2].y}))));
    const int y1 = std::min(r.height - 1, int(std::ceil(std::max({s[0].y, s[1].y, s[2].y}))));
    for (int y = y0; y <= y1; ++y) {
      for (int x = x0; x <= x1; ++x) {
        const double px = x + 0.5, py = y + 0.5;
        const double w0 = ((s[1].x - px) * (s[2].y - py) - (s[1].y - py) * (s[2].x - px)) / area;
        const double w1 = ((s[2].x - px) * (s[0].y - py) - (s[2].y - py) * (s[0].x - px)) / area;
        const double w2 = 1.0 - w0 - w1;
        if (w0 < 0 || w1 < 0 || w2 < 0) continue;
        const float z = float(w0 * s[0].z + w1 * s[1].z + w2 * s[2].z);
        const size_t i = size_t(y) * size_t(r.width) + size_t(x);
        if (r.part[i] != 0 && z <= r.depth[i]) continue;
        r.depth[i] = z, r.shade[i] = lit, r.part[i] = part;
      }
    }
  }
}

// Metal samples up to kOutlineSamples from metal that stands nearer the viewer by more than
// kOutlineStepMm are darkened: the outline of a cut-in letter, a line of a drawing.
constexpr double kOutlineStepMm = 0.1;
constexpr int kOutlineSamples = 1;
constexpr float kOutlineShade = 0.25f;

void outline_recesses(Raster& r) {
  std::vector<uint8_t> dark(r.part.size(), 0);
  for (int y = 0; y < r.height; ++y)
    for (int x = 0; x < r.width; ++x) {
      const size_t i = size_t(y) * size_t(r.width) + size_t(x);
      if (r.part[i] != 1) continue;
      for (int dy = -kOutlineSamples; dy <= kOutlineSamples && !dark[i]; ++dy)
        for (int dx = -kOutlineSamples; dx <= kOutlineSamples; ++dx) {
          const int nx = x + dx, ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= r.width || ny >= r.height) continue;
          const size_t j = size_t(ny) * size_t(r.width) + size_t(nx);
          if (r.part[j] == 1 && r.depth[j] - r.depth[i] > kOutlineStepMm) {
            dark[i] = 1;
            break;
          }
        }
    }
  for (size_t i = 0; i < dark.size(); ++i)
    if (dark[i]) r.shade[i] *= kOutlineShade;
}

// One dimension line with end ticks and its figure, in SVG pixels.
enum class LabelAt { above, left_rotated, beside };

void append_dimension(std::string& svg, double x0, double y0, double x1, double y1, const std::string& label, LabelAt at) {
  auto num = [](double v) { return fixed2(v); };
  svg += "<line x1=\"" + num(x0) + "\" y1=\"" + num(y0) + "\" x2=\"" + num(x1) + "\" y2=\"" + num(y1) + "\" class=\"dim\"/>";
  const double dx = y1 - y0 == 0 ? 0 : 5, dy = y1 - y0 == 0 ? 5 : 0;  // ticks across the line
  for (const auto& [x, y] : {std::pair{x0, y0}, std::pair{x1, y1}})
    svg += "<line x1=\"" + num(x - dx) + "\" y1=\"" + num(y - dy) + "\" x2=\"" + num(x + dx) + "\" y2=\"" + num(y + dy) + "\" class=\"dim\"/>";
  const double mx = (x0 + x1) / 2, my = (y0 + y1) / 2;
  if (at == LabelAt::beside)
    svg += "<text x=\"" + num(std::max(x0, x1) + 7) + "\" y=\"" + num(my + 4) + "\" class=\"dimtext\">" + label + "</text>";
  else if (at == LabelAt::left_rotated)
    svg += "<text x=\"" + num(mx - 4) + "\" y=\"" + num(my) + "\" transform=\"rotate(-90 " + num(mx - 4) + " " + num(my) +
           ")\" text-anchor=\"middle\" class=\"dimtext\">" + label + "</text>";
  else
    svg += "<text x=\"" + num(mx) + "\" y=\"" + num(my - 4) + "\" text-anchor=\"middle\" class=\"dimtext\">" + label + "</text>";
}

}  // namespace

const ViewDirection& front_view() {
  static const ViewDirection view{"Front", "正视", {1, 0, 0}, {0, 1, 0}};
  return view;
}
const ViewDirection& side_view() {
  static const ViewDirection view{"Side", "侧视", {0, 0, 1}, {0, 1, 0}};
  return view;
}
const ViewDirection& top_view() {
  static const ViewDirection view{"Top", "俯视", {1, 0, 0}, {0, 0, -1}};
  return view;
}

const ViewDirection& back_view() {
  static const ViewDirection view{"Back", "背视", {-1, 0, 0}, {0, 1, 0}, true};
  return view;
}

Extent view_extent(const ViewParts& parts, const ViewDirection& view) {
  Extent e{std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(), std::numeric_limits<double>::max(),
           std::numeric_limits<double>::lowest()};
  auto take = [&](const geometry::Mesh& mesh) {
    for (const glm::dvec3& p : mesh.positions) {
      const double x = glm::dot(p, view.right), y = glm::dot(p, view.up);
      e.min_x = std::min(e.min_x, x), e.max_x = std::max(e.max_x, x), e.min_y = std::min(e.min_y, y), e.max_y = std::max(e.max_y, y);
    }
  };
  take(*parts.metal);
  for (const geometry::Mesh& stone : parts.stones) take(stone);
  return e;
}

Picture render_picture(const ViewParts& parts, const ViewDirection& view, double px_per_mm) {
  const Extent e = view_extent(parts, view);
  const double scale = px_per_mm * kSupersample;
  Raster r;
  r.width = int(std::ceil((e.max_x - e.min_x) * scale)) + 1;
  r.height = int(std::ceil((e.max_y - e.min_y) * scale)) + 1;
  r.width += (kSupersample - r.width % kSupersample) % kSupersample;
  r.height += (kSupersample - r.height % kSupersample) % kSupersample;
  const size_t n = size_t(r.width) * size_t(r.height);
  r.depth.assign(n, 0.0f), r.shade.assign(n, 0.0f), r.part.assign(n, 0);
  rasterise(r, *parts.metal, view, e, scale, 1);
  // Part 2 + i is stone i (its colour); past 253 stones the rest share the last colour.
  for (size_t i = 0; i < parts.stones.size(); ++i) rasterise(r, parts.stones[i], view, e, scale, uint8_t(std::min<size_t>(2 + i, 255)));
  if (view.outline_recesses) outline_recesses(r);

  // Average the samples of each pixel; white paper behind.
  const int w = r.width / kSupersample, h = r.height / kSupersample;
  const float colourless_rgb[3] = {0.78f, 0.86f, 0.95f};  // the drawing convention for clear stones
  auto stone_rgb = [&](uint8_t part) -> const float* {
    const size_t i = size_t(part) - 2;
    return i < parts.stone_rgb.size() ? parts.stone_rgb[i].data() : colourless_rgb;
  };
  std::vector<uint8_t> rgb(size_t(w) * size_t(h) * 3);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      float sum[3] = {0, 0, 0};
      for (int sy = 0; sy < kSupersample; ++sy) {
        for (int sx = 0; sx < kSupersample; ++sx) {
          const size_t i = size_t(y * kSupersample + sy) * size_t(r.width) + size_t(x * kSupersample + sx);
          const float* base = r.part[i] == 1 ? parts.metal_rgb : r.part[i] > 1 ? stone_rgb(r.part[i]) : nullptr;
          for (int c = 0; c < 3; ++c) sum[c] += base == nullptr ? 1.0f : base[c] * r.shade[i];
        }
      }
      for (int c = 0; c < 3; ++c)
        rgb[(size_t(y) * size_t(w) + size_t(x)) * 3 + size_t(c)] =
            uint8_t(std::lround(std::clamp(sum[c] / float(kSupersample * kSupersample), 0.0f, 1.0f) * 255.0f));
    }
  }
  return {w, h, std::move(rgb)};
}

std::string view_svg(const ViewParts& parts, const ViewDirection& view, double px_per_mm, const std::vector<Dimension>& extra) {
  const Extent e = view_extent(parts, view);
  const Picture picture = render_picture(parts, view, px_per_mm);
  const int w = picture.width, h = picture.height;
  const std::string png = exporting::write_png_rgb(w, h, picture.rgb);

  // Picture at (margin, margin); the overall width below it, the height to its right.
  const double left = kMarginPx, top = kMarginPx / 2, right = left + w, bottom = top + h;
  const double svg_w = right + kMarginPx, svg_h = bottom + kMarginPx;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + fixed2(svg_w) + " " + fixed2(svg_h) + "\" width=\"" +
                    fixed2(svg_w) + "\" height=\"" + fixed2(svg_h) + "\" class=\"view\">";
  svg += "<image x=\"" + fixed2(left) + "\" y=\"" + fixed2(top) + "\" width=\"" + std::to_string(w) + "\" height=\"" + std::to_string(h) +
         "\" href=\"data:image/png;base64," + exporting::base64(png) + "\"/>";
  append_dimension(svg, left, bottom + 26, right, bottom + 26, fixed2(e.max_x - e.min_x), LabelAt::above);
  append_dimension(svg, right + 22, top, right + 22, bottom, fixed2(e.max_y - e.min_y), LabelAt::left_rotated);
  auto to_x = [&](double mm) { return left + (mm - e.min_x) * px_per_mm; };
  auto to_y = [&](double mm) { return top + (e.max_y - mm) * px_per_mm; };
  for (const Dimension& d : extra) {
    const LabelAt at = d.label_beside ? LabelAt::beside : d.horizontal ? LabelAt::above : LabelAt::left_rotated;
    if (d.horizontal) append_dimension(svg, to_x(d.from_mm), to_y(d.at_mm), to_x(d.to_mm), to_y(d.at_mm), d.label, at);
    else append_dimension(svg, to_x(d.at_mm), to_y(d.to_mm), to_x(d.at_mm), to_y(d.from_mm), d.label, at);
  }
  svg += "</svg>";
  return svg;
}

ViewDirection three_quarter_view() {
  // From the front, to the right and above, as a shop photographs a ring.
  const glm::dvec3 toward = glm::normalize(glm::dvec3(0.55, 0.5, 1.0));
  const glm::dvec3 right = glm::normalize(glm::cross(glm::dvec3(0, 1, 0), toward));
  return {"Three-quarter", "透视", right, glm::cross(toward, right)};
}

std::string thumbnail_png(const ViewParts& parts, int size_px) {
  const ViewDirection view = three_quarter_view();
  const Extent e = view_extent(parts, view);
  constexpr int kBorderPx = 6;
  const double px_per_mm = double(size_px - 2 * kBorderPx) / std::max(e.max_x - e.min_x, e.max_y - e.min_y);
  const Picture picture = render_picture(parts, view, px_per_mm);
  std::vector<uint8_t> rgb(size_t(size_px) * size_t(size_px) * 3, 255);
  const int ox = (size_px - picture.width) / 2, oy = (size_px - picture.height) / 2;
  for (int y = 0; y < picture.height; ++y) {
    if (y + oy < 0 || y + oy >= size_px) continue;
    for (int x = 0; x < picture.width; ++x) {
      if (x + ox < 0 || x + ox >= size_px) continue;
      for (int c = 0; c < 3; ++c)
        rgb[(size_t(y + oy) * size_t(size_px) + size_t(x + ox)) * 3 + size_t(c)] = picture.rgb[(size_t(y) * size_t(picture.width) + size_t(x)) * 3 + size_t(c)];
    }
  }
  return exporting::write_png_rgb(size_px, size_px, rgb);
}

}  // namespace facet::jobsheet
