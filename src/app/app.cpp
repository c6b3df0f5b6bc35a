#include "app/app.hpp"

#include <chrono>
#include <cmath>

#include <imgui.h>

#include "core/catalog/metals.hpp"
#include "core/geometry/mesh.hpp"
#include "platform/platform.hpp"
#include "ui/panel.hpp"

namespace facet {
namespace {

// Roughness per finish until the renderer issue models brushed and hammered surfaces properly.
float finish_roughness(const std::string& finish) {
  if (finish == "matte") return 0.45f;
  if (finish == "brushed") return 0.28f;
  if (finish == "hammered") return 0.12f;
  return 0.06f;  // polished
}

render::MetalLook metal_look(const spec::Metal& metal) {
  const catalog::Alloy* alloy = catalog::find_alloy(metal.alloy);
  const catalog::AlloyColor* color = catalog::find_alloy_color(*alloy, metal.color);
  render::MetalLook look;
  look.f0 = glm::vec3(color->f0.r, color->f0.g, color->f0.b);
  // Rhodium plating: a bright, slightly cool white over any alloy.
  if (metal.plating == "rhodium") look.f0 = glm::vec3(0.75f, 0.76f, 0.76f);
  look.roughness = finish_roughness(metal.finish);
  return look;
}

}  // namespace

App::App() : design_(*spec::default_design("band")) {}

bool App::init(std::string& error) {
  if (!renderer_.init(error)) return false;
  ui::init_style();
  design_changed();
  return true;
}

void App::design_changed() {
  production_.reset();
  report_.reset();
  mesh_dirty_ = true;
}

const BuiltPiece& App::production() {
  if (!production_) production_ = build_piece(design_);
  return *production_;
}

const spec::Json& App::report() {
  if (!report_) report_ = piece_report(production());
  return *report_;
}

std::string App::design_json() const { return normalised_spec_text(design_); }

SetDesignResult App::set_design_json(std::string_view json) {
  SetDesignResult result;
  spec::ParseResult parsed = spec::parse_design(json);
  result.diagnostics = std::move(parsed.diagnostics);
  if (parsed.status != spec::ParseStatus::ok) return result;
  // A valid design this version cannot draw yet is refused the same way, with its paths.
  const auto unbuilt = unbuilt_features(*parsed.design);
  if (!unbuilt.empty()) {
    result.diagnostics.errors = unbuilt;
    return result;
  }
  design_ = std::move(*parsed.design);
  design_changed();
  result.ok = true;
  return result;
}

SetDesignResult App::apply(const spec::Design& edited) { return set_design_json(normalised_spec_text(edited)); }

std::string App::report_json() { return report().dump(2, ' ', false, spec::Json::error_handler_t::replace); }

void App::download_spec() { platform::offer_download("facet-band.facet.json", "application/json", design_json()); }

void App::download_stl() { platform::offer_download("facet-band-metal.stl", "model/stl", metal_stl(production())); }

void App::frame(const FrameInput& input) {
  if (mesh_dirty_) {
    const geometry::Mesh preview = build_preview_metal(design_);
    renderer_.set_mesh(geometry::make_render_mesh(preview));
    piece_radius_mm_ = float(glm::length(geometry::bounds(preview).size()) * 0.5);
    mesh_dirty_ = false;
  }
  renderer_.set_metal(metal_look(design_.piece.metal));
  // Centre the piece in the part of the canvas the panel leaves free.
  const ui::PanelLayout panel = ui::panel_layout(input);
  if (input.width_px > 0 && input.height_px > 0) {
    const float w = float(input.width_px), h = float(input.height_px);
    const float free_width = panel.narrow ? 1.0f : 1.0f - (panel.x + panel.width) / w;
    const float free_height = panel.narrow ? panel.y / h : 1.0f;
    camera_.lens_shift_x = (1.0f - free_width) / 2.0f;
    camera_.lens_shift_y = (1.0f - free_height) / 2.0f;
    // Frame the piece once, for the first screen; after that the zoom is the user's.
    if (!framed_) {
      camera_.frame_radius(piece_radius_mm_, w / h, free_width, free_height);
      framed_ = true;
    }
  }
  // Drags and the wheel turn and zoom the piece unless they belong to the panel. Touch arrives
  // as mouse events, wheel and pinch as notches through facet_scroll (web/facet-api.js).
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.WantCaptureMouse) {
    if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f)) camera_.orbit(io.MouseDelta.x, io.MouseDelta.y);
    if (io.MouseWheel != 0.0f) camera_.zoom(io.MouseWheel);
  }
  renderer_.draw(camera_, input.width_px, input.height_px);

  ui::PanelResult edits = ui::draw_panel(*this, input);
  if (edits.edited) {
    SetDesignResult applied = apply(*edits.edited);
    if (!applied.ok) ui::show_problems(applied.diagnostics);
  }
  if (edits.download_spec) download_spec();
  if (edits.download_stl) download_stl();
}

spec::Json App::benchmark(int runs) const {
  using Clock = std::chrono::steady_clock;
  spec::Design design = design_;
  double preview_ms = 0, production_ms = 0;
  for (int i = 0; i < runs; ++i) {
    design.piece.shank->width_mm = design_.piece.shank->width_mm + (i % 2) * 0.1;  // a slider step
    auto start = Clock::now();
    const geometry::RenderMesh render = geometry::make_render_mesh(build_preview_metal(design));
    preview_ms += std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    start = Clock::now();
    const spec::Json report = piece_report(build_piece(design));
    production_ms += std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    (void)render;
    (void)report;
  }
  const std::string halo = normalised_spec_text(*spec::default_design("halo"));
  auto start = Clock::now();
  for (int i = 0; i < runs; ++i) (void)normalised_spec_text(*spec::parse_design(halo).design);
  const double validate_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  return {{"preview_ms", preview_ms / runs}, {"production_ms", production_ms / runs},
          {"validate_halo_ms", validate_ms / runs}, {"runs", runs}};
}

void App::frame_presented() {
  if (first_frame_drawn_) return;
  first_frame_drawn_ = true;
  platform::notify_first_frame();
}

}  // namespace facet
