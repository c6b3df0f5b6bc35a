// An off-screen target: drawn 4x multisampled, then resolved by a blit into a texture or a plain
// renderbuffer (to read back, or to copy onto the canvas).
#pragma once

#include <GLES3/gl3.h>

namespace facet::render {

class Offscreen {
 public:
  // `texture` != 0: resolve into that texture (the caller owns it); 0: into a renderbuffer.
  Offscreen(int width_px, int height_px, GLuint texture);
  ~Offscreen();
  Offscreen(const Offscreen&) = delete;
  Offscreen& operator=(const Offscreen&) = delete;

  bool complete() const { return complete_; }
  int width_px() const { return width_; }
  int height_px() const { return height_; }
  GLuint draw_target() const { return framebuffers_[0]; }
  // Resolves the samples (of rows y0 .. y1 only, when given); leaves the resolved target bound
  // for reading.
  void resolve() const { resolve_rows(0, height_); }
  void resolve_rows(int y0, int y1) const;
  // Copies the resolved picture into `framebuffer` (0: the canvas, which must not be multisampled)
  // at the same size; leaves `framebuffer` bound.
  void copy_to(GLuint framebuffer) const;
  // The resolved picture scaled (bilinear) over all of `target`'s resolved picture.
  void scale_into(const Offscreen& target) const;

 private:
  int width_, height_;
  GLuint framebuffers_[2] = {0, 0};
  GLuint renderbuffers_[3] = {0, 0, 0};
  bool complete_ = false;
};

}  // namespace facet::render
