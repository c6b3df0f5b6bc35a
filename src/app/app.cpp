#include "app/app.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <utility>

#include <imgui.h>

#include "core/export/png.hpp"
#include "core/geometry/mesh.hpp"
#include "core/spec/share_link.hpp"
#include "platform/platform.hpp"
#include "render/job_views.hpp"
#include "render/piece_meshes.hpp"
#include "ui/engraving_panel.hpp"
#include "ui/gallery.hpp"
#include "ui/dimensions_overlay.hpp"
#include "ui/panel.hpp"
#include "ui/summary.hpp"
#include "ui/toolbar.hpp"
#include "ui/translations.hpp"

namespace facet {
namespace {
constexpr std::string_view kLightingKey = "facet.lighting";  // the display case or the studio, kept between visits
}  // namespace

App::App() : design_(*spec::default_design("band")) {}

bool App::init(std::string& error) {
  // The light chosen on an earlier visit, before the renderer builds its environment: built once.
  if (const std::optional<std::string> light = platform::stored_text(kLightingKey)) set_lighting(*light);
  if (!renderer_.init(error)) return false;
  choose_language();
  ui::init_style();
  design_changed();
  restore_saved_work();
  load_templates();
  return true;
}

namespace {

// Where a report's check is on the piece (its `where.position_mm`), the piece's origin if it says
// none.
glm::vec3 check_position(const spec::Json& check) {
  const spec::Json& at = check["where"];
  if (!at.is_object() || !at.contains("position_mm") || !at["position_mm"].is_array() || at["position_mm"].size() != 3) return glm::vec3(0.0f);
  const spec::Json& p = at["position_mm"];
  return glm::vec3(p[0].get<float>(), p[1].get<float>(), p[2].get<float>());
}

double now_s() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

// A set piece's production mesh takes a good part of a second: rebuild it (for the weight and
// price) once the design has been still this long, not on every slider step.
constexpr double kSettleSeconds = 0.35;

}  // namespace

void App::design_changed() {
  ++generation_;
  design_id_ = spec::design_id(design_.piece);
  ui::show_share_link("");  // a link shown is for the design that was
  production_.reset();
  if (report_) last_report_ = std::move(report_);
  report_.reset();
  mesh_dirty_ = true;
  changed_at_s_ = now_s();
}

const spec::Json& App::live_report(bool& settling) {
  settling = false;
  if (report_) return *report_;
  const bool set_piece = !design_.piece.stones.empty();
  if (set_piece && last_report_ && now_s() - changed_at_s_ < kSettleSeconds) {
    settling = true;
    return *last_report_;
  }
  return report();
}

// The panel shows failing checks in red and still lets the customer download: whatever leaves the
// browser with failing checks says it was overridden, as `facet build --force` does.
const BuiltPiece& App::production() {
  if (!production_) {
    frame_busy_ = true;
    production_ = build_piece(design_);
    production_->checks_overridden = !failed_checks(*production_).empty();
  }
  return *production_;
}

const spec::Json& App::report() {
  if (!report_) report_ = piece_report(production(), report_options_);
  return *report_;
}

std::string App::design_json() const { return normalised_spec_text(design_); }

SetDesignResult App::replace_design(spec::ParseResult parsed, bool record, bool in_gesture) {
  SetDesignResult result;
  result.diagnostics = std::move(parsed.diagnostics);
  if (parsed.status != spec::ParseStatus::ok) return result;
  // A valid design this version cannot draw yet is refused the same way, with its paths.
  const auto unbuilt = unbuilt_features(*parsed.design);
  if (!unbuilt.empty()) {
    result.diagnostics.errors = unbuilt;
    return result;
  }
  if (record) history_.record(design_json(), in_gesture);
  design_ = std::move(*parsed.design);
  design_changed();
  result.ok = true;
  return result;
}

SetDesignResult App::set_design_json(std::string_view json) { return replace_design(spec::parse_design(json), true, false); }

SetDesignResult App::apply(const spec::Design& edited, bool in_gesture) {
  return replace_design(spec::parse_design(normalised_spec_text(edited)), true, in_gesture);
}

// What undo and redo go back to was a valid design on screen, so it loads again.
bool App::undo() {
  const std::optional<std::string> previous = history_.undo(design_json());
  return previous && replace_design(spec::parse_design(*previous), false, false).ok;
}

bool App::redo() {
  const std::optional<std::string> next = history_.redo(design_json());
  return next && replace_design(spec::parse_design(*next), false, false).ok;
}

std::string App::share_url() const {
  const std::string page = platform::page_url();
  return page.substr(0, page.find('#')) + "#" + spec::share_fragment(design_);
}

void App::open_file(std::string_view name, std::string_view text) {
  const SetDesignResult result = set_design_json(text);
  if (result.ok) ui::show_notice(ui::tr_format("Opened %s", name));
  else ui::show_problems(result.diagnostics, ui::tr_format("%s could not be opened; your design is unchanged:", name));
}

namespace {
constexpr int kThumbnailPx = 192;  // a gallery tile is about 80 CSS px: sharp on 2x screens
constexpr std::string_view kAutosaveKey = "facet.autosave.v1";
constexpr std::string_view kLanguageKey = "facet.language";

// `lang` from the address's query: a shop's page can open the configurator in its language
// (index.html?lang=zh-CN).
std::string query_language(const std::string& url) {
  const size_t query = url.find('?');
  if (query == std::string::npos) return "";
  const size_t hash = url.find('#', query);
  const std::string params = url.substr(query + 1, hash == std::string::npos ? std::string::npos : hash - query - 1);
  for (size_t start = 0; start <= params.size();) {
    const size_t end = std::min(params.find('&', start), params.size());
    const std::string param = params.substr(start, end - start);
    if (param.starts_with("lang=")) return param.substr(5);
    start = end + 1;
  }
  return "";
}

}  // namespace

bool App::set_language(std::string_view code) {
  const std::optional<ui::Language> language = ui::parse_language(code);
  if (!language) return false;
  ui::set_language(*language);
  platform::store_text(kLanguageKey, ui::language_code(*language));
  return true;
}

std::string App::language() const { return ui::language_code(ui::language()); }

bool App::set_lighting(std::string_view name) {
  if (name != "studio" && name != "display_case") return false;
  renderer_.set_lighting(name == "studio" ? render::Lighting::kStudio : render::Lighting::kDisplayCase);
  platform::store_text(kLightingKey, name);  // kept for the next visit, as the language is
  return true;
}

std::string App::lighting() const { return renderer_.lighting() == render::Lighting::kStudio ? "studio" : "display_case"; }

void App::choose_language() {
  // The address's, else the one the user chose before, else the browser's; English otherwise.
  const std::string candidates[] = {query_language(platform::page_url()), platform::stored_text(kLanguageKey).value_or(""),
                                    platform::browser_language()};
  for (const std::string& code : candidates) {
    if (const std::optional<ui::Language> language = ui::parse_language(code)) {
      ui::set_language(*language);
      return;
    }
  }
}

void App::restore_saved_work() {
  const std::string page = platform::page_url();
  const size_t hash = page.find('#');
  if (hash != std::string::npos && spec::is_share_link(page.substr(hash))) {
    const SetDesignResult result = replace_design(spec::parse_share_link(page.substr(hash)), true, false);
    if (result.ok) {
      ui::show_notice(ui::tr("Opened the design from the link"));
      persisted_generation_ = generation_;  // the address already says it
      return;
    }
    ui::show_problems(result.diagnostics, ui::tr("The link could not be opened:"));
  }
  if (const std::optional<std::string> saved = platform::stored_text(kAutosaveKey)) {
    if (set_design_json(*saved).ok) {
      ui::show_notice(ui::tr("Welcome back: your last design is restored (Undo goes to the default)"));
      persisted_generation_ = generation_;
    }
  }
}

void App::persist_work() {
  if (gesture_open_ || persisted_generation_ == generation_) return;
  persisted_generation_ = generation_;
  platform::store_text(kAutosaveKey, design_json());
  platform::set_url_fragment(spec::share_fragment(design_));
}

std::string App::report_json() { return report().dump(2, ' ', false, spec::Json::error_handler_t::replace); }

std::string App::file_stem() const { return "facet-" + design_.piece.style; }

void App::download_spec() { platform::offer_download(file_stem() + ".facet.json", "application/json", design_json()); }

void App::download_stl() { platform::offer_download(file_stem() + "-metal.stl", "model/stl", metal_stl(production())); }

void App::download_3mf() { platform::offer_download(file_stem() + ".3mf", "model/3mf", piece_3mf(production())); }

void App::download_glb() { platform::offer_download(file_stem() + ".glb", "model/gltf-binary", piece_glb(production())); }

// Named after the design's id, so two orders never unpack over each other.
std::string App::package_file_name() const { return file_stem() + "-" + design_id_.substr(7, 12) + ".zip"; }

std::string App::package_zip_bytes() {
  const std::string name = package_file_name();
  frame_busy_ = true;
  upload_piece();
  // The browser always has a renderer: the job sheet shows the piece as the customer saw it. A GL
  // that cannot draw them leaves the drawings alone, as the CLI's.
  std::string error;
  const std::vector<RenderedView> rendered = render::render_job_views(renderer_, piece_centre_mm_, piece_radius_mm_, error);
  return package_zip(factory_package(production(), report(), rendered), name.substr(0, name.size() - 4));
}

void App::download_package() { platform::offer_download(package_file_name(), "application/zip", package_zip_bytes()); }

spec::Diagnostics App::set_price_table(std::string_view json, const std::string& currency) {
  pricing::PriceTableResult parsed = pricing::parse_price_table(json);
  if (!parsed.table) return std::move(parsed.diagnostics);
  if (const std::string problem = check_currency({&*parsed.table, currency}); !problem.empty()) {
    spec::Diagnostics out;
    out.error("currency", "\"" + currency + "\"", problem);
    return out;
  }
  price_table_ = std::move(parsed.table);
  report_options_ = {&*price_table_, currency};
  if (report_) last_report_ = std::move(report_);
  report_.reset();
  notified_generation_ = 0;  // the price changed: tell the page again
  return std::move(parsed.diagnostics);
}

std::string App::snapshot_png(int width_px, int height_px, std::string& error) {
  if (width_px < kSnapshotMinPx || height_px < kSnapshotMinPx || width_px > kSnapshotMaxPx || height_px > kSnapshotMaxPx) {
    error = "width and height must be " + std::to_string(kSnapshotMinPx) + " to " + std::to_string(kSnapshotMaxPx) + " pixels";
    return "";
  }
  frame_busy_ = true;
  upload_piece();
  // The piece framed in the whole picture, from where the customer is looking.
  render::OrbitCamera camera = camera_;
  camera.lens_shift_x = camera.lens_shift_y = 0.0f;
  camera.target = piece_centre_mm_;
  camera.frame_radius(piece_radius_mm_, float(width_px) / float(height_px));
  const std::vector<uint8_t> rgb = renderer_.snapshot_rgb(camera, width_px, height_px);
  if (rgb.empty()) {
    error = "this browser cannot draw a picture that size";
    return "";
  }
  return exporting::write_png_rgb(width_px, height_px, rgb);
}

void App::download_snapshot() {
  std::string error;
  const std::string png = snapshot_png(kSnapshotDownloadWidthPx, kSnapshotDownloadHeightPx, error);
  if (png.empty()) ui::show_notice(error);
  else platform::offer_download(file_stem() + ".png", "image/png", png);
}

unsigned App::thumbnail(const std::string& key) const {
  const auto found = thumbnails_.find(key);
  return found == thumbnails_.end() ? 0 : found->second;
}

void App::make_thumbnails() {
  frame_busy_ = true;
  thumbnails_made_ = true;
  for (const char* style : ui::gallery_styles()) thumbnails_[style] = draw_thumbnail(*spec::default_design(style));
  for (const spec::SavedTemplate& saved : templates_.templates) make_saved_thumbnail(saved);
}

unsigned App::draw_thumbnail(const spec::Design& design) {
  const render::DrawablePiece piece = render::drawable_piece(design);
  // Framed whole, seen as the customer first sees a piece.
  render::OrbitCamera camera;
  camera.target = piece.centre_mm;
  camera.frame_radius(piece.radius_mm, 1.0f);
  return renderer_.render_thumbnail(piece.meshes, camera, kThumbnailPx);
}

// Turns the piece so its first engraving faces the customer: from the face (+Z) and above for the
// inside (seen through the ring) and the top of a plain band, from below for the outside of a set
// ring; the reading direction of geometry::engraving_frame.
void App::look_at_engraving() {
  const spec::Piece& piece = design_.piece;
  if (piece.engraving.empty()) return;
  const std::string& location = piece.engraving[0].location;
  if (location == "back") {  // a pendant's: from straight behind, upright
    camera_.yaw_deg = 180.0f;
    camera_.pitch_deg = 0.0f;
    return;
  }
  const bool inside = location != "outside";
  const bool set_ring = std::any_of(piece.stones.begin(), piece.stones.end(),
                                    [](const spec::StoneGroup& g) { return g.placement.kind == spec::Placement::Kind::head; });
  camera_.yaw_deg = 0.0f;
  camera_.pitch_deg = inside ? 50.0f : set_ring ? -55.0f : 65.0f;
}

void App::upload_piece() {
  if (!mesh_dirty_) return;
  frame_busy_ = true;
  render::DrawablePiece piece = render::drawable_piece(design_);
  render::show_piece(renderer_, piece);
  dimensions_ = std::move(piece.dimensions);
  piece_centre_mm_ = piece.centre_mm;
  piece_radius_mm_ = piece.radius_mm;
  mesh_dirty_ = false;
}

void App::frame(const FrameInput& input) {
  // The time since the last frame began: its drawing, and whatever the page asked in between.
  const double now = now_s();
  const bool busy = std::exchange(frame_busy_, false);
  // A redrawn frame's GPU work is often paid in the frame after it (WebGL runs it in another
  // process, and the wait comes at that frame's first call), so both intervals count.
  if (last_frame_s_ >= 0 && frames_since_redraw_ <= 1 && !busy) gem_quality_.add_frame((now - last_frame_s_) * 1000.0, now);
  last_frame_s_ = now;
  // The gallery's pictures wait until the piece is on screen: start-up is not delayed by them.
  if (first_frame_drawn_ && !thumbnails_made_) make_thumbnails();
  upload_piece();
  // Centre the piece in the part of the canvas the panel leaves free.
  const ui::PanelLayout panel = ui::panel_layout(input);
  if (input.width_px > 0 && input.height_px > 0) {
    const float w = float(input.width_px), h = float(input.height_px);
    const float free_width = panel.narrow ? 1.0f : 1.0f - (panel.x + panel.width) / w;
    const float free_height = panel.narrow ? panel.y / h : 1.0f;
    camera_.lens_shift_x = (1.0f - free_width) / 2.0f;
    camera_.lens_shift_y = (1.0f - free_height) / 2.0f;
    // Frame the piece for the first screen, and again when it changes shape a lot (a head added or
    // taken away); otherwise the zoom is the user's.
    const bool reshaped = std::fabs(piece_radius_mm_ - framed_radius_mm_) > 0.05f * framed_radius_mm_ ||
                          glm::length(piece_centre_mm_ - camera_.target) > 0.1f * piece_radius_mm_;
    if (!framed_ || reshaped) {
      camera_.target = piece_centre_mm_;
      camera_.frame_radius(piece_radius_mm_, w / h, free_width, free_height);
      framed_radius_mm_ = piece_radius_mm_;
      framed_ = true;
    }
  }
  // Drags and the wheel turn and zoom the piece unless they belong to the panel. Touch arrives
  // as mouse events, wheel and pinch as notches through facet_scroll (web/facet-api.js).
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.WantCaptureMouse) {
    if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f)) camera_.orbit(io.MouseDelta.x, io.MouseDelta.y);
    if (io.MouseWheel != 0.0f) camera_.zoom(io.MouseWheel);
  }
  last_width_px_ = input.width_px, last_height_px_ = input.height_px;
  const render::Presented presented = renderer_.present(camera_, input.width_px, input.height_px,
                                                        gem_quality_.current(), now - moved_at_s_ >= kRefineAfterS);
  ++frames_presented_[int(presented)];
  frames_since_redraw_ = presented == render::Presented::kRedrawn ? 0 : frames_since_redraw_ + 1;
  if (presented == render::Presented::kRedrawn) moved_at_s_ = now;
  if (presented == render::Presented::kRefined) frame_busy_ = true;  // the best tier's time is not the moving tier's

  ui::PanelResult edits = ui::draw_panel(*this, input);
  if (ui::dimensions_shown() && input.width_px > 0 && input.height_px > 0) {
    const float aspect = float(input.width_px) / float(input.height_px);
    ui::draw_dimensions(dimensions_, camera_.projection(aspect) * camera_.view(), float(input.width_px), float(input.height_px), input.pixel_ratio);
  }
  // A check clicked in the table: the piece turns to show where it is, and a marker stays on it.
  bool settling = false;
  const spec::Json* pointed = ui::pointed_check().empty() ? nullptr : ui::find_check(live_report(settling), ui::pointed_check());
  if (ui::pointed_check() != pointed_check_) {
    pointed_check_ = ui::pointed_check();
    if (pointed) camera_.face(check_position(*pointed));
  }
  if (pointed && input.width_px > 0 && input.height_px > 0) {
    const float aspect = float(input.width_px) / float(input.height_px);
    ui::draw_marker(check_position(*pointed), ui::check_marker_text(*pointed), ui::check_color(*pointed),
                    camera_.projection(aspect) * camera_.view(), float(input.width_px), float(input.height_px), input.pixel_ratio);
  }
  if (edits.edited) {
    SetDesignResult applied = apply(*edits.edited, edits.in_gesture);
    if (!applied.ok) ui::show_problems(applied.diagnostics);
  }
  if (edits.look_at_engraving) look_at_engraving();
  if (edits.choose_template) choose_template(*edits.choose_template);
  if (edits.save_template) save_template(*edits.save_template);
  if (edits.remove_template) remove_template(*edits.remove_template);
  gesture_open_ = edits.in_gesture || typing_;
  if (!gesture_open_) history_.end_gesture();
  if (edits.undo) undo();
  if (edits.redo) redo();
  if (edits.open_file) platform::choose_file();
  if (edits.language) set_language(ui::language_code(*edits.language));
  if (edits.display_case) set_lighting(*edits.display_case ? "display_case" : "studio");
  if (edits.share) {
    const std::string url = share_url();
    platform::copy_text(url);
    ui::show_share_link(url);
  }
  if (edits.download_spec) download_spec();
  if (edits.download_stl) download_stl();
  if (edits.download_3mf) download_3mf();
  if (edits.download_glb) download_glb();
  if (edits.download_package) download_package();
  if (edits.download_snapshot) download_snapshot();
  persist_work();
  notify_page();
}

SetDesignResult App::type_text(std::string_view field, std::string_view text) {
  if (field == "template.name") {
    // Not the design: a name to save it under (ui/gallery).
    SetDesignResult typed;
    typed.diagnostics = ui::set_template_name_text(text);
    typed.ok = typed.diagnostics.errors.empty();
    return typed;
  }
  if (field != "engraving.text") {
    SetDesignResult refused;
    refused.diagnostics.errors.push_back({std::string(field), "", "is not a text field of the panel"});
    return refused;
  }
  spec::Design edited = design_;
  ui::set_engraving_text(edited, text);
  typing_ = true;
  const SetDesignResult applied = apply(edited, /*in_gesture=*/true);
  if (applied.ok) {
    ui::clear_messages();
    look_at_engraving();
  } else {
    ui::show_problems(applied.diagnostics);
  }
  return applied;
}

void App::typing_done() { typing_ = false; }

std::string App::field_text(std::string_view field) const {
  if (field == "template.name") return ui::template_name_text();
  if (field == "engraving.text" && !design_.piece.engraving.empty()) return design_.piece.engraving.front().text;
  return "";
}

// The report is built when the panel asks for it (once a set piece has been still a moment), so
// the page hears of each settled design once, with its price, and never waits on a drag.
void App::notify_page() {
  if (gesture_open_ || !report_ || notified_generation_ == generation_) return;
  notified_generation_ = generation_;
  platform::notify_change(design_json(), report_json());
}

spec::Json App::benchmark(int runs) const {
  frame_busy_ = true;
  using Clock = std::chrono::steady_clock;
  // The current design's shank width dragged: a ring's; on a pendant (no shank), the band template's.
  spec::Design design = design_.piece.shank ? design_ : *spec::default_design("band");
  const double base_width_mm = design.piece.shank->width_mm;
  double preview_ms = 0, production_ms = 0;
  for (int i = 0; i < runs; ++i) {
    design.piece.shank->width_mm = base_width_mm + (i % 2) * 0.1;  // a slider step
    auto start = Clock::now();
    const geometry::RenderMesh render = geometry::make_render_mesh(build_preview_metal(design));
    preview_ms += std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    start = Clock::now();
    const spec::Json report = piece_report(build_piece(design));
    production_ms += std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    (void)render;
    (void)report;
  }
  const std::string halo = normalised_spec_text(*spec::default_design("halo"));
  auto start = Clock::now();
  for (int i = 0; i < runs; ++i) (void)normalised_spec_text(*spec::parse_design(halo).design);
  const double validate_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  // A template's preview (metal with render normals, and stones) as a slider drags `drag`
  // between two values: mean milliseconds.
  auto mean_preview_ms = [runs](spec::Design design, auto drag) {
    double total_ms = 0;
    for (int i = 0; i < runs; ++i) {
      drag(design, i % 2);
      const auto t0 = Clock::now();
      const PreviewPiece piece = build_preview(design);
      const geometry::RenderMesh render = geometry::make_render_mesh(piece.metal);
      total_ms += std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      (void)render;
    }
    return total_ms / runs;
  };
  // The 6-prong solitaire template, its prong size dragged; fewer times, its production mesh
  // with the report.
  spec::Design solitaire = *spec::default_design("solitaire");
  auto prong_drag = [](spec::Design& d, int step) { d.piece.stones[0].setting.prong_diameter_mm = 0.9 + step * 0.05; };
  const double solitaire_preview_ms = mean_preview_ms(solitaire, prong_drag);
  double solitaire_production_ms = 0;
  const int production_runs = std::max(1, runs / 10);
  for (int i = 0; i < production_runs; ++i) {
    prong_drag(solitaire, i % 2);
    const auto t0 = Clock::now();
    const spec::Json report = piece_report(build_piece(solitaire));
    solitaire_production_ms += std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    (void)report;
  }
  // The three-stone template, its side stones' size dragged: the side heads are laid out again.
  const double three_preview_ms = mean_preview_ms(*spec::default_design("three_stone"), [](spec::Design& d, int step) {
    d.piece.stones[1].size.diameter_mm = 4.0 + step * 0.1;
  });
  // The pendant template, its stone's width dragged: the cup and bail meshes built again.
  const double pendant_preview_ms = mean_preview_ms(*spec::default_design("pendant_solitaire"), [](spec::Design& d, int step) {
    d.piece.stones[0].size.diameter_mm = 6.5 + step * 0.1;
  });
  return {{"preview_ms", preview_ms / runs}, {"production_ms", production_ms / runs}, {"three_stone_preview_ms", three_preview_ms},
          {"pendant_preview_ms", pendant_preview_ms},
          {"validate_halo_ms", validate_ms / runs}, {"runs", runs},
          {"solitaire_preview_ms", solitaire_preview_ms},
          {"solitaire_production_ms", solitaire_production_ms / production_runs}, {"solitaire_production_runs", production_runs}};
}

spec::Json App::render_benchmark(int frames) {
  const int width_px = std::max(1, last_width_px_), height_px = std::max(1, last_height_px_);
  const render::GemTier& best = render::kGemTiers[0];
  const render::GemTier& lowest = render::kGemTiers[render::kGemTierCount - 1];
  const double best_ms = renderer_.time_frames(camera_, width_px, height_px, best.bounces, frames);
  const double lowest_ms = renderer_.time_frames(camera_, lowest.scaled_px(width_px), lowest.scaled_px(height_px), lowest.bounces, frames);
  frame_busy_ = true;
  return {{"width_px", width_px}, {"height_px", height_px}, {"frames", frames},
          {"best_tier_ms", best_ms}, {"lowest_tier_ms", lowest_ms},
          {"compile_ms", renderer_.compile_ms()}, {"environment_ms", renderer_.environment_ms()}};
}

spec::Json App::frame_stats() const {
  return {{"copied", frames_presented_[int(render::Presented::kCopied)]},
          {"drawn", frames_presented_[int(render::Presented::kRedrawn)]},
          {"refined", frames_presented_[int(render::Presented::kRefined)]},
          {"gem_bounces", gem_quality_.current().bounces},
          {"scale", gem_quality_.current().scale}};
}

void App::frame_presented() {
  if (first_frame_drawn_) return;
  first_frame_drawn_ = true;
  platform::notify_first_frame();
}

}  // namespace facet
