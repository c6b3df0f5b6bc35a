// An OpenGL ES 3 context with no window, for drawing off screen in a program without a display (the
// factory CLI's rendered views). One implementation per target: offscreen_gl_egl.cpp natively
// (EGL's surfaceless platform: Mesa's llvmpipe on the CPU, or a GPU where there is one).
#pragma once

#include <memory>
#include <string>

namespace facet::platform {

class OffscreenGl {
 public:
  // A context made current on this thread, or nullptr with `error` saying what was missing.
  static std::unique_ptr<OffscreenGl> open(std::string& error);
  virtual ~OffscreenGl() = default;
  virtual std::string renderer_name() const = 0;  // GL_RENDERER, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"
};

}  // namespace facet::platform
