// facet build --render: the job sheet's rendered views, drawn by the configurator's own renderer
// (and shaders) in an offscreen GL context, so the factory sees the piece as the customer did.
#pragma once

#include <string>
#include <vector>

#include "core/facet_core.hpp"

namespace facet::cli {

// Three views of `design` (render::render_job_views), or none with `error` when no GL can be had.
std::vector<RenderedView> render_views(const spec::Design& design, std::string& error);

}  // namespace facet::cli
