// Native band timings: the preview rebuild a slider drag triggers (mesh + render normals), the
// production mesh behind weights and files, and the whole in-memory package. Figures go to
// docs/BENCHMARKS.md; compare ratios between runs on one machine, not absolute numbers.
#include <chrono>
#include <cstdio>

#include "core/facet_core.hpp"
#include "core/geometry/mesh.hpp"

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kRuns = 200;

template <class F>
void time_it(const char* what, F&& body) {
  double total_ms = 0, worst_ms = 0;
  size_t triangles = 0;
  for (int i = 0; i < kRuns; ++i) {
    const auto start = Clock::now();
    triangles = body(i);
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    total_ms += ms;
    worst_ms = ms > worst_ms ? ms : worst_ms;
  }
  char shape[32] = "";
  if (triangles > 0) std::snprintf(shape, sizeof shape, "%zu triangles", triangles);
  std::printf("%-44s %16s  mean %7.3f ms  worst %7.3f ms  (%d runs)\n", what, shape, total_ms / kRuns, worst_ms, kRuns);
}

}  // namespace

int main() {
  auto design = *facet::spec::default_design("band");
  auto drag = [&design](int i) { design.piece.shank->width_mm = 3.0 + (i % 20) * 0.1; };

  time_it("band preview rebuild (mesh + render normals)", [&](int i) {
    drag(i);
    const facet::geometry::Mesh preview = facet::build_preview_metal(design);
    const auto render = facet::geometry::make_render_mesh(preview);
    return preview.triangle_count() + 0 * render.indices.size();
  });
  time_it("band production mesh + report", [&](int i) {
    drag(i);
    const facet::BuiltPiece built = facet::build_piece(design);
    const auto report = facet::piece_report(built);
    return built.metal.triangle_count() + 0 * report.size();
  });
  time_it("band package in memory (spec, STL, report)", [&](int i) {
    drag(i);
    const facet::BuiltPiece built = facet::build_piece(design);
    const std::string bytes = facet::normalised_spec_text(built.design) + facet::metal_stl(built) +
                              facet::piece_report(built).dump();
    return built.metal.triangle_count() + 0 * bytes.size();
  });
  // Validation of a halo ring with a pave shank: the spec draft's heaviest example.
  const std::string halo = facet::normalised_spec_text(*facet::spec::default_design("halo"));
  time_it("validate + normalise a halo spec", [&](int) {
    const auto parsed = facet::spec::parse_design(halo);
    return facet::normalised_spec_text(*parsed.design).size() * 0;
  });
  return 0;
}
