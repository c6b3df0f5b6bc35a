#include "render/piece_meshes.hpp"

#include <algorithm>
#include <cmath>

#include "core/catalog/gems.hpp"
#include "core/catalog/metals.hpp"
#include "core/facet_core.hpp"
#include "core/geometry/mesh.hpp"

namespace facet::render {
namespace {

MetalLook metal_look(const spec::Metal& metal) {
  const catalog::Alloy* alloy = catalog::find_alloy(metal.alloy);
  const catalog::AlloyColor* color = catalog::find_alloy_color(*alloy, metal.color);
  const catalog::SurfaceLook surface = catalog::surface_look(*color, metal.finish, metal.plating);
  MetalLook look;
  look.f0 = glm::vec3(surface.f0.r, surface.f0.g, surface.f0.b);
  look.f82 = glm::vec3(surface.f82.r, surface.f82.g, surface.f82.b);
  look.roughness = surface.roughness;
  look.pattern = surface.pattern == catalog::FinishPattern::brushed    ? MetalPattern::brushed
                 : surface.pattern == catalog::FinishPattern::hammered ? MetalPattern::hammered
                                                                       : MetalPattern::none;
  return look;
}

// A stone's gem (from its group in the design) and which way its table faces.
GemLook gem_look(const spec::Design& design, const geometry::PlacedStone& stone) {
  GemLook look;
  look.up = glm::vec3(stone.placement.rotation * glm::dvec3(0.0, 0.0, 1.0));
  for (const spec::StoneGroup& group : design.piece.stones) {
    if (group.id != stone.id) continue;
    const catalog::Gem* gem = catalog::find_gem(group.gem);
    look.body_color = glm::vec3(gem->body_color[0], gem->body_color[1], gem->body_color[2]);
    look.ior = gem->refractive_index > 0 ? float(gem->refractive_index) : 1.5f;
    look.dispersion = float(gem->dispersion);
    look.nacre = group.gem == "pearl";
    look.domed = stone.stone.facets.empty() && (group.cut == "cabochon" || group.cut == "bead") && !look.nacre;
    look.scattering_per_mm = float(gem->scattering_per_mm);
    // The body colour is what a path of catalog::kBodyColorPathMm lets through.
    const float path_mm = float(catalog::kBodyColorPathMm);
    for (int c = 0; c < 3; ++c) look.absorption_per_mm[c] = -std::log(std::max(look.body_color[c], 1e-3f)) / path_mm;
  }
  return look;
}

// A convex stone's facet planes in world space for the gem shader, the girdle's left out (see
// StoneDraw); none for a stone without planes or with more than the shader takes.
std::vector<glm::vec4> traced_planes(const geometry::PlacedStone& stone) {
  std::vector<glm::vec4> planes;
  for (const geometry::Plane& plane : stone.stone.facets) {
    if (plane.tag == int(geometry::FacetKind::girdle)) continue;
    const glm::dvec3 n = stone.placement.rotation * plane.normal;
    planes.emplace_back(glm::vec3(n), float(plane.offset + glm::dot(n, stone.placement.position)));
  }
  if (planes.size() > kMaxTracedPlanes) planes.clear();
  return planes;
}

// A cabochon's dome (stone.cpp: an ellipsoid over the girdle, to the table's height, on a base
// just below it), placed.
DomeShape dome_shape(const geometry::PlacedStone& stone, bool closed_back) {
  const geometry::Stone& s = stone.stone;
  DomeShape dome;
  const glm::dvec3 semi_axes(s.length_mm / 2, s.width_mm / 2, std::max(s.table_z_mm, 1e-3));
  glm::dmat3 unscale(1.0);
  for (int axis = 0; axis < 3; ++axis) unscale[axis][axis] = 1.0 / semi_axes[axis];
  dome.world_to_unit = glm::mat3(unscale * glm::transpose(stone.placement.rotation));  // rotation: orthonormal
  dome.centre = glm::vec3(stone.placement.position);
  dome.base_z = float(s.culet_z_mm / semi_axes.z);
  dome.closed_back = closed_back;
  return dome;
}

// The stones as one mesh for the renderer, each keeping every facet flat (split wherever
// neighbouring faces differ at all), with the run of indices that is each stone.
geometry::RenderMesh stones_mesh(const spec::Design& design, const PreviewPiece& piece, std::vector<StoneDraw>& draws) {
  geometry::RenderMesh all;
  for (const geometry::PlacedStone& stone : piece.stones) {
    const bool closed_back = piece.centre_on_closed_back && &stone == &piece.stones.front();
    const geometry::RenderMesh one = geometry::make_render_mesh(stone.world_mesh(), stone.stone.render_crease_cos());
    const uint32_t base = uint32_t(all.positions.size() / 3);
    draws.push_back({uint32_t(all.indices.size()), uint32_t(one.indices.size()), gem_look(design, stone), traced_planes(stone),
                     dome_shape(stone, closed_back)});
    all.positions.insert(all.positions.end(), one.positions.begin(), one.positions.end());
    all.normals.insert(all.normals.end(), one.normals.begin(), one.normals.end());
    for (uint32_t index : one.indices) all.indices.push_back(base + index);
  }
  return all;
}

}  // namespace

DrawablePiece drawable_piece(const spec::Design& design) {
  const PreviewPiece piece = build_preview(design);
  DrawablePiece out;
  out.meshes.metal = geometry::make_render_mesh(piece.metal);
  out.meshes.look = metal_look(design.piece.metal);
  // A ring with a head: the finish's pattern on the shank, not on the prongs, bezel or gallery
  // (which a jeweller polishes): only within the shank's outer radius. Bands, eternities and a
  // signet's face take it everywhere.
  const spec::Piece& p = design.piece;
  const bool has_head = p.style == "solitaire" || p.style == "halo" || p.style == "three_stone";
  if (p.type == "ring" && has_head && p.size && p.shank) {
    constexpr double kPi = 3.14159265358979323846, kSlackMm = 0.3;
    const double thickness_mm = std::max(p.shank->thickness_mm, p.shank->top_thickness_mm);
    out.meshes.look.pattern_within_mm = float(p.size->circumference_mm / (2.0 * kPi) + thickness_mm + kSlackMm);
  }
  out.meshes.stones = stones_mesh(design, piece, out.meshes.stone_draws);
  out.meshes.engravings = piece.engravings;
  out.dimensions = piece.dimensions;
  geometry::Bounds box = geometry::bounds(piece.metal);
  const std::vector<float>& stone_positions = out.meshes.stones.positions;
  for (size_t i = 0; i < stone_positions.size(); i += 3) {
    const glm::dvec3 p(stone_positions[i], stone_positions[i + 1], stone_positions[i + 2]);
    box.min = glm::min(box.min, p), box.max = glm::max(box.max, p);
  }
  out.centre_mm = glm::vec3((box.min + box.max) * 0.5);
  out.radius_mm = float(glm::length(box.size()) * 0.5);
  return out;
}

void show_piece(Renderer& renderer, DrawablePiece& piece) {
  renderer.set_mesh(piece.meshes.metal);
  renderer.set_stones(piece.meshes.stones, std::move(piece.meshes.stone_draws));
  renderer.set_metal(piece.meshes.look);
  renderer.set_engraving(piece.meshes.engravings.empty() ? nullptr : &piece.meshes.engravings.front());
}

}  // namespace facet::render
