// facet build --render and facet render: the piece drawn by the configurator's own renderer (and
// shaders) in an offscreen GL context, so the factory and the shop see it as the customer did.
#pragma once

#include <string>
#include <vector>

#include "core/facet_core.hpp"

namespace facet::cli {

// Three views of `design` (render::render_job_views), or none with `error` when no GL can be had;
// in the studio, or in the display case (render::Lighting).
std::vector<RenderedView> render_views(const spec::Design& design, std::string& error, bool display_case = false);

// The views and, for a reference renderer to draw the same pictures, the scene they were drawn
// in: the studio as a latitude-longitude Radiance HDR (y up, render::studio_latlong_rgb) and each
// view's camera as JSON (eye and target in the piece's millimetres, y up, vertical field of view,
// picture size).
struct RenderedScene {
  std::vector<RenderedView> views;
  std::string studio_hdr;
  std::string cameras_json;
};
RenderedScene render_scene(const spec::Design& design, std::string& error);

}  // namespace facet::cli
