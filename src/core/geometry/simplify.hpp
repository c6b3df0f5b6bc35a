// Error-bounded simplification of a closed production mesh. Half-edge collapses (a vertex moves
// onto a neighbour, so every kept vertex is one the mesher put on the surface), cheapest first by
// a quadric error (Garland and Heckbert), each accepted only if:
// - the kept vertex lies within the tolerance of every original face plane the two absorbed (an
//   unweighted plane quadric: the sum of squared distances stays under tolerance^2, so no single
//   distance is larger);
// - no face around it turns by more than a set angle or degenerates;
// - the surface stays a closed 2-manifold (the link condition).
// Flat and gently curved metal (a band's sides, a signet's table) loses most of its triangles;
// prongs, seats and sharp edges keep theirs. Tests measure the result against the exact surface.
//
// Written here rather than taken from a library: OpenMesh's decimater (Debian's libopenmesh-dev
// 9.0) gave the same kind of result on the solitaire but took 7 s with its quadric alone and 72 s
// with its Hausdorff bound, against a build goal of 0.5 s; meshoptimizer 0.18 (Debian) was fast but
// opened 40 non-manifold edges and strayed 0.016 mm. See docs/BENCHMARKS.md.
#pragma once

#include "core/geometry/mesh.hpp"

namespace facet::geometry {

struct SimplifyOptions {
  double tolerance_mm = 0.002;
  // A face around a collapse may turn by at most this much (cosine between its old and new normal).
  double min_normal_cos = 0.9;
  // ... and may not become thinner than this (4 sqrt(3) area / sum of squared edges: 1 for an
  // equilateral triangle, 0 for a sliver), unless it already was.
  double min_quality = 0.1;
};

struct SimplifyStats {
  size_t collapses = 0;
  size_t refused_topology = 0;  // the link condition: the collapse would pinch the surface
  size_t refused_shape = 0;     // a face would turn too far or grow too thin
};

// Preconditions: `mesh` is closed and consistently oriented (check_topology). The result is too,
// with the same shells. Deterministic: the same input gives the same bits on every platform and
// on any number of threads (only + - * / on the path, a strict order on the queue, and blocks that
// share nothing while they run in parallel).
Mesh simplify(const Mesh& mesh, const SimplifyOptions& options = {}, SimplifyStats* stats = nullptr);

}  // namespace facet::geometry
