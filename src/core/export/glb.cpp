#include "core/export/glb.hpp"

#include <algorithm>
#include <cstring>
#include <limits>

namespace facet::exporting {
namespace {

constexpr uint32_t kGlbMagic = 0x46546C67;  // "glTF"
constexpr uint32_t kChunkJson = 0x4E4F534A;  // "JSON"
constexpr uint32_t kChunkBin = 0x004E4942;   // "BIN\0"
constexpr int kArrayBuffer = 34962, kElementArrayBuffer = 34963;
constexpr int kFloat = 5126, kUnsignedInt = 5125;
constexpr double kMetresPerMm = 0.001;

void put_u32(std::string& out, uint32_t value) {
  for (int i = 0; i < 4; ++i) out.push_back(char((value >> (8 * i)) & 0xff));
}

void put_f32(std::string& out, float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, 4);
  put_u32(out, bits);
}

void pad_to_4(std::string& out, char fill) {
  while (out.size() % 4 != 0) out.push_back(fill);
}

// Floats as JSON numbers: the float's own value, so a reader gets back the bits we computed.
spec::Json rgb_json(const float* c, int n) {
  spec::Json out = spec::Json::array();
  for (int i = 0; i < n; ++i) out.push_back(double(c[i]));
  return out;
}

spec::Json material_json(const GlbMaterial& m) {
  spec::Json json = {{"name", m.name},
                     {"pbrMetallicRoughness",
                      {{"baseColorFactor", rgb_json(m.base_color, 4)}, {"metallicFactor", double(m.metallic)}, {"roughnessFactor", double(m.roughness)}}}};
  if (m.iridescence > 0) {
    json["extensions"]["KHR_materials_ior"] = {{"ior", double(m.ior)}};
    json["extensions"]["KHR_materials_iridescence"] = {{"iridescenceFactor", double(m.iridescence)},
                                                       {"iridescenceIor", double(m.iridescence_ior)},
                                                       {"iridescenceThicknessMaximum", double(m.iridescence_thickness_nm)}};
  }
  if (m.transmission <= 0) return json;
  spec::Json& ext = json["extensions"];
  ext["KHR_materials_transmission"] = {{"transmissionFactor", double(m.transmission)}};
  ext["KHR_materials_ior"] = {{"ior", double(m.ior)}};
  spec::Json volume = {{"thicknessFactor", double(m.thickness_m)}, {"attenuationColor", rgb_json(m.attenuation_color, 3)}};
  if (m.attenuation_distance_m > 0) volume["attenuationDistance"] = double(m.attenuation_distance_m);
  ext["KHR_materials_volume"] = volume;
  if (m.dispersion > 0) ext["KHR_materials_dispersion"] = {{"dispersion", double(m.dispersion)}};
  return json;
}

}  // namespace

std::string write_glb(const GlbDocument& document) {
  std::string bin;
  spec::Json buffer_views = spec::Json::array(), accessors = spec::Json::array(), meshes = spec::Json::array(),
             nodes = spec::Json::array();
  spec::Json children = spec::Json::array();
  auto add_view = [&](size_t offset, size_t length, int target) {
    buffer_views.push_back({{"buffer", 0}, {"byteOffset", offset}, {"byteLength", length}, {"target", target}});
    return buffer_views.size() - 1;
  };
  for (const GlbPart& part : document.parts) {
    const geometry::RenderMesh& mesh = *part.mesh;
    const size_t vertices = mesh.positions.size() / 3;
    float lo[3], hi[3];
    std::fill(lo, lo + 3, std::numeric_limits<float>::max());
    std::fill(hi, hi + 3, std::numeric_limits<float>::lowest());
    const size_t position_offset = bin.size();
    for (size_t i = 0; i < mesh.positions.size(); ++i) {
      const float metres = float(double(mesh.positions[i]) * kMetresPerMm);
      lo[i % 3] = std::min(lo[i % 3], metres);
      hi[i % 3] = std::max(hi[i % 3], metres);
      put_f32(bin, metres);
    }
    const size_t normal_offset = bin.size();
    for (float n : mesh.normals) put_f32(bin, n);
    const size_t index_offset = bin.size();
    for (uint32_t index : mesh.indices) put_u32(bin, index);
    const size_t end = bin.size();

    const size_t position_view = add_view(position_offset, normal_offset - position_offset, kArrayBuffer);
    const size_t normal_view = add_view(normal_offset, index_offset - normal_offset, kArrayBuffer);
    const size_t index_view = add_view(index_offset, end - index_offset, kElementArrayBuffer);
    const size_t first_accessor = accessors.size();
    accessors.push_back({{"bufferView", position_view}, {"componentType", kFloat}, {"count", vertices}, {"type", "VEC3"},
                         {"min", rgb_json(lo, 3)}, {"max", rgb_json(hi, 3)}});
    accessors.push_back({{"bufferView", normal_view}, {"componentType", kFloat}, {"count", vertices}, {"type", "VEC3"}});
    accessors.push_back({{"bufferView", index_view}, {"componentType", kUnsignedInt}, {"count", mesh.indices.size()}, {"type", "SCALAR"}});
    meshes.push_back({{"name", part.name},
                      {"primitives",
                       {{{"attributes", {{"POSITION", first_accessor}, {"NORMAL", first_accessor + 1}}},
                         {"indices", first_accessor + 2},
                         {"material", part.material}}}}});
    children.push_back(nodes.size() + 1);  // node 0 is the root
    nodes.push_back({{"name", part.name}, {"mesh", meshes.size() - 1}});
  }
  spec::Json root = {{"name", document.root_name}, {"children", children}};
  if (!document.root_extras.is_null()) root["extras"] = document.root_extras;
  nodes.insert(nodes.begin(), root);

  spec::Json materials = spec::Json::array();
  std::vector<std::string> extensions;
  for (const GlbMaterial& m : document.materials) {
    materials.push_back(material_json(m));
    if (m.transmission > 0) {
      for (const char* name : {"KHR_materials_ior", "KHR_materials_transmission", "KHR_materials_volume"}) extensions.push_back(name);
      if (m.dispersion > 0) extensions.push_back("KHR_materials_dispersion");
    }
    if (m.iridescence > 0)
      for (const char* name : {"KHR_materials_ior", "KHR_materials_iridescence"}) extensions.push_back(name);
  }
  std::sort(extensions.begin(), extensions.end());
  extensions.erase(std::unique(extensions.begin(), extensions.end()), extensions.end());

  spec::Json asset = {{"version", "2.0"}, {"generator", "Facet"}};
  if (!document.copyright.empty()) asset["copyright"] = document.copyright;
  if (!document.root_extras.is_null()) asset["extras"] = document.root_extras;
  spec::Json gltf = {{"asset", asset},         {"scene", 0},           {"scenes", {{{"nodes", {0}}}}},
                     {"nodes", nodes},         {"meshes", meshes},     {"materials", materials},
                     {"accessors", accessors}, {"bufferViews", buffer_views}, {"buffers", {{{"byteLength", bin.size()}}}}};
  if (!extensions.empty()) gltf["extensionsUsed"] = extensions;

  std::string json = gltf.dump(-1, ' ', false, spec::Json::error_handler_t::replace);
  pad_to_4(json, ' ');
  pad_to_4(bin, '\0');
  std::string out;
  out.reserve(12 + 8 + json.size() + 8 + bin.size());
  put_u32(out, kGlbMagic);
  put_u32(out, 2);
  put_u32(out, uint32_t(12 + 8 + json.size() + 8 + bin.size()));
  put_u32(out, uint32_t(json.size()));
  put_u32(out, kChunkJson);
  out += json;
  put_u32(out, uint32_t(bin.size()));
  put_u32(out, kChunkBin);
  out += bin;
  return out;
}

}  // namespace facet::exporting
