#include "render/offscreen.hpp"

#include <algorithm>

namespace facet::render {

Offscreen::Offscreen(int width_px, int height_px, GLuint texture) : width_(width_px), height_(height_px) {
  glGenFramebuffers(2, framebuffers_);
  glGenRenderbuffers(3, renderbuffers_);
  GLint samples = 0;
  glGetIntegerv(GL_MAX_SAMPLES, &samples);
  samples = std::min(samples, 4);
  glBindRenderbuffer(GL_RENDERBUFFER, renderbuffers_[0]);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width_px, height_px);
  glBindRenderbuffer(GL_RENDERBUFFER, renderbuffers_[1]);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_DEPTH_COMPONENT24, width_px, height_px);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffers_[0]);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, renderbuffers_[0]);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, renderbuffers_[1]);
  complete_ = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffers_[1]);
  if (texture != 0) {
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
  } else {
    glBindRenderbuffer(GL_RENDERBUFFER, renderbuffers_[2]);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width_px, height_px);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, renderbuffers_[2]);
  }
  complete_ = complete_ && glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

Offscreen::~Offscreen() {
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glDeleteFramebuffers(2, framebuffers_);
  glDeleteRenderbuffers(3, renderbuffers_);
}

void Offscreen::resolve_rows(int y0, int y1) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffers_[0]);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffers_[1]);
  glBlitFramebuffer(0, y0, width_, y1, 0, y0, width_, y1, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffers_[1]);
}

void Offscreen::scale_into(const Offscreen& target) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffers_[1]);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, target.framebuffers_[1]);
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, target.width_, target.height_, GL_COLOR_BUFFER_BIT, GL_LINEAR);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, target.framebuffers_[1]);
}

void Offscreen::copy_to(GLuint framebuffer) const {
  // A clear first: a browser clears a presented canvas lazily, before the next draw or clear, and
  // a blit is neither (Chromium's): without it the next draw (the panel) would wipe the copy.
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer);
  glClear(GL_COLOR_BUFFER_BIT);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffers_[1]);
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
}

}  // namespace facet::render
