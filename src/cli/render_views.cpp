#include "cli/render_views.hpp"

#include "platform/offscreen_gl.hpp"
#include "render/job_views.hpp"
#include "render/piece_meshes.hpp"
#include "render/renderer.hpp"

namespace facet::cli {

std::vector<RenderedView> render_views(const spec::Design& design, std::string& error) {
  const std::unique_ptr<platform::OffscreenGl> gl = platform::OffscreenGl::open(error);
  if (!gl) return {};
  std::vector<RenderedView> views;
  {
    render::Renderer renderer;  // its GL objects go before the context does
    if (!renderer.init(error)) return {};
    render::DrawablePiece piece = render::drawable_piece(design);
    render::show_piece(renderer, piece);
    views = render::render_job_views(renderer, piece.centre_mm, piece.radius_mm, error);
  }
  return views;
}

}  // namespace facet::cli
