// glTF 2.0 binary (GLB) for web shops, AR viewers and model-viewer: one JSON chunk and one BIN
// chunk, metres, Y up (a ring stands with its head up, as it does in our own view), PBR materials.
// Gems are transmissive volumes (KHR_materials_transmission, _volume, _ior, _dispersion); pearls
// opaque with a thin film (KHR_materials_iridescence, _ior). Written
// from integers and floats only, so the bytes are the same natively and in wasm.
#pragma once

#include <string>
#include <vector>

#include "core/geometry/mesh.hpp"
#include "core/spec/spec.hpp"

namespace facet::exporting {

struct GlbMaterial {
  std::string name;
  float base_color[4] = {1, 1, 1, 1};  // linear RGBA
  float metallic = 0, roughness = 0;
  // A clear stone: transmission 1, with its volume. transmission 0 leaves the four extensions out.
  float transmission = 0;
  float ior = 1.5f;
  float dispersion = 0;              // 20 / Abbe number; 0 leaves KHR_materials_dispersion out
  float thickness_m = 0;             // the stone's depth, for viewers that fake the volume
  float attenuation_color[3] = {1, 1, 1};
  float attenuation_distance_m = 0;  // 0: no absorption (left out: infinite)
  // An opaque stone with a thin film over it (a pearl's nacre: its orient), with `ior` its base's
  // index. 0 leaves KHR_materials_iridescence (and, when not transmissive, _ior) out.
  float iridescence = 0;
  float iridescence_ior = 1.3f;
  float iridescence_thickness_nm = 400;
};

struct GlbPart {
  std::string name;                     // node and mesh name, e.g. "metal", "stone center"
  const geometry::RenderMesh* mesh;     // millimetres; written in metres
  size_t material;                      // index into GlbDocument::materials
};

struct GlbDocument {
  std::string root_name;   // the node holding every part
  spec::Json root_extras;  // e.g. {"design_id": ...}; also written as asset.extras
  std::string copyright;   // asset.copyright, left out when empty
  std::vector<GlbMaterial> materials;
  std::vector<GlbPart> parts;
};

std::string write_glb(const GlbDocument& document);

}  // namespace facet::exporting
