// Bringing a contoured mesh within the production tolerance where a flat triangle cuts across a
// sharp feature the mesher could not place a vertex on: a seat's rim where it crosses a fillet, a
// letter's wall where it meets the floor. There the chord between two fitted vertices, each on the
// surface, passes up to a few hundredths of a millimetre inside a convex corner (or outside a
// concave one).
//
// First, vertices the mesher's fit left off the surface (where three features meet in one cell)
// are pulled onto it by Newton steps. Then each edge's midpoint is taken to the surface along the
// mean of the surface normals at its ends (on a crease, along the bisector: onto the crease
// itself); where it moved farther than the tolerance the edge is split there, and the new edges
// are looked at again, round after round. An edge split keeps the mesh closed and consistently
// oriented. Distances are judged by the field's value over its slope, which falls to a quarter
// where parts blend at a steep angle. A change whose triangles would face against the surface is
// not made (unless, where the surface's normals disagree, they stay near the triangles they
// replace); one whose triangles would pass through others (an exact test) is taken back.
//
// Measured (tests/unit/refine_test.cpp, the style tests, examples_test.cpp and property_test.cpp):
// the largest distance from the exact surface to the mesh falls below 0.01 mm on every ring
// style, pendant, stud, cast engraving, example spec and random design.
#pragma once

#include "core/geometry/dual_contour.hpp"

namespace facet::geometry {

struct RefineOptions {
  double tolerance_mm = 0.004;  // vertices and edge midpoints farther than this from the surface are moved or split
  double min_edge_mm = 0.004;   // shorter edges are left as they are
  // A crease's end can need its edges halved over and over (a princess seat's corner against a
  // channel's end wall: 0.011 mm after 6 rounds, 0.0085 after 8). Not more: by the ninth, edges of
  // a few microns meet others nearly flat (pairs too close to call), which untangle then has to
  // push apart by up to 0.05 mm (the halo template).
  int max_rounds = 8;
};

struct RefineStats {
  size_t rounds = 0;
  size_t projected = 0;          // vertices pulled onto the surface
  size_t splits = 0;
  size_t refused = 0;           // changes whose triangles would have faced against the surface
  size_t taken_back = 0;        // changes whose triangles passed through others
  double largest_gap_mm = 0;    // the farthest midpoint from the surface, before
  double largest_left_mm = 0;   // the largest gap left as it was (an upper bound)
};

// Preconditions: `mesh` is closed and consistently oriented, made from `field` (its vertices near
// the surface), which never overstates the distance. `near` as for dual_contour. Deterministic: edges
// are visited and split in a fixed order.
void refine_to_surface(Mesh& mesh, const DistanceField& field, const RefineOptions& options = {}, RefineStats* stats = nullptr,
                       const NearField* near = nullptr);

// refine_to_surface around `vertices` only: those off the surface pulled onto it, then the edges
// of their triangles split where they cut across a crease, round after round. For the vertices
// untangle moved (its smoothing moves them off the surface and its fans across creases).
void refine_around(Mesh& mesh, const DistanceField& field, std::vector<uint32_t> vertices, const RefineOptions& options = {},
                   RefineStats* stats = nullptr, const NearField* near = nullptr);

}  // namespace facet::geometry
