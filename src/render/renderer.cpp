#include "render/renderer.hpp"

#include "render/brdf_lut.hpp"
#include "render/gl_program.hpp"
#include "render/offscreen.hpp"

#include <glm/gtc/type_ptr.hpp>
#include <glm/matrix.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <utility>

namespace facet::shaders {
extern const char* const k_common_glsl;
extern const char* const k_fullscreen_vert_glsl;
extern const char* const k_env_face_frag_glsl;
extern const char* const k_env_prefilter_frag_glsl;
extern const char* const k_backdrop_frag_glsl;
extern const char* const k_metal_vert_glsl;
extern const char* const k_metal_frag_glsl;
extern const char* const k_gem_frag_glsl;
}  // namespace facet::shaders

namespace facet::render {
namespace {

constexpr int kEnvironmentFaceSize = 256;
// Prefiltered levels 256 .. 8 px for roughness 0, 0.2 .. 1: smaller faces would show their texels
// even blurred, and no finish is rougher than matte (0.45).
constexpr int kEnvironmentLevels = 6;
constexpr int kSplitSumSize = 32, kSplitSumSamples = 1024;
// 8-bit fallback: the studio peaks near 8, so store a quarter and accept clipped hot spots.
constexpr float kEightBitEnvScale = 0.25f;

bool has_extension(const char* name) {
  GLint count = 0;
  glGetIntegerv(GL_NUM_EXTENSIONS, &count);
  for (GLint i = 0; i < count; ++i) {
    const char* ext = reinterpret_cast<const char*>(glGetStringi(GL_EXTENSIONS, GLuint(i)));
    if (ext && std::strstr(ext, name)) return true;
  }
  return false;
}

// Bytes into `texture`'s only level, rows packed tight, filtered linearly and clamped at the edges.
void upload_texture_2d(GLuint texture, GLenum internal_format, GLenum format, int width, int height, const void* bytes) {
  glBindTexture(GL_TEXTURE_2D, texture);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GLint(internal_format), width, height, 0, format, GL_UNSIGNED_BYTE, bytes);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glBindTexture(GL_TEXTURE_2D, 0);
}

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// A one-pixel read: returns once the GL has finished what was asked of it before.
void wait_for_gl() {
  unsigned char pixel[4];
  glReadPixels(0, 0, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, pixel);
}

}  // namespace

bool Renderer::init(std::string& error) {
  using namespace facet::shaders;
  auto start = std::chrono::steady_clock::now();
  backdrop_program_ = build_program({k_fullscreen_vert_glsl}, {k_common_glsl, k_backdrop_frag_glsl}, "backdrop", error);
  env_program_ = build_program({k_fullscreen_vert_glsl}, {k_common_glsl, k_env_face_frag_glsl}, "environment", error);
  metal_program_ = build_program({k_metal_vert_glsl}, {k_common_glsl, k_metal_frag_glsl}, "metal", error);
  gem_program_ = build_program({k_metal_vert_glsl}, {k_common_glsl, k_gem_frag_glsl}, "gem", error);
  prefilter_program_ = build_program({k_fullscreen_vert_glsl}, {k_common_glsl, k_env_prefilter_frag_glsl}, "prefilter", error);
  if (!backdrop_program_ || !env_program_ || !metal_program_ || !gem_program_ || !prefilter_program_) return false;
  wait_for_gl();
  compile_ms_ = ms_since(start);
  start = std::chrono::steady_clock::now();
  glGenVertexArrays(1, &empty_vao_);
  for (MeshBuffers* target : {&metal_mesh_, &stone_mesh_, &spare_metal_mesh_, &spare_stone_mesh_}) {
    glGenVertexArrays(1, &target->vao);
    glGenBuffers(3, target->buffers);
  }
  build_environment();
  build_split_sum_table();
  wait_for_gl();
  environment_ms_ = ms_since(start);
  return true;
}

void Renderer::build_environment() {
  // Float targets where the device can render to them, otherwise 8-bit with a scale.
  const bool float_target = has_extension("EXT_color_buffer_float");
  env_scale_ = float_target ? 1.0f : kEightBitEnvScale;
  const GLenum format = float_target ? GL_RGBA16F : GL_RGBA8;
  // The studio with box-filtered mips: what the prefilter samples, then let go.
  GLuint source = 0;
  glGenTextures(1, &source);
  glBindTexture(GL_TEXTURE_CUBE_MAP, source);
  const int source_levels = int(std::log2(float(kEnvironmentFaceSize))) + 1;
  glTexStorage2D(GL_TEXTURE_CUBE_MAP, source_levels, format, kEnvironmentFaceSize, kEnvironmentFaceSize);
  glGenTextures(1, &environment_);
  glBindTexture(GL_TEXTURE_CUBE_MAP, environment_);
  glTexStorage2D(GL_TEXTURE_CUBE_MAP, kEnvironmentLevels, format, kEnvironmentFaceSize, kEnvironmentFaceSize);
  env_max_lod_ = float(kEnvironmentLevels - 1);

  // Face order +X, -X, +Y, -Y, +Z, -Z; each basis maps (ndc.x, ndc.y, 1) to a direction using the
  // cube map convention (s, t flipped as the GL spec's face table says).
  const glm::mat3 bases[6] = {
      glm::mat3(glm::vec3(0, 0, -1), glm::vec3(0, -1, 0), glm::vec3(1, 0, 0)),
      glm::mat3(glm::vec3(0, 0, 1), glm::vec3(0, -1, 0), glm::vec3(-1, 0, 0)),
      glm::mat3(glm::vec3(1, 0, 0), glm::vec3(0, 0, 1), glm::vec3(0, 1, 0)),
      glm::mat3(glm::vec3(1, 0, 0), glm::vec3(0, 0, -1), glm::vec3(0, -1, 0)),
      glm::mat3(glm::vec3(1, 0, 0), glm::vec3(0, -1, 0), glm::vec3(0, 0, 1)),
      glm::mat3(glm::vec3(-1, 0, 0), glm::vec3(0, -1, 0), glm::vec3(0, 0, -1)),
  };
  GLuint framebuffer = 0;
  glGenFramebuffers(1, &framebuffer);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
  glBindVertexArray(empty_vao_);
  glDisable(GL_DEPTH_TEST);
  // Each face of `texture`'s `level` drawn by `program` (its u_face_basis set per face).
  const auto draw_faces = [&](GLuint program, GLuint texture, int level) {
    const int size = kEnvironmentFaceSize >> level;
    glViewport(0, 0, size, size);
    for (int face = 0; face < 6; ++face) {
      glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GLenum(GL_TEXTURE_CUBE_MAP_POSITIVE_X + face), texture, level);
      glUniformMatrix3fv(glGetUniformLocation(program, "u_face_basis"), 1, GL_FALSE, glm::value_ptr(bases[face]));
      glDrawArrays(GL_TRIANGLES, 0, 3);
    }
  };
  // The studio itself, into the source and into level 0 (a mirror's reflection).
  glUseProgram(env_program_);
  glUniform1f(glGetUniformLocation(env_program_, "u_scale"), env_scale_);
  glUniform1i(glGetUniformLocation(env_program_, "u_lighting"), int(lighting_));
  draw_faces(env_program_, source, 0);
  draw_faces(env_program_, environment_, 0);
  glBindTexture(GL_TEXTURE_CUBE_MAP, source);
  glGenerateMipmap(GL_TEXTURE_CUBE_MAP);
  glTexParameteri(GL_TEXTURE_CUBE_MAP, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
  glTexParameteri(GL_TEXTURE_CUBE_MAP, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  // Each further level: the studio as a GGX surface of that roughness reflects it.
  glUseProgram(prefilter_program_);
  glActiveTexture(GL_TEXTURE0);
  glUniform1i(glGetUniformLocation(prefilter_program_, "u_source"), 0);
  glUniform1f(glGetUniformLocation(prefilter_program_, "u_source_size"), float(kEnvironmentFaceSize));
  for (int level = 1; level < kEnvironmentLevels; ++level) {
    glUniform1f(glGetUniformLocation(prefilter_program_, "u_roughness"), float(level) / env_max_lod_);
    draw_faces(prefilter_program_, environment_, level);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glDeleteFramebuffers(1, &framebuffer);
  glDeleteTextures(1, &source);
  glBindTexture(GL_TEXTURE_CUBE_MAP, environment_);
  glTexParameteri(GL_TEXTURE_CUBE_MAP, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
  glTexParameteri(GL_TEXTURE_CUBE_MAP, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
}

void Renderer::set_lighting(Lighting lighting) {
  if (lighting == lighting_) return;
  lighting_ = lighting;
  if (environment_ == 0) return;  // before init: init builds it, once, in this light
  glDeleteTextures(1, &environment_);
  environment_ = 0;
  build_environment();
  ++scene_version_;
}

// The split-sum table (brdf_lut.cpp), computed on the CPU in a few milliseconds: no float
// render target or float filtering needed, so every device gets the same table.
void Renderer::build_split_sum_table() {
  const std::vector<unsigned char> bytes = split_sum_bytes(split_sum_table(kSplitSumSize, kSplitSumSamples));
  glGenTextures(1, &split_sum_);
  upload_texture_2d(split_sum_, GL_RGBA8, GL_RGBA, kSplitSumSize, kSplitSumSize, bytes.data());
}

void Renderer::set_mesh(const geometry::RenderMesh& mesh) {
  upload(metal_mesh_, mesh);
  ++scene_version_;
}

void Renderer::set_stones(const geometry::RenderMesh& mesh, std::vector<StoneDraw> stones) {
  upload(stone_mesh_, mesh);
  stones_ = std::move(stones);
  ++scene_version_;
}

void Renderer::upload(MeshBuffers& target, const geometry::RenderMesh& mesh) {
  target.min = target.max = glm::vec3(0.0f);
  for (size_t i = 0; i + 2 < mesh.positions.size(); i += 3) {
    const glm::vec3 p(mesh.positions[i], mesh.positions[i + 1], mesh.positions[i + 2]);
    target.min = i == 0 ? p : glm::min(target.min, p);
    target.max = i == 0 ? p : glm::max(target.max, p);
  }
  glBindVertexArray(target.vao);
  glBindBuffer(GL_ARRAY_BUFFER, target.buffers[0]);
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(mesh.positions.size() * sizeof(float)), mesh.positions.data(), GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 0, nullptr);
  glBindBuffer(GL_ARRAY_BUFFER, target.buffers[1]);
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(mesh.normals.size() * sizeof(float)), mesh.normals.data(), GL_STATIC_DRAW);
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, 0, nullptr);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, target.buffers[2]);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(mesh.indices.size() * sizeof(uint32_t)), mesh.indices.data(), GL_STATIC_DRAW);
  glBindVertexArray(0);
  target.index_count = GLsizei(mesh.indices.size());
}

Presented Renderer::present(const OrbitCamera& camera, int width_px, int height_px, const GemTier& moving, bool still) {
  const float aspect = height_px > 0 ? float(width_px) / float(height_px) : 1.0f;
  const ScreenKey key{camera.projection(aspect) * camera.view(), scene_version_, width_px, height_px};
  if (!screen_ || screen_->width_px() != width_px || screen_->height_px() != height_px) {
    screen_.reset();  // the old target's memory goes before the new one's is asked for
    screen_ = std::make_unique<Offscreen>(width_px, height_px, 0);
    screen_key_ = {};
  }
  if (!screen_->complete()) {  // no multisampled target: straight onto the canvas, every frame
    draw(camera, width_px, height_px, 0, moving.bounces);
    return Presented::kRedrawn;
  }
  const int best_bounces = kGemTiers[0].bounces;
  Presented presented = Presented::kCopied;
  if (!(key == screen_key_)) {
    const bool scaled = moving.scale < 1.0f && draw_scaled(camera, width_px, height_px, moving);
    if (!scaled) {
      draw(camera, width_px, height_px, screen_->draw_target(), moving.bounces);
      screen_->resolve();
    }
    screen_key_ = key;
    // Nothing to refine when the moving picture was the best tier's at full size, or no stone is
    // traced and it was full size.
    refined_strips_ = !scaled && (moving.bounces == best_bounces || stones_.empty()) ? kRefineStrips : 0;
    presented = Presented::kRedrawn;
  } else if (still && refined_strips_ < kRefineStrips) {
    // One strip a frame, from the bottom: a slow GPU never stalls for a whole best-tier frame, and
    // any change (a touch) stops it at once. The clear, the draw and the resolve keep inside the
    // strip: the rest of the kept picture may be a scaled-up moving one, which the multisampled
    // target never held.
    const int y0 = height_px * refined_strips_ / kRefineStrips, y1 = height_px * (refined_strips_ + 1) / kRefineStrips;
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, y0, width_px, y1 - y0);
    draw(camera, width_px, height_px, screen_->draw_target(), best_bounces);
    glDisable(GL_SCISSOR_TEST);
    screen_->resolve_rows(y0, y1);
    ++refined_strips_;
    presented = Presented::kRefined;
  }
  screen_->copy_to(0);
  return presented;
}

bool Renderer::draw_scaled(const OrbitCamera& camera, int width_px, int height_px, const GemTier& moving) {
  const int small_width = moving.scaled_px(width_px), small_height = moving.scaled_px(height_px);
  if (!small_ || small_->width_px() != small_width || small_->height_px() != small_height) {
    small_.reset();
    small_ = std::make_unique<Offscreen>(small_width, small_height, 0);
  }
  if (!small_->complete()) return false;
  draw(camera, small_width, small_height, small_->draw_target(), moving.bounces);
  small_->resolve();
  small_->scale_into(*screen_);
  return true;
}

void Renderer::draw(const OrbitCamera& camera, int width_px, int height_px, GLuint framebuffer, int gem_bounces) {
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
  glViewport(0, 0, width_px, height_px);
  glClearColor(0.9f, 0.9f, 0.91f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);

  const float aspect = height_px > 0 ? float(width_px) / float(height_px) : 1.0f;
  const glm::mat4 view_projection = camera.projection(aspect) * camera.view();
  const glm::vec3 eye = camera.position();
  draw_backdrop(view_projection, eye);

  if (metal_mesh_.index_count == 0) return;
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glDisable(GL_CULL_FACE);
  use_lit_program(metal_program_, view_projection, eye);
  glUniform3fv(glGetUniformLocation(metal_program_, "u_f0"), 1, glm::value_ptr(metal_.f0));
  glUniform3fv(glGetUniformLocation(metal_program_, "u_f82"), 1, glm::value_ptr(metal_.f82));
  glUniform1f(glGetUniformLocation(metal_program_, "u_roughness"), metal_.roughness);
  glUniform1i(glGetUniformLocation(metal_program_, "u_pattern"), int(metal_.pattern));
  glUniform1f(glGetUniformLocation(metal_program_, "u_pattern_within"), metal_.pattern_within_mm);
  // The split-sum table on unit 2 (unit 1 is the engraving's).
  glActiveTexture(GL_TEXTURE2);
  glBindTexture(GL_TEXTURE_2D, split_sum_);
  glActiveTexture(GL_TEXTURE0);
  glUniform1i(glGetUniformLocation(metal_program_, "u_split_sum"), 2);
  glUniform1f(glGetUniformLocation(metal_program_, "u_edge_unscale"), 1.0f / kEdgeByteScale);
  glUniform1f(glGetUniformLocation(metal_program_, "u_env_max_lod"), env_max_lod_);
  glUniform1f(glGetUniformLocation(metal_program_, "u_exposure"), 1.0f);
  engraving_uniforms();
  draw_elements(metal_mesh_);
  draw_stones(view_projection, eye, gem_bounces);
}

void Renderer::draw_backdrop(const glm::mat4& view_projection, const glm::vec3& eye) {
  glDisable(GL_DEPTH_TEST);
  glUseProgram(backdrop_program_);
  // The piece's box: the metal's, with the stones' (a stud's stone can stand proud of its metal).
  glm::vec3 low = metal_mesh_.min, high = metal_mesh_.max;
  if (stone_mesh_.index_count > 0) low = glm::min(low, stone_mesh_.min), high = glm::max(high, stone_mesh_.max);
  const bool shown = metal_mesh_.index_count > 0;
  const glm::mat4 inverse = glm::inverse(view_projection);
  glUniformMatrix4fv(glGetUniformLocation(backdrop_program_, "u_inverse_view_projection"), 1, GL_FALSE, glm::value_ptr(inverse));
  glUniform3fv(glGetUniformLocation(backdrop_program_, "u_eye"), 1, glm::value_ptr(eye));
  glUniform1i(glGetUniformLocation(backdrop_program_, "u_lighting"), int(lighting_));
  glUniform1f(glGetUniformLocation(backdrop_program_, "u_floor_y"), low.y);
  const glm::vec2 centre(0.5f * (low.x + high.x), 0.5f * (low.z + high.z));
  const glm::vec2 radii = shown ? glm::max(0.5f * glm::vec2(high.x - low.x, high.z - low.z), glm::vec2(0.5f)) : glm::vec2(0.0f);
  glUniform2fv(glGetUniformLocation(backdrop_program_, "u_footprint_centre"), 1, glm::value_ptr(centre));
  glUniform2fv(glGetUniformLocation(backdrop_program_, "u_footprint_radii"), 1, glm::value_ptr(radii));
  glBindVertexArray(empty_vao_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
}

void Renderer::set_engraving(const geometry::EngravingDecal* decal) {
  ++scene_version_;
  engraving_.shown = decal != nullptr && !decal->distance.empty();
  if (!engraving_.shown) return;
  if (engraving_.texture == 0) glGenTextures(1, &engraving_.texture);
  upload_texture_2d(engraving_.texture, GL_R8, GL_RED, decal->width_px, decal->height_px, decal->distance.data());
  engraving_.inside = decal->inside;
  engraving_.embossed = decal->embossed;
  engraving_.centre_dir = glm::vec2(decal->frame.centre_dir);
  engraving_.right_dir = glm::vec2(decal->frame.right_dir);
  engraving_.surface_radius_mm = float(decal->frame.surface_radius_mm);
  engraving_.up_z = float(decal->frame.up_z);
  engraving_.flat = decal->frame.flat.has_value();
  if (const auto& face = decal->frame.flat) {
    engraving_.plane_centre = glm::vec3(face->centre), engraving_.plane_outward = glm::vec3(face->outward);
    engraving_.plane_right = glm::vec3(face->right), engraving_.plane_up = glm::vec3(face->up);
  }
  engraving_.st_min = glm::vec2(decal->st_min);
  engraving_.st_max = glm::vec2(decal->st_max);
  engraving_.range_mm = float(decal->range_mm);
  engraving_.depth_mm = float(decal->depth_mm);
}

// The metal program's engraving: its texture on unit 1 and where it lies on the band.
void Renderer::engraving_uniforms() {
  const GLuint p = metal_program_;
  glUniform1i(glGetUniformLocation(p, "u_engraving"), engraving_.shown ? (engraving_.embossed ? 2 : 1) : 0);
  // Always on its own unit: a 2D sampler left on unit 0 with the cubemap makes every draw fail.
  glUniform1i(glGetUniformLocation(p, "u_engraving_distance"), 1);
  if (!engraving_.shown) return;
  glActiveTexture(GL_TEXTURE1);
  glBindTexture(GL_TEXTURE_2D, engraving_.texture);
  glUniform1f(glGetUniformLocation(p, "u_engraving_inside"), engraving_.inside ? 1.0f : 0.0f);
  glUniform2fv(glGetUniformLocation(p, "u_engraving_centre"), 1, glm::value_ptr(engraving_.centre_dir));
  glUniform2fv(glGetUniformLocation(p, "u_engraving_right"), 1, glm::value_ptr(engraving_.right_dir));
  glUniform1f(glGetUniformLocation(p, "u_engraving_radius"), engraving_.surface_radius_mm);
  glUniform1f(glGetUniformLocation(p, "u_engraving_up"), engraving_.up_z);
  glUniform1f(glGetUniformLocation(p, "u_engraving_flat"), engraving_.flat ? 1.0f : 0.0f);
  glUniform3fv(glGetUniformLocation(p, "u_engraving_plane_centre"), 1, glm::value_ptr(engraving_.plane_centre));
  glUniform3fv(glGetUniformLocation(p, "u_engraving_plane_outward"), 1, glm::value_ptr(engraving_.plane_outward));
  glUniform3fv(glGetUniformLocation(p, "u_engraving_plane_right"), 1, glm::value_ptr(engraving_.plane_right));
  glUniform3fv(glGetUniformLocation(p, "u_engraving_plane_up"), 1, glm::value_ptr(engraving_.plane_up));
  glUniform4f(glGetUniformLocation(p, "u_engraving_rect"), engraving_.st_min.x, engraving_.st_min.y, engraving_.st_max.x, engraving_.st_max.y);
  glUniform1f(glGetUniformLocation(p, "u_engraving_range"), engraving_.range_mm);
  glUniform1f(glGetUniformLocation(p, "u_engraving_depth"), engraving_.depth_mm);
  glActiveTexture(GL_TEXTURE0);
}

std::vector<uint8_t> Renderer::snapshot_rgb(const OrbitCamera& camera, int width_px, int height_px) {
  Offscreen target(width_px, height_px, 0);
  if (!target.complete()) return {};
  draw(camera, width_px, height_px, target.draw_target(), kGemTiers[0].bounces);  // drawn once: the best tier
  target.resolve();
  std::vector<uint8_t> rgba(size_t(width_px) * size_t(height_px) * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width_px, height_px, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
  // GL's rows go up from the bottom; an image's go down from the top.
  std::vector<uint8_t> rgb(size_t(width_px) * size_t(height_px) * 3);
  for (int y = 0; y < height_px; ++y) {
    const uint8_t* from = &rgba[size_t(height_px - 1 - y) * size_t(width_px) * 4];
    uint8_t* to = &rgb[size_t(y) * size_t(width_px) * 3];
    for (int x = 0; x < width_px; ++x) std::memcpy(to + x * 3, from + x * 4, 3);
  }
  return rgb;
}

double Renderer::time_frames(OrbitCamera camera, int width_px, int height_px, int bounces, int frames) {
  Offscreen target(width_px, height_px, 0);
  if (!target.complete() || frames <= 0) return 0.0;
  draw(camera, width_px, height_px, target.draw_target(), bounces);  // warm: first use of a program costs more
  wait_for_gl();
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < frames; ++i) {
    camera.yaw_deg += 1.0f;
    draw(camera, width_px, height_px, target.draw_target(), bounces);
    target.resolve();
    wait_for_gl();
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  return ms_since(start) / frames;
}

void Renderer::release_thumbnail(GLuint texture) {
  if (texture != 0) glDeleteTextures(1, &texture);
}

GLuint Renderer::render_thumbnail(const PieceMeshes& piece, const OrbitCamera& camera, int size_px) {
  GLuint texture = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, size_px, size_px, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glBindTexture(GL_TEXTURE_2D, 0);
  Offscreen target(size_px, size_px, texture);
  if (!target.complete()) {
    glDeleteTextures(1, &texture);
    return 0;
  }
  // The customer's piece steps aside: the spare buffers take the template's meshes for one draw.
  std::swap(metal_mesh_, spare_metal_mesh_);
  std::swap(stone_mesh_, spare_stone_mesh_);
  const std::vector<StoneDraw> customer_stones = std::exchange(stones_, piece.stone_draws);
  const MetalLook customer_look = std::exchange(metal_, piece.look);
  const bool customer_engraving = std::exchange(engraving_.shown, false);  // templates have none
  upload(metal_mesh_, piece.metal);
  upload(stone_mesh_, piece.stones);
  draw(camera, size_px, size_px, target.draw_target(), kGemTiers[0].bounces);
  target.resolve();
  stones_ = customer_stones;
  metal_ = customer_look;
  engraving_.shown = customer_engraving;
  std::swap(metal_mesh_, spare_metal_mesh_);
  std::swap(stone_mesh_, spare_stone_mesh_);
  return texture;
}

void Renderer::draw_stones(const glm::mat4& view_projection, const glm::vec3& eye, int gem_bounces) {
  if (stone_mesh_.index_count == 0) return;
  use_lit_program(gem_program_, view_projection, eye);
  glUniform1f(glGetUniformLocation(gem_program_, "u_env_max_lod"), env_max_lod_);
  glBindVertexArray(stone_mesh_.vao);
  for (const StoneDraw& stone : stones_) {
    glUniform3fv(glGetUniformLocation(gem_program_, "u_stone_up"), 1, glm::value_ptr(stone.look.up));
    glUniform3fv(glGetUniformLocation(gem_program_, "u_body_color"), 1, glm::value_ptr(stone.look.body_color));
    glUniform1f(glGetUniformLocation(gem_program_, "u_ior"), stone.look.ior);
    glUniform1f(glGetUniformLocation(gem_program_, "u_dispersion"), stone.look.dispersion);
    glUniform3fv(glGetUniformLocation(gem_program_, "u_absorption"), 1, glm::value_ptr(stone.look.absorption_per_mm));
    const GLsizei planes = gem_bounces > 0 ? GLsizei(std::min(stone.planes.size(), kMaxTracedPlanes)) : 0;
    glUniform1i(glGetUniformLocation(gem_program_, "u_plane_count"), planes);
    glUniform1i(glGetUniformLocation(gem_program_, "u_bounces"), gem_bounces);
    glUniform1i(glGetUniformLocation(gem_program_, "u_nacre"), stone.look.nacre ? 1 : 0);
    glUniform1i(glGetUniformLocation(gem_program_, "u_domed"), stone.look.domed ? 1 : 0);
    glUniform1f(glGetUniformLocation(gem_program_, "u_scattering"), stone.look.scattering_per_mm);
    glUniformMatrix3fv(glGetUniformLocation(gem_program_, "u_dome_to_unit"), 1, GL_FALSE, glm::value_ptr(stone.dome.world_to_unit));
    glUniform3fv(glGetUniformLocation(gem_program_, "u_dome_centre"), 1, glm::value_ptr(stone.dome.centre));
    glUniform1f(glGetUniformLocation(gem_program_, "u_dome_base"), stone.dome.base_z);
    glUniform1i(glGetUniformLocation(gem_program_, "u_closed_back"), stone.dome.closed_back ? 1 : 0);
    glUniform3fv(glGetUniformLocation(gem_program_, "u_back_f0"), 1, glm::value_ptr(metal_.f0));
    if (planes > 0) glUniform4fv(glGetUniformLocation(gem_program_, "u_planes"), planes, glm::value_ptr(stone.planes[0]));
    glDrawElements(GL_TRIANGLES, GLsizei(stone.index_count), GL_UNSIGNED_INT,
                   reinterpret_cast<const void*>(uintptr_t(stone.first_index) * sizeof(uint32_t)));
  }
  glBindVertexArray(0);
}

// What every program lit by the environment takes: camera, and the cubemap on unit 0.
void Renderer::use_lit_program(GLuint program, const glm::mat4& view_projection, const glm::vec3& eye) {
  glUseProgram(program);
  glUniformMatrix4fv(glGetUniformLocation(program, "u_view_projection"), 1, GL_FALSE, glm::value_ptr(view_projection));
  glUniform3fv(glGetUniformLocation(program, "u_camera_position"), 1, glm::value_ptr(eye));
  glUniform1f(glGetUniformLocation(program, "u_env_unscale"), 1.0f / env_scale_);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_CUBE_MAP, environment_);
  glUniform1i(glGetUniformLocation(program, "u_environment"), 0);
}

void Renderer::draw_elements(const MeshBuffers& mesh) {
  glBindVertexArray(mesh.vao);
  glDrawElements(GL_TRIANGLES, mesh.index_count, GL_UNSIGNED_INT, nullptr);
  glBindVertexArray(0);
}

}  // namespace facet::render
