// What the app asks of the platform it runs on. One implementation per target, picked at build
// time (platform_web.cpp for the browser); the platform owns the loop and calls the app.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace facet {

class App;

namespace platform {

// Hands the user a file to save (a browser download).
void offer_download(std::string_view filename, std::string_view mime_type, std::string_view bytes);
// A few kilobytes kept across reloads and crashes (the browser's localStorage). Storage can be
// refused (private windows, sandboxed frames, a full quota): then store_text is false and
// stored_text nullopt, and the app works on without.
bool store_text(std::string_view key, std::string_view text);
std::optional<std::string> stored_text(std::string_view key);
// The page's address, and its fragment replaced in place (no new entry in the browser's history).
std::string page_url();
void set_url_fragment(std::string_view fragment);
// The browser's preferred language ("zh-CN", "en-US"; navigator.language).
std::string browser_language();
// Puts text on the clipboard, best effort (the browser may refuse; the panel shows the text too).
void copy_text(std::string_view text);
// Lets the user pick a design file; its text arrives later through App::open_file.
void choose_file();
// Tells the embedding page the design changed (facet.onChange), with its report.
void notify_change(std::string_view design_json, std::string_view report_json);
// Tells the embedding page the first frame is on screen (resolves window.facet.ready).
void notify_first_frame();

// True where the page lays a real text box over a text field the user clicks (web/text-input.js)
// and sends what is typed to App::type_text: a canvas gets no input-method composition, so this is
// how pinyin reaches an engraving. The panel's own box then lets go of the keyboard.
bool has_text_input_bridge();

// Creates the window and GL context, then runs `app` until the page closes. Returns the exit code.
int run(App& app);

}  // namespace platform
}  // namespace facet
