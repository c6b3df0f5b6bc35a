// The files of a built piece: metal and stone STLs, the 3MF, the GLB and the factory package. Each
// is a pure function of the BuiltPiece, so the browser's downloads are byte-identical to the CLI's.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/catalog/gems.hpp"
#include "core/catalog/metals.hpp"
#include "core/export/engraving_svg.hpp"
#include "core/export/glb.hpp"
#include "core/export/stl.hpp"
#include "core/math/det_math.hpp"
#include "core/export/threemf.hpp"
#include "core/export/zip.hpp"
#include "core/facet_core.hpp"
#include "core/jobsheet/jobsheet.hpp"
#include "core/report/report.hpp"

namespace facet {

namespace {

double shrinkage_pct(const spec::Design& design) {
  return design.production ? design.production->shrinkage_pct.value_or(0.0) : 0.0;
}

// A display colour for viewers (sRGB, 8 bits) from a linear one. Gamma 2 by square root: a hint
// for a viewer, and exact on every target (pow is not).
uint32_t display_rgba(float r, float g, float b, uint8_t alpha) {
  auto channel = [](float linear) { return uint32_t(std::lround(255.0 * std::sqrt(std::clamp(double(linear), 0.0, 1.0)))); };
  return channel(r) << 24 | channel(g) << 16 | channel(b) << 8 | alpha;
}

const spec::StoneGroup* group_of(const spec::Piece& piece, const geometry::PlacedStone& stone) {
  for (const spec::StoneGroup& group : piece.stones)
    if (group.id == stone.id) return &group;
  return nullptr;
}

// "Au750 yellow", "Pt950": the material name in the 3MF and the GLB.
std::string alloy_label(const spec::Metal& metal) { return metal.alloy + (metal.color.empty() ? "" : " " + metal.color); }

// "Diamond oval": a stone's material name, from its group's gem and cut.
std::string stone_material(const spec::StoneGroup* group, const catalog::Gem* gem) {
  return gem ? std::string(gem->name_en) + " " + group->cut : "stone";
}

std::string checks_verdict(const std::vector<checks::Check>& all) {
  const checks::Tally t = checks::tally(all);
  if (t.failed == 0 && t.warned == 0) return "pass";
  return t.failed ? "fail (" + std::to_string(t.failed) + ")" : "warn (" + std::to_string(t.warned) + ")";
}

// The 3MF's package thumbnail: what slicers and file browsers show for the file.
constexpr int kThumbnailPx = 256;

}  // namespace

std::vector<checks::Check> failed_checks(const BuiltPiece& built) {
  std::vector<checks::Check> out;
  for (const checks::Check& c : built.checks)
    if (c.status == checks::Status::fail) out.push_back(c);
  return out;
}

double metal_scale(const spec::Design& design) { return 1.0 + shrinkage_pct(design) / 100.0; }

std::string shrinkage_text(const spec::Design& design) {
  const double pct = shrinkage_pct(design);
  if (pct == 0.0) return "0% (not compensated)";
  char text[96];
  std::snprintf(text, sizeof text, "%g%% (metal scaled by %g, stones not)", pct, metal_scale(design));
  return text;
}

std::string piece_title(const spec::Design& design) {
  return design.meta.title.value_or("Facet " + design.piece.style + " " + design.piece.type);
}

geometry::Mesh exported_metal(const BuiltPiece& built) {
  geometry::Mesh mesh = built.metal;
  const double scale = metal_scale(built.design);
  if (scale != 1.0)
    for (glm::dvec3& p : mesh.positions) p *= scale;  // the finger's axis through the origin stays put
  return mesh;
}

std::string metal_stl(const BuiltPiece& built) {
  return exporting::write_binary_stl(exported_metal(built), spec::design_id(built.design.piece).substr(0, 40));
}

std::string stone_file_name(const BuiltPiece& built, size_t index) {
  std::string name = "stone-";
  const geometry::PlacedStone& stone = built.stones[index];
  for (char c : stone.id) name += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '_';
  if (stone.number > 0) name.append(1, '-').append(std::to_string(stone.number));
  return name + ".stl";
}

std::string stones_stl(const BuiltPiece& built) {
  geometry::Mesh all;
  for (const geometry::PlacedStone& stone : built.stones) geometry::append(all, stone.world_mesh());
  return exporting::write_binary_stl(all, "stones " + std::to_string(built.stones.size()));
}

std::string stone_stl(const BuiltPiece& built, size_t index) {
  const geometry::PlacedStone& stone = built.stones[index];
  return exporting::write_binary_stl(stone.world_mesh(), "stone " + stone.label());
}

std::string piece_3mf(const BuiltPiece& built) {
  const spec::Piece& piece = built.design.piece;
  const spec::Meta& meta = built.design.meta;
  const catalog::Alloy* alloy = catalog::find_alloy(piece.metal.alloy);
  const catalog::AlloyColor* color = catalog::find_alloy_color(*alloy, piece.metal.color);
  const std::string alloy_name = alloy_label(piece.metal);
  const double weight_g = catalog::weight_g(*color, geometry::signed_volume_mm3(built.metal));

  exporting::ThreeMfDocument doc;
  doc.metadata = {{"Title", piece_title(built.design)},
                  {"Designer", meta.designer.value_or("")},
                  {"Copyright", meta.copyright.value_or("")},
                  {"CreationDate", meta.created.value_or("")},
                  {"Application", "Facet"},
                  {"Description", piece.style + " " + piece.type + " in " + std::string(color->name_en)}};
  auto hundredths = [](double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", report::round_to_places(value, 2));
    return std::string(text);
  };
  auto& facet_metadata = doc.facet_metadata;
  facet_metadata = {{"DesignId", spec::design_id(piece)},
                    {"Alloy", alloy_name},
                    {"FinenessMark", std::string(alloy->mark) + " / " + std::string(alloy->mark_zh)}};
  if (piece.size) facet_metadata.push_back({"RingSizeISO", hundredths(piece.size->circumference_mm)});
  facet_metadata.push_back({"MetalWeightG", hundredths(weight_g)});
  facet_metadata.push_back({"Shrinkage", shrinkage_text(built.design)});
  facet_metadata.push_back({"Checks", checks_verdict(built.checks)});
  if (built.checks_overridden) facet_metadata.push_back({"ChecksOverridden", "yes: built despite failing checks (--force)"});
  const geometry::Mesh metal = exported_metal(built);
  doc.parts.push_back({"metal", &metal, alloy_name, display_rgba(color->f0.r, color->f0.g, color->f0.b, 0xFF)});
  std::vector<geometry::Mesh> stone_meshes;
  stone_meshes.reserve(built.stones.size());
  for (const geometry::PlacedStone& stone : built.stones) stone_meshes.push_back(stone.world_mesh());
  for (size_t i = 0; i < built.stones.size(); ++i) {
    const spec::StoneGroup* group = group_of(piece, built.stones[i]);
    const catalog::Gem* gem = group ? catalog::find_gem(group->gem) : nullptr;
    const std::string material = stone_material(group, gem);
    const uint32_t rgba = gem ? display_rgba(gem->body_color[0], gem->body_color[1], gem->body_color[2], 0xC0) : 0xFFFFFFC0;
    const geometry::PlacedStone& stone = built.stones[i];
    doc.parts.push_back({"stone " + stone.label(), &stone_meshes[i], material, rgba});
  }
  doc.thumbnail_png = jobsheet::thumbnail_png(jobsheet::piece_view_parts(built), kThumbnailPx);
  return exporting::write_3mf(doc);
}

std::string piece_glb(const BuiltPiece& built) {
  const spec::Piece& piece = built.design.piece;
  const catalog::Alloy* alloy = catalog::find_alloy(piece.metal.alloy);
  const catalog::AlloyColor* color = catalog::find_alloy_color(*alloy, piece.metal.color);
  const catalog::SurfaceLook surface = catalog::surface_look(*color, piece.metal.finish, piece.metal.plating);

  exporting::GlbDocument doc;
  doc.root_name = piece_title(built.design);
  doc.root_extras = {{"design_id", spec::design_id(piece)}, {"alloy", piece.metal.alloy}, {"fineness_mark", std::string(alloy->mark)}};
  doc.copyright = built.design.meta.copyright.value_or("");
  exporting::GlbMaterial metal;
  metal.name = alloy_label(piece.metal);
  const float metal_color[4] = {surface.f0.r, surface.f0.g, surface.f0.b, 1};
  std::copy(metal_color, metal_color + 4, metal.base_color);
  metal.metallic = 1;
  metal.roughness = surface.roughness;
  doc.materials.push_back(metal);

  // The metal shades smoothly with its sharp edges kept; each stone as our renderer shades it
  // (Stone::render_crease_cos: facets flat, a dome or a pearl smooth).
  std::vector<geometry::RenderMesh> meshes;
  meshes.reserve(1 + built.stones.size());
  meshes.push_back(geometry::make_render_mesh(built.metal));
  doc.parts.push_back({"metal", &meshes.back(), 0});
  constexpr float kNacreRoughness = 0.12f;  // a fine pearl's lustre: sharp, but not a mirror's
  // The catalog's body colour is the transmittance through kBodyColorPathMm (the renderer's too).
  constexpr float kAbsorptionDistanceM = float(catalog::kBodyColorPathMm * 0.001);
  for (const geometry::PlacedStone& stone : built.stones) {
    const spec::StoneGroup* group = group_of(piece, stone);
    const catalog::Gem* gem = group ? catalog::find_gem(group->gem) : nullptr;
    exporting::GlbMaterial look;
    look.name = stone_material(group, gem) + " (" + stone.label() + ")";
    look.roughness = 0;
    if (gem && gem->refractive_index > 1) {
      look.transmission = 1;
      if (gem->scattering_per_mm > 0) {
        // Translucent (jadeite): what crosses the stone's depth unscattered is transmitted; the
        // rest is seen diffused, in the body colour deepened over the longer path the scattered
        // light wanders, depth (1 + s depth), as our renderer draws it (gem shader's
        // translucent()). glTF's diffuse transmission is not ratified yet. detmath: the same bits
        // in the browser.
        const double depth_mm = stone.stone.depth_mm(), s = gem->scattering_per_mm;
        look.transmission = float(detmath::exp(-s * depth_mm));
        const double paths = depth_mm * (1 + s * depth_mm) / catalog::kBodyColorPathMm;
        for (int c = 0; c < 3; ++c)
          look.base_color[c] = float(detmath::exp(paths * detmath::log(std::max(double(gem->body_color[c]), 1e-3))));
      }
      look.ior = float(gem->refractive_index);
      look.dispersion = float(catalog::khr_dispersion(*gem));
      look.thickness_m = float(stone.stone.depth_mm() * 0.001);
      std::copy(gem->body_color, gem->body_color + 3, look.attenuation_color);
      look.attenuation_distance_m = kAbsorptionDistanceM;
    } else if (gem) {  // opaque: a pearl
      std::copy(gem->body_color, gem->body_color + 3, look.base_color);
      // Nacre, as our gem shader draws it (nacre()): aragonite's surface mirrors the studio
      // nearly but not quite sharply (lustre), and its layers, tablets about 0.4 um thick of
      // index 1.53 over 1.68, tint that reflection with the angle (orient). The film is drawn
      // at half strength: orient is an overtone, not an oil slick.
      look.roughness = kNacreRoughness;
      look.ior = 1.68f;
      look.iridescence = 0.5f;
      look.iridescence_ior = 1.53f;
      look.iridescence_thickness_nm = 400;
    }
    doc.materials.push_back(look);
    meshes.push_back(geometry::make_render_mesh(stone.world_mesh(), stone.stone.render_crease_cos()));
    doc.parts.push_back({"stone " + stone.label(), &meshes.back(), doc.materials.size() - 1});
  }
  return exporting::write_glb(doc);
}

std::string report_text(const spec::Json& report) { return report.dump(2, ' ', false, spec::Json::error_handler_t::strict) + "\n"; }

std::vector<PackageFile> factory_package(const BuiltPiece& built, const spec::Json& report, const std::vector<RenderedView>& rendered) {
  std::vector<PackageFile> files;
  files.push_back({"spec.json", normalised_spec_text(built.design)});
  files.push_back({"metal.stl", metal_stl(built)});
  if (!built.stones.empty()) files.push_back({"stones.stl", stones_stl(built)});
  for (size_t i = 0; i < built.stones.size(); ++i) files.push_back({stone_file_name(built, i), stone_stl(built, i)});
  files.push_back({"piece.3mf", piece_3mf(built)});
  files.push_back({"piece.glb", piece_glb(built)});
  // Each engraving unrolled at true size, for the laser engraver's software.
  for (size_t i = 0; i < built.design.piece.engraving.size(); ++i)
    files.push_back({"engraving-" + std::to_string(i + 1) + ".svg", exporting::engraving_svg(built.design.piece.engraving[i])});
  files.push_back({"jobsheet.html", jobsheet::jobsheet_html(built, report, rendered)});
  files.push_back({"report.json", report_text(report)});
  return files;
}

std::string package_zip(const std::vector<PackageFile>& files, std::string_view folder) {
  exporting::ZipWriter zip;
  for (const PackageFile& file : files) {
    // 3MF is a ZIP already: storing it again saves time and nothing else.
    const bool compress = file.name.size() < 4 || file.name.compare(file.name.size() - 4, 4, ".3mf") != 0;
    zip.add(std::string(folder) + "/" + file.name, file.bytes, compress);
  }
  return zip.finish();
}

}  // namespace facet
