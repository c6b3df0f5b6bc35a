#include "cli/render_views.hpp"

#include <nlohmann/json.hpp>

#include "core/export/png.hpp"
#include "platform/offscreen_gl.hpp"
#include "render/job_views.hpp"
#include "render/piece_meshes.hpp"
#include "render/renderer.hpp"
#include "render/studio_export.hpp"

namespace facet::cli {
namespace {

constexpr int kStudioWidthPx = 1024, kStudioHeightPx = 512;

// Draws `design` in a fresh offscreen context; with `scene`, also the studio and the cameras.
std::vector<RenderedView> draw(const spec::Design& design, RenderedScene* scene, bool display_case, std::string& error) {
  const std::unique_ptr<platform::OffscreenGl> gl = platform::OffscreenGl::open(error);
  if (!gl) return {};
  std::vector<RenderedView> views;
  {
    render::Renderer renderer;  // its GL objects go before the context does
    if (display_case) renderer.set_lighting(render::Lighting::kDisplayCase);  // before init: built once
    if (!renderer.init(error)) return {};
    render::DrawablePiece piece = render::drawable_piece(design);
    render::show_piece(renderer, piece);
    views = render::render_job_views(renderer, piece.centre_mm, piece.radius_mm, error);
    if (scene && !views.empty()) {
      const std::vector<float> studio = render::studio_latlong_rgb(kStudioWidthPx, kStudioHeightPx, error);
      if (studio.empty()) return {};
      scene->studio_hdr = exporting::write_hdr_rgb(kStudioWidthPx, kStudioHeightPx, studio);
      nlohmann::ordered_json cameras = nlohmann::ordered_json::array();
      for (const render::JobViewCamera& side : render::job_view_cameras(piece.centre_mm, piece.radius_mm)) {
        const glm::vec3 eye = side.camera.position(), target = side.camera.target;
        cameras.push_back({{"name", side.name_en},
                           {"eye_mm", {eye.x, eye.y, eye.z}},
                           {"target_mm", {target.x, target.y, target.z}},
                           {"up", {0, 1, 0}},
                           {"fov_y_deg", side.camera.fov_deg},
                           {"width_px", render::kJobViewWidthPx},
                           {"height_px", render::kJobViewHeightPx}});
      }
      scene->cameras_json = cameras.dump(2) + "\n";
    }
  }
  return views;
}

}  // namespace

std::vector<RenderedView> render_views(const spec::Design& design, std::string& error, bool display_case) {
  return draw(design, nullptr, display_case, error);
}

RenderedScene render_scene(const spec::Design& design, std::string& error) {
  RenderedScene scene;
  scene.views = draw(design, &scene, false, error);
  return scene;
}

}  // namespace facet::cli
