#include "core/export/engraving_svg.hpp"

#include <cstdio>

#include "core/geometry/engraving.hpp"
#include "core/util/xml_text.hpp"

namespace facet::exporting {
namespace {

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", value);
  // Trim trailing zeros: shorter files, and the same bytes in the CLI and the browser.
  std::string out = text;
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out == "-0" ? "0" : out;
}

}  // namespace

std::string engraving_svg(const spec::Engraving& engraving, double scale) {
  // The outline as the model uses it, centred on its ink; a margin of a tenth of the height.
  const text::TextOutline outline = geometry::engraving_outline(engraving);
  const double margin = 0.1 * engraving.height_mm;
  const double left = outline.ink_min.x - margin, top = outline.ink_max.y + margin;
  const double width = outline.ink_max.x - outline.ink_min.x + 2 * margin;
  const double height = outline.ink_max.y - outline.ink_min.y + 2 * margin;
  std::string path;
  for (const auto& contour : outline.contours) {
    for (size_t i = 0; i < contour.size(); ++i) {  // SVG's y runs down
      path += i == 0 ? 'M' : 'L';
      path += number(contour[i].x - left);
      path += ' ';
      path += number(top - contour[i].y);
    }
    path += 'Z';
  }
  const std::string unit = scale == 1.0 ? "mm" : "";
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + number(width * scale) + unit + "\" height=\"" + number(height * scale) + unit +
         "\" viewBox=\"0 0 " + number(width) + " " + number(height) + "\">\n<title>" + util::xml_escaped(engraving.text) +
         "</title>\n<path fill=\"#000\" fill-rule=\"nonzero\" d=\"" + path + "\"/>\n</svg>\n";
}

}  // namespace facet::exporting
