// The configurator: holds the current design and its undo history, rebuilds geometry when it
// changes, draws the piece and the panel, and keeps the work safe (autosave, the share link in the
// page's address). The platform calls init() once and frame() every frame; the page's JavaScript
// API calls design_json / set_design_json / report_json / undo / redo / share_url.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "app/history.hpp"
#include "core/facet_core.hpp"
#include "core/pricing/price_table.hpp"
#include "core/spec/template_shelf.hpp"
#include "render/orbit_camera.hpp"
#include "render/renderer.hpp"

namespace facet {

struct FrameInput {
  int width_px = 0, height_px = 0;  // framebuffer
  float pixel_ratio = 1.0f;         // framebuffer pixels per CSS pixel
};

struct SetDesignResult {
  bool ok = false;
  spec::Diagnostics diagnostics;
};

class App {
 public:
  App();

  // Needs the GL context. False with `error` when the renderer cannot start.
  bool init(std::string& error);
  // Draws the piece and builds the panel (inside an ImGui frame the platform opened).
  void frame(const FrameInput& input);
  // The frame is on screen, panel included.
  void frame_presented();

  std::string design_json() const;                  // normalised spec with design_id
  // facet.setDesign, an opened file, a link: one step the user can undo. An invalid design changes
  // nothing.
  SetDesignResult set_design_json(std::string_view json);
  std::string report_json();                        // same as the CLI's report.json

  // A shop's own price table (facet.prices v1) and currency ("" = the table's); an invalid table
  // or a currency it cannot price in changes nothing.
  spec::Diagnostics set_price_table(std::string_view json, const std::string& currency);
  // The factory package as one zip (what "Export for factory" downloads), and its file name.
  std::string package_zip_bytes();
  std::string package_file_name() const;

  // Undo and redo: false when there is nothing to go back (forward) to.
  bool undo();
  bool redo();
  bool can_undo() const { return history_.can_undo(); }
  bool can_redo() const { return history_.can_redo(); }
  // The page's address with the whole design in its fragment (spec/share_link.hpp).
  std::string share_url() const;
  // A file the user picked: loaded like setDesign; its problems, named after the file, go to the
  // panel and the design on screen stays.
  void open_file(std::string_view name, std::string_view text);
  // The UI's language: "en" or "zh-CN" (also "zh", "zh-Hans", "en-GB", ...); remembered in the
  // browser for the next visit. False for a language the UI does not speak.
  bool set_language(std::string_view code);
  std::string language() const;
  // The light the piece is seen in: "studio" (the light tent, the default) or "display_case" (a
  // shop counter's dark case and pinpoint spots). A view, not part of the design. False for
  // another name.
  bool set_lighting(std::string_view name);
  std::string lighting() const;
  // Mean milliseconds to rebuild the preview (with render normals) and the production mesh with
  // its report, for bench/. Leaves the design as it was.
  spec::Json benchmark(int runs) const;
  // How the canvas's frames went since start-up: {drawn, copied, refined} (render::Presented) and
  // the stones' moving tier (gem_bounces): a still page should only copy.
  spec::Json frame_stats() const;
  // For bench/: ms a frame of the piece on screen takes at the canvas's size, at the best tier
  // and at the lowest (render::Renderer::time_frames), and what start-up's shader compile and
  // environment took. The canvas's kept picture stays as it is.
  spec::Json render_benchmark(int frames);

  // Text typed into the page's text box over a panel field (the input method's bridge,
  // web/text-input.js): applied as typing into the panel is, and one undo step until
  // `typing_done`. "engraving.text" edits the design (an invalid text changes nothing and the
  // panel says why); "template.name" is the name "Save as template" will use. `field_text` is
  // what the field holds now.
  SetDesignResult type_text(std::string_view field, std::string_view text);
  void typing_done();
  std::string field_text(std::string_view field) const;

  // Replaces the design with one the UI edited; validated like any other input. `in_gesture`: a
  // slider is still held or a field still being typed in (one undo step for all of it).
  SetDesignResult apply(const spec::Design& edited, bool in_gesture = false);

  const spec::Design& design() const { return design_; }
  // "sha256:<hex>" of the design on screen, kept from its last change (the panel shows it every
  // frame; hashing the canonical spec each frame was wasted work).
  const std::string& design_id() const { return design_id_; }
  const spec::Json& report();
  // What the panel shows while the customer drags: the report of the design on screen, or, while
  // a set piece (whose production mesh takes a while) is still being changed, the previous one;
  // `settling` says so.
  const spec::Json& live_report(bool& settling);
  void download_spec();
  void download_stl();
  void download_3mf();
  void download_glb();
  void download_package();  // the factory package as one zip
  void download_snapshot(); // a picture of the piece (PNG, 1600 x 1200)
  // The piece as a PNG of width x height pixels (16 to 4096 each), framed whole, seen from where
  // the customer is looking; empty with `error` for a size out of range.
  std::string snapshot_png(int width_px, int height_px, std::string& error);
  static constexpr int kSnapshotMinPx = 16, kSnapshotMaxPx = 4096;
  static constexpr int kSnapshotDownloadWidthPx = 1600, kSnapshotDownloadHeightPx = 1200;
  std::string file_stem() const;  // "facet-<style>": download names
  // The gallery's picture of a style's template or of a saved one (ui::saved_thumbnail_key): a
  // GL texture, rows from the bottom; 0 if none.
  unsigned thumbnail(const std::string& key) const;

  // The designer's own templates, kept in the browser (spec/template_shelf.hpp). Saving puts the
  // design on screen on the shelf under `name` (the same name replaces it) and draws its picture;
  // choosing one replaces the design (one undo step) but keeps a ring's size. Each says what it
  // did, or why not, in the panel; false when nothing changed.
  const spec::TemplateShelf& templates() const { return templates_; }
  bool save_template(std::string_view name);
  bool remove_template(std::string_view name);
  bool choose_template(std::string_view name);

 private:
  void design_changed();
  // Sends the preview meshes to the renderer if the design changed since.
  void upload_piece();
  void look_at_engraving();
  // Draws each gallery style's template once, at the first frame, and each saved template.
  void make_thumbnails();
  void make_saved_thumbnail(const spec::SavedTemplate& saved);
  // `design` framed whole in a new gallery texture (Renderer::render_thumbnail).
  unsigned draw_thumbnail(const spec::Design& design);
  // At start-up: the shelf the browser kept; entries no longer valid are left out, and said so.
  void load_templates();
  const BuiltPiece& production();
  // Replaces the design if `parsed` is valid and buildable; records the old one for undo if asked.
  SetDesignResult replace_design(spec::ParseResult parsed, bool record, bool in_gesture);
  // At start-up: the language from the address (?lang=), the last choice or the browser's.
  void choose_language();
  // At start-up: the design a share link in the address carries, else the one autosaved.
  void restore_saved_work();
  // Autosave and the address's fragment follow the design once a gesture is over.
  void persist_work();
  // Tells the page (facet.onChange) once a change's report is ready.
  void notify_page();

  spec::Design design_;
  std::string design_id_;
  History history_;
  bool gesture_open_ = false;
  bool typing_ = false;  // the page's text box has the keyboard (type_text)
  uint64_t generation_ = 0, persisted_generation_ = 0;  // design changes made / saved
  uint64_t notified_generation_ = 0;                    // ... told to the page
  std::optional<pricing::PriceTable> price_table_;
  ReportOptions report_options_;
  std::optional<BuiltPiece> production_;  // built on demand: report, weight, STL
  std::optional<spec::Json> report_;
  std::optional<spec::Json> last_report_;  // the previous design's, shown while settling
  double changed_at_s_ = 0;
  bool mesh_dirty_ = true;
  render::Renderer renderer_;
  render::OrbitCamera camera_;
  bool first_frame_drawn_ = false;
  bool framed_ = false;
  float piece_radius_mm_ = 12.0f, framed_radius_mm_ = 12.0f;
  glm::vec3 piece_centre_mm_{0.0f};
  std::string pointed_check_;  // the check shown on the piece (ui::pointed_check), "" for none
  std::vector<geometry::DimensionLine> dimensions_;  // the piece on screen's, for the panel's "Dimensions"
  std::map<std::string, unsigned> thumbnails_;
  bool thumbnails_made_ = false;
  spec::TemplateShelf templates_;
  // The gem shader's tier follows the time between frames, counting only those that drew the
  // piece at that tier (and the next, which may pay for it) and did no other work (a rebuild, a report, a snapshot): the others say
  // nothing of the shader's cost.
  render::GemQuality gem_quality_;
  double last_frame_s_ = -1;
  int frames_since_redraw_ = 2;  // 0: the last frame drew the piece at the moving tier
  // When the picture last changed; still this long, it is drawn again at the best tier, a strip a
  // frame (Renderer::present).
  double moved_at_s_ = 0;
  static constexpr double kRefineAfterS = 0.3;
  uint64_t frames_presented_[3] = {0, 0, 0};  // by render::Presented
  int last_width_px_ = 0, last_height_px_ = 0;  // the canvas's, at the last frame
  mutable bool frame_busy_ = true;  // since the last frame began (benchmark() too, const as it is)
};

}  // namespace facet
