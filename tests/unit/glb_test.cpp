// piece.glb read back by hand: the GLB container, the glTF JSON, and the binary buffer decoded into
// triangles again, so a shop's viewer gets the same metal we weigh, in metres, with gem materials.
#include <doctest/doctest.h>

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "core/catalog/gems.hpp"
#include "core/export/zip.hpp"
#include "core/facet_core.hpp"
#include "test_data.hpp"

using namespace facet;

namespace {

uint32_t u32_at(const std::string& bytes, size_t at) {
  uint32_t value;
  std::memcpy(&value, bytes.data() + at, 4);
  return value;  // both targets are little-endian, as GLB is
}

struct Glb {
  spec::Json json;
  std::string bin;
};

Glb split_glb(const std::string& bytes) {
  REQUIRE(bytes.size() > 28);
  CHECK(u32_at(bytes, 0) == 0x46546C67);  // "glTF"
  CHECK(u32_at(bytes, 4) == 2);
  CHECK(u32_at(bytes, 8) == bytes.size());
  const uint32_t json_length = u32_at(bytes, 12);
  CHECK(json_length % 4 == 0);
  CHECK(u32_at(bytes, 16) == 0x4E4F534A);  // "JSON"
  const size_t bin_at = 20 + json_length;
  CHECK(u32_at(bytes, bin_at + 4) == 0x004E4942);  // "BIN"
  Glb glb;
  glb.json = spec::Json::parse(bytes.substr(20, json_length), nullptr, false);
  glb.bin = bytes.substr(bin_at + 8, u32_at(bytes, bin_at));
  return glb;
}

// The triangles of mesh `index`, in millimetres, from the accessors and the buffer.
geometry::Mesh decode_mesh(const Glb& glb, size_t index) {
  const spec::Json& primitive = glb.json["meshes"][index]["primitives"][0];
  auto view_of = [&](size_t accessor) -> std::pair<const char*, size_t> {
    const spec::Json& a = glb.json["accessors"][accessor];
    const spec::Json& view = glb.json["bufferViews"][a["bufferView"].get<size_t>()];
    return {glb.bin.data() + view["byteOffset"].get<size_t>(), a["count"].get<size_t>()};
  };
  geometry::Mesh mesh;
  const auto [positions, vertices] = view_of(primitive["attributes"]["POSITION"].get<size_t>());
  for (size_t v = 0; v < vertices; ++v) {
    float xyz[3];
    std::memcpy(xyz, positions + 12 * v, 12);
    mesh.positions.push_back(glm::dvec3(xyz[0], xyz[1], xyz[2]) * 1000.0);
  }
  const auto [indices, count] = view_of(primitive["indices"].get<size_t>());
  mesh.indices.resize(count);
  std::memcpy(mesh.indices.data(), indices, 4 * count);
  return mesh;
}

}  // namespace

TEST_CASE("khr dispersion: diamond's 20 / Abbe number from its B-G dispersion") {
  // Diamond's Abbe number is about 55 (n_d 2.417, n_F - n_C 0.025): 20 / 55 = 0.36.
  CHECK(catalog::khr_dispersion(*catalog::find_gem("diamond")) == doctest::Approx(0.36).epsilon(0.03));
  // Moissanite disperses about twice as much as diamond, by both measures.
  CHECK(catalog::khr_dispersion(*catalog::find_gem("moissanite")) > 1.8 * catalog::khr_dispersion(*catalog::find_gem("diamond")));
}

TEST_CASE("glb: a solitaire in metres, the metal's volume intact, the stone a dispersive transmissive volume") {
  spec::Design design = *spec::default_design("solitaire");
  design.piece.metal = {"Au750", "rose", "polished", "none"};
  const BuiltPiece built = build_piece(design);
  REQUIRE(built.stones.size() == 1);
  const Glb glb = split_glb(piece_glb(built));
  REQUIRE(!glb.json.is_discarded());
  const spec::Json& json = glb.json;
  CHECK(json["asset"]["version"] == "2.0");
  CHECK(json["asset"]["extras"]["design_id"] == spec::design_id(design.piece));
  CHECK(json["nodes"][0]["extras"]["fineness_mark"] == "Au750");
  REQUIRE(json["meshes"].size() == 2);
  CHECK(json["meshes"][0]["name"] == "metal");
  CHECK(json["meshes"][1]["name"] == "stone center");
  CHECK(json["buffers"][0]["byteLength"].get<size_t>() == glb.bin.size());

  // The metal decodes to the production mesh's volume (float rounding apart), in metres.
  const geometry::Mesh metal = decode_mesh(glb, 0);
  CHECK(geometry::signed_volume_mm3(metal) == doctest::Approx(geometry::signed_volume_mm3(built.metal)).epsilon(1e-5));
  const geometry::Bounds box = geometry::bounds(built.metal);
  const spec::Json& position = json["accessors"][json["meshes"][0]["primitives"][0]["attributes"]["POSITION"].get<size_t>()];
  CHECK(position["max"][1].get<double>() == doctest::Approx(box.max.y / 1000).epsilon(1e-6));
  CHECK(position["min"][1].get<double>() == doctest::Approx(box.min.y / 1000).epsilon(1e-6));
  const geometry::Mesh stone = decode_mesh(glb, 1);
  CHECK(geometry::signed_volume_mm3(stone) == doctest::Approx(geometry::signed_volume_mm3(built.stones[0].world_mesh())).epsilon(1e-5));

  // Materials: rose gold as PBR metal (redder than it is blue), the diamond clear with its optics.
  const spec::Json& gold = json["materials"][0];
  CHECK(gold["pbrMetallicRoughness"]["metallicFactor"] == 1);
  const spec::Json& base = gold["pbrMetallicRoughness"]["baseColorFactor"];
  CHECK(base[0].get<double>() > base[2].get<double>() * 1.3);
  const spec::Json& gem = json["materials"][json["meshes"][1]["primitives"][0]["material"].get<size_t>()];
  CHECK(gem["extensions"]["KHR_materials_transmission"]["transmissionFactor"] == 1);
  CHECK(gem["extensions"]["KHR_materials_ior"]["ior"].get<double>() == doctest::Approx(2.417).epsilon(1e-6));
  CHECK(gem["extensions"]["KHR_materials_dispersion"]["dispersion"].get<double>() == doctest::Approx(0.36).epsilon(0.03));
  CHECK(gem["extensions"]["KHR_materials_volume"]["thicknessFactor"].get<double>() ==
        doctest::Approx(built.stones[0].stone.depth_mm() / 1000).epsilon(1e-6));
  // The body colour's path, as the renderer absorbs it: a shop's viewer shows the same saturation.
  CHECK(gem["extensions"]["KHR_materials_volume"]["attenuationDistance"].get<double>() ==
        doctest::Approx(catalog::kBodyColorPathMm / 1000).epsilon(1e-6));
  for (const char* used : {"KHR_materials_dispersion", "KHR_materials_ior", "KHR_materials_transmission", "KHR_materials_volume"})
    CHECK(std::find(json["extensionsUsed"].begin(), json["extensionsUsed"].end(), used) != json["extensionsUsed"].end());
  CHECK(piece_glb(built) == piece_glb(built));
}

// Jadeite is translucent: a shop's viewer gets what crosses the cabochon unscattered as
// transmission and the rest as its body colour over the scattered path, as our renderer draws it.
TEST_CASE("glb: a jadeite cabochon is partly transmissive, the rest its green body colour") {
  const BuiltPiece built = build_piece(test::read_test_spec("spec-example-jadeite-pendant.facet.json"));
  REQUIRE(built.stones.size() == 1);
  const Glb glb = split_glb(piece_glb(built));
  const spec::Json& json = glb.json;
  const spec::Json& jade = json["materials"][json["meshes"][1]["primitives"][0]["material"].get<size_t>()];
  const catalog::Gem& gem = *catalog::find_gem("jadeite");
  const double depth_mm = built.stones[0].stone.depth_mm();
  const double transmission = jade["extensions"]["KHR_materials_transmission"]["transmissionFactor"].get<double>();
  CHECK(transmission == doctest::Approx(std::exp(-gem.scattering_per_mm * depth_mm)).epsilon(1e-6));
  CHECK(transmission < 0.5);  // a 4.8 mm deep cabochon scatters most of the light (0.20 through)
  // The body colour over the scattered light's path, depth (1 + s depth): a deeper green.
  const spec::Json& base = jade["pbrMetallicRoughness"]["baseColorFactor"];
  const double paths = depth_mm * (1 + gem.scattering_per_mm * depth_mm) / catalog::kBodyColorPathMm;
  for (int c = 0; c < 3; ++c) CHECK(base[c].get<double>() == doctest::Approx(std::pow(gem.body_color[c], paths)).epsilon(1e-5));
  CHECK(base[1].get<double>() > base[0].get<double>() + 0.3);  // green
  CHECK(base[0].get<double>() < gem.body_color[0] * 0.5);      // deeper than 5 mm's
}

// A stone's vertices against its triangles: a smooth closed surface shares them, about one for
// two triangles; flat facets keep their own (each facet's fan shares only among itself).
double vertices_per_triangle(const Glb& glb, size_t mesh) {
  const spec::Json& primitive = glb.json["meshes"][mesh]["primitives"][0];
  const double vertices = glb.json["accessors"][primitive["attributes"]["POSITION"].get<size_t>()]["count"].get<double>();
  return vertices / (glb.json["accessors"][primitive["indices"].get<size_t>()]["count"].get<double>() / 3);
}

TEST_CASE("glb: a pearl is nacre, opaque with a thin film (its orient) and smooth; a diamond keeps its facets flat") {
  const BuiltPiece built = build_piece(test::read_test_spec("stud-pearl-akoya-au750.facet.json"));
  REQUIRE_FALSE(built.stones.empty());
  const Glb glb = split_glb(piece_glb(built));
  const spec::Json& json = glb.json;
  const spec::Json& pearl = json["materials"][json["meshes"][1]["primitives"][0]["material"].get<size_t>()];
  CAPTURE(pearl.dump());
  CHECK_FALSE(pearl["extensions"].contains("KHR_materials_transmission"));
  CHECK(pearl["pbrMetallicRoughness"]["metallicFactor"] == 0.0);
  const double roughness = pearl["pbrMetallicRoughness"]["roughnessFactor"].get<double>();
  CHECK(roughness > 0.05);  // lustre: sharp, not a mirror
  CHECK(roughness < 0.2);
  const double ior = pearl["extensions"]["KHR_materials_ior"]["ior"].get<double>();
  CHECK(ior >= 1.53);  // aragonite
  CHECK(ior <= 1.69);
  const spec::Json& film = pearl["extensions"]["KHR_materials_iridescence"];
  CHECK(film["iridescenceFactor"].get<double>() > 0);
  CHECK(film["iridescenceThicknessMaximum"].get<double>() == doctest::Approx(400).epsilon(0.3));  // nacre's tablets, ~0.4 um
  const auto& used = json["extensionsUsed"];
  CHECK(std::find(used.begin(), used.end(), "KHR_materials_iridescence") != used.end());
  CHECK(std::find(used.begin(), used.end(), "KHR_materials_ior") != used.end());
  const catalog::Gem& gem = *catalog::find_gem("pearl");
  for (int c = 0; c < 3; ++c) CHECK(pearl["pbrMetallicRoughness"]["baseColorFactor"][c].get<double>() == doctest::Approx(gem.body_color[c]));
  // Smooth, as our renderer draws it; the solitaire's diamond keeps every facet flat.
  CHECK(vertices_per_triangle(glb, 1) < 0.6);
  const Glb diamond = split_glb(piece_glb(build_piece(*spec::default_design("solitaire"))));
  CHECK(vertices_per_triangle(diamond, 1) > 1.0);
}

TEST_CASE("factory package: the files facet build writes, in order, and one zip of them") {
  const BuiltPiece built = build_piece(*spec::default_design("band"));
  const std::vector<PackageFile> files = factory_package(built, piece_report(built));
  std::vector<std::string> names;
  for (const PackageFile& f : files) names.push_back(f.name);
  CHECK(names == std::vector<std::string>{"spec.json", "metal.stl", "piece.3mf", "piece.glb", "jobsheet.html", "report.json"});
  for (const PackageFile& f : files) CHECK(!f.bytes.empty());
  const exporting::ZipListing listing = exporting::list_zip(package_zip(files, "order-1"));
  REQUIRE(listing.items.size() == files.size());
  CHECK(listing.items[0].name == "order-1/spec.json");
  CHECK(listing.items[2].name == "order-1/piece.3mf");
  CHECK(!listing.items[2].deflated);  // a 3MF is a zip already: stored
  CHECK(listing.items[2].stored_bytes == files[2].bytes);
}
