#include "core/export/threemf.hpp"

#include <cmath>
#include <cstdio>

#include "core/export/zip.hpp"
#include "core/util/xml_text.hpp"

namespace facet::exporting {
namespace {

constexpr const char* kCoreNamespace = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02";
constexpr int kDecimals = 5;  // 10 nm: far below a printer's 25 um, and short to write

// `value` with kDecimals decimals, without trailing zeros, from integers only.
void append_fixed(std::string& out, double value) {
  constexpr int64_t kScale = 100000;
  const int64_t scaled = int64_t(std::llround(value * double(kScale)));
  const uint64_t magnitude = scaled < 0 ? uint64_t(-scaled) : uint64_t(scaled);
  if (scaled < 0) out.push_back('-');
  out += std::to_string(magnitude / kScale);
  uint64_t fraction = magnitude % kScale;
  if (fraction == 0) return;
  char digits[kDecimals + 1];
  for (int i = kDecimals - 1; i >= 0; --i) digits[i] = char('0' + fraction % 10), fraction /= 10;
  int length = kDecimals;
  while (digits[length - 1] == '0') --length;
  out.push_back('.');
  out.append(digits, size_t(length));
}

std::string color_text(uint32_t rgba) {
  char text[10];
  std::snprintf(text, sizeof text, "#%08X", unsigned(rgba));
  return text;
}

void append_mesh(std::string& out, const geometry::Mesh& mesh) {
  out += "<mesh><vertices>\n";
  for (const glm::dvec3& p : mesh.positions) {
    out += "<vertex x=\"";
    append_fixed(out, p.x);
    out += "\" y=\"";
    append_fixed(out, p.y);
    out += "\" z=\"";
    append_fixed(out, p.z);
    out += "\"/>\n";
  }
  out += "</vertices><triangles>\n";
  for (size_t t = 0; t < mesh.triangle_count(); ++t) {
    out += "<triangle v1=\"" + std::to_string(mesh.indices[3 * t]) + "\" v2=\"" + std::to_string(mesh.indices[3 * t + 1]) + "\" v3=\"" +
           std::to_string(mesh.indices[3 * t + 2]) + "\"/>\n";
  }
  out += "</triangles></mesh>";
}

}  // namespace

std::string model_xml(const ThreeMfDocument& document) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<model unit=\"millimeter\" xml:lang=\"en-US\" xmlns=\"" + std::string(kCoreNamespace) + "\" xmlns:facet=\"" + kFacetNamespace + "\">\n";
  for (const auto& [name, value] : document.metadata)
    if (!value.empty()) out += "<metadata name=\"" + util::xml_escaped(name) + "\">" + util::xml_escaped(value) + "</metadata>\n";
  for (const auto& [name, value] : document.facet_metadata)
    out += "<metadata name=\"facet:" + util::xml_escaped(name) + "\" preserve=\"1\">" + util::xml_escaped(value) + "</metadata>\n";
  out += "<resources>\n<basematerials id=\"1\">\n";
  for (const ThreeMfPart& part : document.parts)
    out += "<base name=\"" + util::xml_escaped(part.material) + "\" displaycolor=\"" + color_text(part.display_rgba) + "\"/>\n";
  out += "</basematerials>\n";
  for (size_t i = 0; i < document.parts.size(); ++i) {
    const ThreeMfPart& part = document.parts[i];
    out += "<object id=\"" + std::to_string(i + 2) + "\" type=\"model\" name=\"" + util::xml_escaped(part.name) + "\" pid=\"1\" pindex=\"" +
           std::to_string(i) + "\">";
    append_mesh(out, *part.mesh);
    out += "</object>\n";
  }
  out += "</resources>\n<build>\n";
  for (size_t i = 0; i < document.parts.size(); ++i) out += "<item objectid=\"" + std::to_string(i + 2) + "\"/>\n";
  out += "</build>\n</model>\n";
  return out;
}

std::string write_3mf(const ThreeMfDocument& document) {
  const bool thumbnail = !document.thumbnail_png.empty();
  std::string types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\n"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\n"
      "<Default Extension=\"model\" ContentType=\"application/vnd.ms-package.3dmanufacturing-3dmodel+xml\"/>\n";
  if (thumbnail) types += "<Default Extension=\"png\" ContentType=\"image/png\"/>\n";
  types += "</Types>\n";
  std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\n"
      "<Relationship Target=\"/3D/3dmodel.model\" Id=\"rel0\" Type=\"http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel\"/>\n";
  if (thumbnail)
    rels += "<Relationship Target=\"/Metadata/thumbnail.png\" Id=\"rel1\" "
            "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail\"/>\n";
  rels += "</Relationships>\n";
  ZipWriter zip;
  zip.add("[Content_Types].xml", types);
  zip.add("_rels/.rels", rels);
  zip.add("3D/3dmodel.model", model_xml(document));
  if (thumbnail) zip.add("Metadata/thumbnail.png", document.thumbnail_png, false);
  return zip.finish();
}

}  // namespace facet::exporting
