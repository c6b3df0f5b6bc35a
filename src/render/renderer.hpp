// Draws the piece in WebGL2 / OpenGL ES 3.0: a studio backdrop with the piece's soft shadow on its
// floor, then the metal lit by an
// environment cubemap rendered once at start-up from shaders/common.glsl's studio and prefiltered
// for GGX roughness in its mips, with the split-sum table beside it.
#pragma once

#include <GLES3/gl3.h>

#include <glm/mat3x3.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/geometry/engraving.hpp"
#include "core/geometry/mesh.hpp"
#include "render/gem_quality.hpp"
#include "render/offscreen.hpp"
#include "render/orbit_camera.hpp"

namespace facet::render {

enum class MetalPattern { none = 0, brushed = 1, hammered = 2 };  // as metal.frag.glsl's u_pattern

struct MetalLook {
  glm::vec3 f0{1.0f, 0.78f, 0.37f};  // linear RGB
  glm::vec3 f82{1.0f, 0.95f, 0.89f};  // linear RGB at 82 degrees (catalog::SurfaceLook)
  float roughness = 0.08f;
  MetalPattern pattern = MetalPattern::none;
  float pattern_within_mm = 0.0f;  // the pattern only this near the ring's axis (0: everywhere)
};

struct GemLook {
  glm::vec3 body_color{1.0f};  // linear transmittance
  glm::vec3 absorption_per_mm{0.0f};  // Beer-Lambert, for the traced stones
  float ior = 2.417f;
  float dispersion = 0.044f;
  glm::vec3 up{0.0f, 1.0f, 0.0f};  // the table's normal
  bool nacre = false;  // a pearl: opaque, lustrous (the gem shader's nacre())
  bool domed = false;  // a cabochon or a bead, not a pearl: the gem shader's translucent()
  float scattering_per_mm = 0.0f;  // in it: 0 clear, > 0 translucent (jadeite)
};

// A cabochon's shape as the gem shader measures how far light goes through it: the ellipsoid of
// its dome (world to the unit sphere) cut by the plane of its base.
struct DomeShape {
  glm::mat3 world_to_unit{1.0f};
  glm::vec3 centre{0.0f};  // the girdle's middle, world
  float base_z = -1.0f;    // the base's plane, in the unit sphere's z
  bool closed_back = false;  // it sits on closed metal (the piece's), not open to the studio behind
};

// The most facet planes a traced stone hands the gem shader (its kMaxPlanes): the round
// brilliant's 57 without the girdle's.
inline constexpr size_t kMaxTracedPlanes = 64;

// One stone of the stones' mesh: its run of indices, how it looks, and its facet planes in world
// space (xyz the outward normal, w the offset; at most kMaxTracedPlanes; empty: not traced).
struct StoneDraw {
  uint32_t first_index, index_count;
  GemLook look;
  std::vector<glm::vec4> planes;
  DomeShape dome;  // for a cabochon or bead (GemLook::domed)
};

// A piece as the renderer takes it: the metal's mesh and look, the stones' mesh and each stone's run.
struct PieceMeshes {
  geometry::RenderMesh metal;
  MetalLook look;
  geometry::RenderMesh stones;
  std::vector<StoneDraw> stone_draws;
  std::vector<geometry::EngravingDecal> engravings;  // the first is drawn on the metal
};

// What present() did this frame.
enum class Presented {
  kCopied,   // nothing shown had changed: the kept picture was copied onto the canvas
  kRedrawn,  // the view, the piece or the canvas changed: drawn at the moving tier
  kRefined,  // still since the last redraw: a strip of it drawn again with the stones at the best tier
};

// The light the piece is seen in (shaders/common.glsl's environment_radiance): the studio tent
// jewelry is photographed in, or a shop's display case (dark, with pinpoint spots).
enum class Lighting { kStudio = 0, kDisplayCase = 1 };

class Renderer {
 public:
  // Compiles every program up front and renders the environment. False, with `error`, on failure.
  bool init(std::string& error);
  void set_mesh(const geometry::RenderMesh& mesh);
  void set_metal(const MetalLook& look) {
    metal_ = look;
    ++scene_version_;
  }
  // The text drawn into the metal's surface (nullptr: none). One engraving is drawn at a time.
  void set_engraving(const geometry::EngravingDecal* decal);
  // Every stone in one mesh, drawn stone by stone with its own gem and table direction.
  void set_stones(const geometry::RenderMesh& mesh, std::vector<StoneDraw> stones);
  // The piece on the canvas. The picture is kept off screen and copied while nothing it shows
  // changes, so a still configurator (most of its time on a shop's page) costs a copy a frame, not
  // the metal's and the stones' shading: a phone's battery, a laptop's fan. A change is drawn at
  // the `moving` tier (GemQuality's: its bounces in the stones, 0 not traced, and the fraction of
  // the size it is drawn at and scaled up from); once `still`, the picture is drawn again at the
  // best tier, full size, a strip a frame (kRefineStrips), so the piece at rest always looks its
  // best and no single frame costs a whole best-tier picture.
  Presented present(const OrbitCamera& camera, int width_px, int height_px, const GemTier& moving, bool still);
  // The piece drawn off screen at width x height (4x multisampled, like the canvas), as RGB rows
  // from the top, the stones at the best tier whatever the screen's; empty if the GL cannot make
  // such a framebuffer.
  std::vector<uint8_t> snapshot_rgb(const OrbitCamera& camera, int width_px, int height_px);
  // `piece` drawn into a new size x size texture (rows from the bottom, as GL's), which the caller
  // owns; 0 if the GL cannot. The current piece is kept.
  GLuint render_thumbnail(const PieceMeshes& piece, const OrbitCamera& camera, int size_px);
  // Gives back a texture render_thumbnail made (0: nothing).
  static void release_thumbnail(GLuint texture);

  // For bench/: mean ms a frame of the piece takes at width x height with `bounces` in the
  // stones, `frames` of them, the camera turned a degree each, each waited for (a one-pixel read)
  // as a browser waits for the GPU before the next frame. The kept picture is not touched.
  double time_frames(OrbitCamera camera, int width_px, int height_px, int bounces, int frames);
  // What init() took: compiling and linking every program, and rendering and prefiltering the
  // environment (with the split-sum table), in ms.
  double compile_ms() const { return compile_ms_; }
  double environment_ms() const { return environment_ms_; }
  // Renders and prefilters the environment again for `lighting` (as long as start-up's
  // environment took); the backdrop follows it, and the piece is drawn again. Before init, it
  // only chooses the light init then builds.
  void set_lighting(Lighting lighting);
  Lighting lighting() const { return lighting_; }

 private:
  void build_environment();
  void build_split_sum_table();
  // The moving picture at `moving.scale` of the size into small_, scaled up into screen_'s
  // resolved picture. False if no such target can be had (then drawn full size).
  bool draw_scaled(const OrbitCamera& camera, int width_px, int height_px, const GemTier& moving);
  // Into `framebuffer` (0: the canvas), the stones traced with `gem_bounces` internal bounces.
  void draw(const OrbitCamera& camera, int width_px, int height_px, GLuint framebuffer, int gem_bounces);
  struct MeshBuffers {
    GLuint vao = 0, buffers[3] = {0, 0, 0};
    GLsizei index_count = 0;
    glm::vec3 min{0.0f}, max{0.0f};  // the positions' box (the floor and the shadow's footprint)
  };
  // The backdrop, with the piece's shadow on the floor under it.
  void draw_backdrop(const glm::mat4& view_projection, const glm::vec3& eye);
  static void upload(MeshBuffers& target, const geometry::RenderMesh& mesh);
  void draw_stones(const glm::mat4& view_projection, const glm::vec3& eye, int gem_bounces);
  void use_lit_program(GLuint program, const glm::mat4& view_projection, const glm::vec3& eye);
  static void draw_elements(const MeshBuffers& mesh);
  void engraving_uniforms();

  // The engraving's distance texture and where it sits (EngravingDecal), as the shader takes them.
  struct Engraving {
    GLuint texture = 0;
    bool shown = false, inside = true, embossed = false;
    glm::vec2 centre_dir{0.0f}, right_dir{0.0f}, st_min{0.0f}, st_max{0.0f};
    float surface_radius_mm = 0, range_mm = 0, depth_mm = 0, up_z = -1;
    bool flat = false;  // on a plane: a signet's face, a pendant's back
    glm::vec3 plane_centre{0.0f}, plane_outward{0.0f}, plane_right{0.0f}, plane_up{0.0f};
  };
  Engraving engraving_;

  GLuint backdrop_program_ = 0, metal_program_ = 0, gem_program_ = 0, env_program_ = 0, prefilter_program_ = 0;
  GLuint empty_vao_ = 0;
  MeshBuffers metal_mesh_, stone_mesh_;
  MeshBuffers spare_metal_mesh_, spare_stone_mesh_;  // for thumbnails
  std::vector<StoneDraw> stones_;
  Lighting lighting_ = Lighting::kStudio;
  GLuint environment_ = 0;  // level 0 the studio, level i prefiltered for roughness i / env_max_lod_
  GLuint split_sum_ = 0;    // render::split_sum_table as RGBA8
  float env_max_lod_ = 0.0f, env_scale_ = 1.0f;
  MetalLook metal_;
  double compile_ms_ = 0, environment_ms_ = 0;

  // The canvas's kept picture and what it shows: the piece (scene_version_, bumped by every set_),
  // the camera, the size and the stones' tier.
  struct ScreenKey {
    glm::mat4 view_projection{0.0f};
    uint64_t scene_version = 0;
    int width_px = 0, height_px = 0;
    bool operator==(const ScreenKey&) const = default;
  };
  uint64_t scene_version_ = 1;
  std::unique_ptr<Offscreen> screen_;
  std::unique_ptr<Offscreen> small_;  // a lower tier's moving picture, before it is scaled up
  ScreenKey screen_key_;  // default (scene_version 0): nothing kept yet
  static constexpr int kRefineStrips = 8;
  int refined_strips_ = 0;  // of the kept picture, from the bottom, at the best tier
};

}  // namespace facet::render
