// The job sheet's rendered views: the piece the renderer holds, drawn whole from three sides at the
// best tier and encoded as PNG. The browser adds them to every factory package; the CLI when it can
// open an offscreen GL context (facet build --render).
#pragma once

#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/facet_core.hpp"
#include "render/orbit_camera.hpp"
#include "render/renderer.hpp"

namespace facet::render {

inline constexpr int kJobViewWidthPx = 480, kJobViewHeightPx = 360;

// One of the three sides and the camera that sees the piece from it.
struct JobViewCamera {
  const char *name_zh, *name_en;
  OrbitCamera camera;
};

// Three-quarter (as the configurator first shows the piece), front (along the finger) and top,
// framed on the sphere (`centre_mm`, `radius_mm`) that bounds the piece.
std::vector<JobViewCamera> job_view_cameras(glm::vec3 centre_mm, float radius_mm);

// The piece the renderer holds from job_view_cameras' sides. Empty, with `error`, if the GL
// cannot draw them.
std::vector<RenderedView> render_job_views(Renderer& renderer, glm::vec3 centre_mm, float radius_mm, std::string& error);

}  // namespace facet::render
