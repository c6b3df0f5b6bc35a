// Band rebuild and build-package timings, native. Figures go to docs/BENCHMARKS.md.
#include <chrono>
#include <cstdio>

#include "core/facet_core.hpp"

int main() {
  auto design = facet::spec::default_design("band");
  using clock = std::chrono::steady_clock;
  const int runs = 200;
  double total_ms = 0, worst_ms = 0;
  size_t triangles = 0;
  for (int i = 0; i < runs; ++i) {
    design->piece.shank->width_mm = 3.0 + (i % 20) * 0.1;  // a slider being dragged
    const auto start = clock::now();
    const facet::BuiltPiece built = facet::build_piece(*design);
    const double ms = std::chrono::duration<double, std::milli>(clock::now() - start).count();
    total_ms += ms;
    worst_ms = ms > worst_ms ? ms : worst_ms;
    triangles = built.metal.triangle_count();
  }
  std::printf("band rebuild (production mesh, %zu triangles): mean %.3f ms, worst %.3f ms over %d runs\n",
              triangles, total_ms / runs, worst_ms, runs);

  const auto start = clock::now();
  const facet::BuiltPiece built = facet::build_piece(*design);
  const std::string stl = facet::metal_stl(built);
  const std::string report = facet::piece_report(built).dump();
  const std::string spec = facet::normalised_spec_text(built.design);
  const double ms = std::chrono::duration<double, std::milli>(clock::now() - start).count();
  std::printf("band package in memory (spec %zu B, stl %zu B, report %zu B): %.3f ms\n", spec.size(), stl.size(),
              report.size(), ms);
  return 0;
}
