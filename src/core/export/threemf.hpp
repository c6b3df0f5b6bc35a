// 3MF (3MF Consortium core specification 1.3): a ZIP holding [Content_Types].xml, _rels/.rels and
// 3D/3dmodel.model, in millimetres, one object per part with a base material, every part a build
// item. Numbers are written with a fixed number of decimals by integer arithmetic, so the bytes
// are the same natively and in wasm.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/geometry/mesh.hpp"

namespace facet::exporting {

struct ThreeMfPart {
  std::string name;              // object name, e.g. "metal", "stone center"
  const geometry::Mesh* mesh;    // closed, outward
  std::string material;          // base material name, e.g. "Au750 yellow"
  uint32_t display_rgba;         // 0xRRGGBBAA, sRGB
};

struct ThreeMfDocument {
  // Well-known names (Title, Designer, Description, Copyright, LicenseTerms, CreationDate,
  // Application); empty values are left out.
  std::vector<std::pair<std::string, std::string>> metadata;
  // Our own names, written as facet:Name under the kFacetNamespace.
  std::vector<std::pair<std::string, std::string>> facet_metadata;
  std::vector<ThreeMfPart> parts;
  std::string thumbnail_png;  // optional package thumbnail
};

inline constexpr const char* kFacetNamespace = "urn:facet:3mf:2026";

std::string write_3mf(const ThreeMfDocument& document);

// The model part's XML alone (what write_3mf puts in 3D/3dmodel.model), for tests.
std::string model_xml(const ThreeMfDocument& document);

}  // namespace facet::exporting
