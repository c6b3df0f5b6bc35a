// The browser platform: a WebGL2 context through Emscripten's GLFW, Dear ImGui's GLFW and OpenGL3
// backends, and the browser's main loop. Touch reaches us as mouse events and wheel and pinch as
// notches through facet_scroll (web/facet-api.js translates them), so ImGui and the orbit camera
// share one input path.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/app.hpp"
#include "platform/platform.hpp"
#include "platform/web_api.hpp"
#include "ui/fonts.hpp"

// clang-format off
EM_JS(void, facet_js_offer_download, (const char* name, const char* mime, const char* data, int size), {
  const blob = new Blob([HEAPU8.slice(data, data + size)], {type: UTF8ToString(mime)});
  const filename = UTF8ToString(name);
  if (Module.onDownload) Module.onDownload(filename, blob);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});
EM_JS(void, facet_js_first_frame, (), { if (Module.onFirstFrame) Module.onFirstFrame(); });
EM_JS(void, facet_js_design_changed, (const char* design, const char* report), {
  if (Module.onDesignChange) Module.onDesignChange(UTF8ToString(design), UTF8ToString(report));
});
EM_JS(void, facet_js_fatal, (const char* message), { if (Module.onFatal) Module.onFatal(UTF8ToString(message)); });
// Resizes the canvas backing store through Emscripten's Browser, which tells GLFW. (GLFW's own
// glfwSetWindowSize asks for fullscreen whenever the size equals the screen's: a headless browser
// or a maximised kiosk window would get a rejected fullscreen request on every load.)
EM_JS(void, facet_js_set_canvas_size, (int width, int height), { Module.setCanvasSize(width, height); });
EM_JS(double, facet_js_device_pixel_ratio, (), { return window.devicePixelRatio || 1; });
// Strings coming back from JavaScript are malloc'd UTF-8 the caller frees; null for none.
// localStorage throws in sandboxed frames and file:// pages, and when full.
EM_JS(int, facet_js_store_text, (const char* key, const char* text), {
  try { localStorage.setItem(UTF8ToString(key), UTF8ToString(text)); return 1; } catch (e) { return 0; }
});
EM_JS(char*, facet_js_stored_text, (const char* key), {
  let text = null;
  try { text = localStorage.getItem(UTF8ToString(key)); } catch (e) {}
  if (text === null) return 0;
  const n = lengthBytesUTF8(text) + 1;
  const p = _malloc(n);
  stringToUTF8(text, p, n);
  return p;
});
EM_JS(void, facet_js_set_url_fragment, (const char* fragment), {
  try { history.replaceState(history.state, "", "#" + UTF8ToString(fragment)); } catch (e) {}
});
// The async clipboard needs a recent click, which this follows by a frame; the older copy command
// covers pages where the async one is missing or refused.
EM_JS(void, facet_js_copy_text, (const char* chars), {
  const text = UTF8ToString(chars);
  const fallback = () => {
    const area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) {}
    area.remove();
  };
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
  else fallback();
});
// A spec is at most 1 MiB: one byte more is read so the core can say the file is too large.
EM_JS(void, facet_js_choose_file, (), {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.style.display = 'none';
  input.addEventListener('change', async () => {
    const file = input.files[0];
    input.remove();
    if (!file) return;
    const text = await file.slice(0, 1048577).text();
    const name = file.name, nameBytes = lengthBytesUTF8(name) + 1, textBytes = lengthBytesUTF8(text) + 1;
    const namePtr = _malloc(nameBytes), textPtr = _malloc(textBytes);
    stringToUTF8(name, namePtr, nameBytes);
    stringToUTF8(text, textPtr, textBytes);
    _facet_open_file(namePtr, textPtr);
    _free(namePtr);
    _free(textPtr);
  });
  document.body.appendChild(input);
  input.click();
});
// clang-format on

namespace facet::platform {
namespace {

constexpr const char* kCanvas = "#canvas";
// Cap the backing store: phones report 3x, and a jewel does not need 9x the pixels.
constexpr double kMaxPixelRatio = 2.0;

GLFWwindow* g_window = nullptr;
App* g_app = nullptr;
int g_width_px = 0, g_height_px = 0;
float g_pixel_ratio = 1.0f;

// The canvas fills the page; its backing store follows the CSS size times the (capped) pixel ratio.
// Mouse positions arrive in backing-store pixels, so ImGui works in those too, scaled up.
void resize_to_page() {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
  const float ratio = float(std::clamp(facet_js_device_pixel_ratio(), 1.0, kMaxPixelRatio));
  const int w = std::max(1, int(std::lround(css_w * ratio))), h = std::max(1, int(std::lround(css_h * ratio)));
  if (w != g_width_px || h != g_height_px || ratio != g_pixel_ratio) {
    g_width_px = w;
    g_height_px = h;
    g_pixel_ratio = ratio;
    facet_js_set_canvas_size(w, h);
  }
}

// Dear ImGui 1.86 reads key state once a frame and has no event queue: a key pressed and released
// between two frames (a fast tap of Enter on a slow phone, or a test's keyboard) would never be
// seen. Such a release is held back until ImGui has seen the press.
struct KeyEvent {
  int key, scancode, action, mods;
};
std::vector<int> g_pressed_since_frame;
std::vector<KeyEvent> g_held_releases;

void on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
  if (action == GLFW_PRESS) {
    g_pressed_since_frame.push_back(key);
  } else if (action == GLFW_RELEASE &&
             std::find(g_pressed_since_frame.begin(), g_pressed_since_frame.end(), key) != g_pressed_since_frame.end()) {
    g_held_releases.push_back({key, scancode, action, mods});
    return;
  }
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

void release_held_keys() {
  g_pressed_since_frame.clear();
  for (const KeyEvent& e : std::exchange(g_held_releases, {})) {
    ImGui_ImplGlfw_KeyCallback(g_window, e.key, e.scancode, e.action, e.mods);
  }
}

void frame() {
  resize_to_page();
  glfwPollEvents();
  // Text shown last frame needed glyphs the atlas lacked (a price line, a typed engraving).
  if (ui::rebuild_fonts_if_needed()) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  release_held_keys();  // ImGui has seen this frame's presses; releases count from the next one
  FrameInput input;
  glfwGetFramebufferSize(g_window, &input.width_px, &input.height_px);
  input.pixel_ratio = g_pixel_ratio;
  g_app->frame(input);
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  g_app->frame_presented();
}

}  // namespace

void offer_download(std::string_view filename, std::string_view mime_type, std::string_view bytes) {
  const std::string name(filename), mime(mime_type);
  facet_js_offer_download(name.c_str(), mime.c_str(), bytes.data(), int(bytes.size()));
}

void notify_first_frame() { facet_js_first_frame(); }

void notify_change(std::string_view design_json, std::string_view report_json) {
  const std::string design(design_json), report(report_json);
  facet_js_design_changed(design.c_str(), report.c_str());
}

bool store_text(std::string_view key, std::string_view text) {
  const std::string k(key), t(text);
  return facet_js_store_text(k.c_str(), t.c_str()) != 0;
}

std::optional<std::string> stored_text(std::string_view key) {
  const std::string k(key);
  char* chars = facet_js_stored_text(k.c_str());
  if (chars == nullptr) return std::nullopt;
  std::string text(chars);
  std::free(chars);
  return text;
}

// Emscripten's own call returns the text in a buffer it keeps until the next such call.
std::string page_url() { return emscripten_run_script_string("location.href"); }

std::string browser_language() { return emscripten_run_script_string("navigator.language || ''"); }

void set_url_fragment(std::string_view fragment) {
  const std::string f(fragment);
  facet_js_set_url_fragment(f.c_str());
}

void copy_text(std::string_view text) {
  const std::string t(text);
  facet_js_copy_text(t.c_str());
}

void choose_file() { facet_js_choose_file(); }
bool has_text_input_bridge() { return true; }

int run(App& app) {
  g_app = &app;
  bind_web_api(app);
  if (!glfwInit()) {
    facet_js_fatal("GLFW could not start");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // A plain canvas: the piece is drawn multisampled off screen and copied on (Renderer::present),
  // which a multisampled canvas would refuse.
  glfwWindowHint(GLFW_SAMPLES, 0);
  // A small first size, never the screen's (see facet_js_set_canvas_size); resized on the first frame.
  g_window = glfwCreateWindow(300, 150, "Facet", nullptr, nullptr);
  if (g_window == nullptr) {
    facet_js_fatal("This browser cannot create a WebGL2 context");
    return 1;
  }
  glfwMakeContextCurrent(g_window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is ours, not the user's to persist
  ImGui_ImplGlfw_InitForOpenGL(g_window, true);
  glfwSetKeyCallback(g_window, on_key);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  std::string error;
  if (!app.init(error)) {
    facet_js_fatal(error.c_str());
    return 1;
  }
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}

}  // namespace facet::platform

// Wheel and pinch, in notches with native GLFW's sign (positive: away from the user / zoom in),
// normalised by web/facet-api.js. Emscripten 3.1.6's GLFW passes the browser's raw deltaY instead
// (pixels, opposite sign, deltaMode ignored), so the page keeps wheel events from reaching it.
extern "C" EMSCRIPTEN_KEEPALIVE void facet_scroll(double x_notches, double y_notches) {
  if (facet::platform::g_window != nullptr) ImGui_ImplGlfw_ScrollCallback(facet::platform::g_window, x_notches, y_notches);
}
