// Exported to JavaScript. Strings cross as UTF-8; each result stays valid until the next call.
#include "platform/web_api.hpp"

#include <emscripten.h>

#include <string>

#include "app/app.hpp"
#include "ui/widgets.hpp"

namespace facet {
namespace {

App* g_app = nullptr;
std::string g_result;
std::string g_error;

spec::Json diagnostics_json(const std::vector<spec::Diagnostic>& list) {
  spec::Json out = spec::Json::array();
  for (const spec::Diagnostic& d : list) {
    std::string message = d.value.empty() ? d.rule : d.value + ": " + d.rule;
    out.push_back({{"path", d.path}, {"message", message}});
  }
  return out;
}

// {ok, errors, warnings} of a design change, kept in g_result for the caller.
const char* result_json(const SetDesignResult& result) {
  spec::Json out = {{"ok", result.ok},
                    {"errors", diagnostics_json(result.diagnostics.errors)},
                    {"warnings", diagnostics_json(result.diagnostics.warnings)}};
  g_result = out.dump(-1, ' ', false, spec::Json::error_handler_t::replace);
  return g_result.c_str();
}

}  // namespace

void bind_web_api(App& app) { g_app = &app; }

}  // namespace facet

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* facet_get_design() {
  facet::g_result = facet::g_app->design_json();
  return facet::g_result.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* facet_set_design(const char* json) {
  const facet::SetDesignResult result = facet::g_app->set_design_json(json ? json : "");
  return facet::result_json(result);
}

// What the page's text box over a panel field holds (web/text-input.js, the input method's
// bridge): {ok, errors, warnings} as facet_set_design; facet_typing_done when it lets go.
EMSCRIPTEN_KEEPALIVE const char* facet_type_text(const char* field, const char* text) {
  const facet::SetDesignResult result = facet::g_app->type_text(field ? field : "", text ? text : "");
  return facet::result_json(result);
}

EMSCRIPTEN_KEEPALIVE void facet_typing_done() { facet::g_app->typing_done(); }

// The text a panel field holds now: what the page's text box starts from.
EMSCRIPTEN_KEEPALIVE const char* facet_field_text(const char* field) {
  facet::g_result = facet::g_app->field_text(field ? field : "");
  return facet::g_result.c_str();
}

// For bench/: times the core inside WebAssembly, without drawing. JSON {preview_ms, production_ms}.
EMSCRIPTEN_KEEPALIVE const char* facet_benchmark(int runs) {
  facet::g_result = facet::g_app->benchmark(runs > 0 ? runs : 1).dump();
  return facet::g_result.c_str();
}

// For bench/: the renderer's frame times at the canvas's size (App::render_benchmark).
EMSCRIPTEN_KEEPALIVE const char* facet_render_benchmark(int frames) {
  facet::g_result = facet::g_app->render_benchmark(frames > 0 ? frames : 1).dump();
  return facet::g_result.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* facet_frame_stats() {
  facet::g_result = facet::g_app->frame_stats().dump();
  return facet::g_result.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* facet_ui_layout() {
  facet::g_result = facet::ui::widget_layout().dump();
  return facet::g_result.c_str();
}

// {ok, errors}: the table is checked like `facet report --prices`; a bad one changes nothing.
EMSCRIPTEN_KEEPALIVE const char* facet_set_price_table(const char* json, const char* currency) {
  const facet::spec::Diagnostics problems = facet::g_app->set_price_table(json ? json : "", currency ? currency : "");
  facet::spec::Json out = {{"ok", problems.errors.empty()}, {"errors", facet::diagnostics_json(problems.errors)}};
  facet::g_result = out.dump(-1, ' ', false, facet::spec::Json::error_handler_t::replace);
  return facet::g_result.c_str();
}

// The factory zip's bytes: a pointer into memory valid until the next call, its length from
// facet_result_size().
EMSCRIPTEN_KEEPALIVE const char* facet_export_package() {
  facet::g_result = facet::g_app->package_zip_bytes();
  return facet::g_result.data();
}
// The piece as a PNG: its bytes as facet_export_package's; 0 with facet_last_error() for a size
// out of range.
EMSCRIPTEN_KEEPALIVE const char* facet_snapshot(int width_px, int height_px) {
  std::string error;
  facet::g_result = facet::g_app->snapshot_png(width_px, height_px, error);
  facet::g_error = error;
  return error.empty() ? facet::g_result.data() : nullptr;
}
EMSCRIPTEN_KEEPALIVE const char* facet_last_error() { return facet::g_error.c_str(); }
EMSCRIPTEN_KEEPALIVE int facet_result_size() { return int(facet::g_result.size()); }
EMSCRIPTEN_KEEPALIVE const char* facet_package_name() {
  facet::g_result = facet::g_app->package_file_name();
  return facet::g_result.c_str();
}

// 1 when the UI now speaks `code` ("en", "zh-CN", "zh", ...), 0 for a language it does not speak.
EMSCRIPTEN_KEEPALIVE int facet_set_language(const char* code) { return facet::g_app->set_language(code ? code : "") ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE const char* facet_language() {
  facet::g_result = facet::g_app->language();
  return facet::g_result.c_str();
}

// 1 when the piece is now lit as `name` asks ("studio", "display_case"), 0 for another name.
EMSCRIPTEN_KEEPALIVE int facet_set_lighting(const char* name) { return facet::g_app->set_lighting(name ? name : "") ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE const char* facet_lighting() {
  facet::g_result = facet::g_app->lighting();
  return facet::g_result.c_str();
}

EMSCRIPTEN_KEEPALIVE int facet_undo() { return facet::g_app->undo() ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE int facet_redo() { return facet::g_app->redo() ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE const char* facet_share_url() {
  facet::g_result = facet::g_app->share_url();
  return facet::g_result.c_str();
}

// The file picker's result (platform_web.cpp's facet_js_choose_file), and the tests' stand-in.
EMSCRIPTEN_KEEPALIVE void facet_open_file(const char* name, const char* text) {
  facet::g_app->open_file(name ? name : "", text ? text : "");
}

EMSCRIPTEN_KEEPALIVE const char* facet_report() {
  facet::g_result = facet::g_app->report_json();
  return facet::g_result.c_str();
}

}  // extern "C"
