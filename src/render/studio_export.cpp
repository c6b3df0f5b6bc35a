#include "render/studio_export.hpp"

#include <GLES3/gl3.h>

#include "render/gl_program.hpp"

namespace facet::shaders {
extern const char* const k_common_glsl;
extern const char* const k_fullscreen_vert_glsl;
extern const char* const k_env_latlong_frag_glsl;
}  // namespace facet::shaders

namespace facet::render {

std::vector<float> studio_latlong_rgb(int width_px, int height_px, std::string& error) {
  using namespace facet::shaders;
  const GLuint program = build_program({k_fullscreen_vert_glsl}, {k_common_glsl, k_env_latlong_frag_glsl}, "latlong", error);
  if (!program) return {};
  GLuint texture = 0, framebuffer = 0, vao = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexStorage2D(GL_TEXTURE_2D, 1, GL_RGBA32F, width_px, height_px);
  glGenFramebuffers(1, &framebuffer);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
  std::vector<float> rgb;
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
    error = "the GL cannot render to a float texture";
  } else {
    glGenVertexArrays(1, &vao);
    glBindVertexArray(vao);
    glViewport(0, 0, width_px, height_px);
    glDisable(GL_DEPTH_TEST);
    glUseProgram(program);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    std::vector<float> rgba(size_t(width_px) * size_t(height_px) * 4);
    glReadPixels(0, 0, width_px, height_px, GL_RGBA, GL_FLOAT, rgba.data());
    rgb.resize(size_t(width_px) * size_t(height_px) * 3);
    for (int y = 0; y < height_px; ++y) {  // GL's rows go up; an image's down
      for (int x = 0; x < width_px; ++x) {
        const float* from = &rgba[(size_t(height_px - 1 - y) * size_t(width_px) + size_t(x)) * 4];
        float* to = &rgb[(size_t(y) * size_t(width_px) + size_t(x)) * 3];
        to[0] = from[0], to[1] = from[1], to[2] = from[2];
      }
    }
    glBindVertexArray(0);
    glDeleteVertexArrays(1, &vao);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glDeleteFramebuffers(1, &framebuffer);
  glDeleteTextures(1, &texture);
  glDeleteProgram(program);
  return rgb;
}

}  // namespace facet::render
