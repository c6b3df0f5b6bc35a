// A design as the renderer draws it: the preview's meshes with each alloy's and gem's look from
// the catalog, and the sphere that holds the piece. The configurator, its style gallery and the
// factory CLI's rendered views all make their pieces here, so they look the same.
#pragma once

#include <vector>

#include <glm/glm.hpp>

#include "core/geometry/dimensions.hpp"
#include "core/spec/spec.hpp"
#include "render/renderer.hpp"

namespace facet::render {

// A design's preview as the renderer draws it, and the sphere that holds it (metal and stones):
// the customer's piece and each gallery picture are made the same way.
struct DrawablePiece {
  PieceMeshes meshes;
  std::vector<geometry::DimensionLine> dimensions;
  glm::vec3 centre_mm{0.0f};
  float radius_mm = 0.0f;
};

DrawablePiece drawable_piece(const spec::Design& design);

// Hands `piece`'s meshes and looks to `renderer` (its stones' draws are moved out of `piece`).
void show_piece(Renderer& renderer, DrawablePiece& piece);

}  // namespace facet::render
