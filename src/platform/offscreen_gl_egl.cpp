#include "platform/offscreen_gl.hpp"

#include <EGL/egl.h>
#include <EGL/eglext.h>
#include <GLES3/gl3.h>

#include <cstdio>

namespace facet::platform {
namespace {

class EglContext final : public OffscreenGl {
 public:
  EglContext(EGLDisplay display, EGLContext context) : display_(display), context_(context) {}
  ~EglContext() override {
    eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(display_, context_);
    eglTerminate(display_);
  }
  std::string renderer_name() const override {
    const GLubyte* name = glGetString(GL_RENDERER);
    return name ? reinterpret_cast<const char*>(name) : "";
  }

 private:
  EGLDisplay display_;
  EGLContext context_;
};

std::string egl_error(const char* what) {
  char code[16];
  std::snprintf(code, sizeof code, "0x%04x", unsigned(eglGetError()));
  return std::string(what) + " failed (EGL error " + code + ")";
}

}  // namespace

std::unique_ptr<OffscreenGl> OffscreenGl::open(std::string& error) {
  // Surfaceless: no window system and no pbuffer; the renderer draws into its own framebuffers.
  const auto get_platform_display = reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
  if (get_platform_display == nullptr) {
    error = "EGL has no eglGetPlatformDisplayEXT (install Debian's libegl-mesa0)";
    return nullptr;
  }
  EGLDisplay display = get_platform_display(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
  if (display == EGL_NO_DISPLAY) {
    error = "EGL has no surfaceless display (install Debian's libegl-mesa0 and libgl1-mesa-dri)";
    return nullptr;
  }
  EGLint major = 0, minor = 0;
  if (!eglInitialize(display, &major, &minor)) {
    error = egl_error("eglInitialize");
    return nullptr;
  }
  if (!eglBindAPI(EGL_OPENGL_ES_API)) {
    error = egl_error("eglBindAPI(OpenGL ES)");
    eglTerminate(display);
    return nullptr;
  }
  const EGLint config_attributes[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_ES3_BIT, EGL_NONE};
  EGLConfig config = nullptr;
  EGLint configs = 0;
  eglChooseConfig(display, config_attributes, &config, 1, &configs);
  const EGLint context_attributes[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 0, EGL_NONE};
  EGLContext context = eglCreateContext(display, configs > 0 ? config : EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, context_attributes);
  if (context == EGL_NO_CONTEXT) {
    error = egl_error("eglCreateContext(OpenGL ES 3.0)");
    eglTerminate(display);
    return nullptr;
  }
  if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
    error = egl_error("eglMakeCurrent");
    eglDestroyContext(display, context);
    eglTerminate(display);
    return nullptr;
  }
  return std::make_unique<EglContext>(display, context);
}

}  // namespace facet::platform
