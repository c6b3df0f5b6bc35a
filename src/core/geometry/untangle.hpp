// Removing the folds a contoured and simplified mesh can keep where two sharp features meet (a
// seat's rim and a bead's fillet): triangles a fraction of a cell across that pass through a
// neighbour. Dual contouring keeps each vertex in its cell but not each quad out of the next one's
// way, and a collapse checks the faces around it, not the faces it comes near.
//
// The fix moves only the vertices of the triangles found crossing, each a small step towards the
// mean of its neighbours (a fold is a vertex pushed past its neighbours), until no pair crosses or
// is too close to call; the connectivity never changes, so the mesh stays closed and oriented.
#pragma once

#include "core/geometry/self_intersection.hpp"

namespace facet::geometry {

struct UntangleStats {
  size_t crossing_pairs_before = 0, uncertain_pairs_before = 0;
  size_t rounds = 0;
  size_t vertex_moves = 0;
  double largest_move_mm = 0;   // how far any vertex ended up from where it was
  std::vector<uint32_t> moved;  // the vertices moved, ascending
  SelfIntersections after;      // what is left (empty when the mesh is proven clean)
};

// Preconditions: `mesh` is closed and consistently oriented. Deterministic (+ - * / only).
void untangle(Mesh& mesh, UntangleStats* stats = nullptr);

}  // namespace facet::geometry
