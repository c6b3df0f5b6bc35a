#include "render/job_views.hpp"

#include "core/export/png.hpp"
#include "render/orbit_camera.hpp"

namespace facet::render {

std::vector<JobViewCamera> job_view_cameras(glm::vec3 centre_mm, float radius_mm) {
  constexpr float kFill = 0.88f;
  const OrbitCamera customer;  // the configurator's first view
  // Straight down would leave lookAt's up undefined: a degree off it looks the same.
  struct Side {
    const char *name_zh, *name_en;
    float yaw_deg, pitch_deg;
  };
  const Side sides[] = {{"立体", "Three-quarter", customer.yaw_deg, customer.pitch_deg}, {"正视", "Front", 0.0f, 0.0f}, {"俯视", "Top", 0.0f, 89.0f}};
  std::vector<JobViewCamera> cameras;
  for (const Side& side : sides) {
    OrbitCamera camera;
    camera.yaw_deg = side.yaw_deg;
    camera.pitch_deg = side.pitch_deg;
    camera.target = centre_mm;
    // The bounding sphere leaves a ring small in its picture: its silhouette fills about 0.8 of
    // it; 0.88 keeps a solitaire's stone in the three-quarter view (0.8 cut its top) and a band
    // seen from above over 8% of its picture (tests/e2e/package.mjs).
    camera.frame_radius(radius_mm * kFill, float(kJobViewWidthPx) / float(kJobViewHeightPx));
    cameras.push_back({side.name_zh, side.name_en, camera});
  }
  return cameras;
}

std::vector<RenderedView> render_job_views(Renderer& renderer, glm::vec3 centre_mm, float radius_mm, std::string& error) {
  std::vector<RenderedView> views;
  for (const JobViewCamera& side : job_view_cameras(centre_mm, radius_mm)) {
    const std::vector<uint8_t> rgb = renderer.snapshot_rgb(side.camera, kJobViewWidthPx, kJobViewHeightPx);
    if (rgb.empty()) {
      error = "the GL could not draw a " + std::to_string(kJobViewWidthPx) + " x " + std::to_string(kJobViewHeightPx) + " picture";
      return {};
    }
    views.push_back({side.name_zh, side.name_en, exporting::write_png_rgb(kJobViewWidthPx, kJobViewHeightPx, rgb)});
  }
  return views;
}

}  // namespace facet::render
