// Stones as closed meshes generated from their proportions: the round brilliant's 57 facets, the
// fancy shapes, step cuts, cabochons and beads. Their volume times the gem's specific gravity is
// the carat weight (1 ct = 0.2 g); convex cuts also give their facet planes to the gem shader.
#pragma once

#include <string_view>
#include <vector>

#include "core/catalog/gems.hpp"
#include "core/geometry/mesh.hpp"
#include "core/geometry/polytope.hpp"
#include "core/spec/spec.hpp"

namespace facet::geometry {

// What a facet plane is, carried as Plane::tag.
enum class FacetKind : int { table = 1, star, bezel, upper_girdle, girdle, lower_girdle, pavilion_main, culet, crown_step, pavilion_step };

struct Stone {
  Mesh mesh;                        // closed, outward; millimetres; table up (+Z), girdle centred on z = 0
  std::vector<Plane> facets;        // convex cuts: every bounding plane (unit normal); empty otherwise
  std::vector<int> triangle_facet;  // with facets: per triangle, its facet
  double length_mm = 0, width_mm = 0;  // along X and Y
  double table_z_mm = 0;            // top of the crown above the girdle's middle
  double culet_z_mm = 0;            // bottom of the pavilion (negative)
  double girdle_top_z_mm = 0, girdle_bottom_z_mm = 0;  // where the girdle is thinnest
  int points = 0;  // sharp points to guard: 1 at +X (pear, heart), 2 at +-X (marquise)
  double depth_mm() const { return table_z_mm - culet_z_mm; }
  // For its picture (make_render_mesh), the renderer's and piece.glb's alike: a cut stone's
  // facets stay flat (split wherever neighbouring faces differ at all); a cabochon's dome and a
  // pearl are smooth, split only at a cabochon's base.
  double render_crease_cos() const { return facets.empty() ? 0.5 : 0.99999; }
};

// A stone of this cut, `length_mm` along X by `width_mm` along Y (equal for round shapes), at the
// cut's default proportions. Preconditions: a catalog cut, sizes > 0.
Stone build_stone(const catalog::Cut& cut, double length_mm, double width_mm);

double carat_of(const catalog::Gem& gem, const Stone& stone);

// Size and weight of a stone given by diameter / length x width, or by carat at the cut's
// typical length/width ratio. Carats come from the generated stone's volume.
struct StoneSizing {
  double length_mm, width_mm, depth_mm, carat;
};
StoneSizing size_from_mm(const catalog::Gem& gem, const catalog::Cut& cut, double length_mm, double width_mm);
StoneSizing size_from_carat(const catalog::Gem& gem, const catalog::Cut& cut, double carat);
// One stone of the group, sized as the spec gives it. Precondition: its gem and cut are in the
// catalog and its size is set (a parsed, valid group).
StoneSizing size_of(const spec::StoneGroup& group);

}  // namespace facet::geometry
