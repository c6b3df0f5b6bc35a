// What the app asks of the platform it runs on. One implementation per target, picked at build
// time (platform_web.cpp for the browser); the platform owns the loop and calls the app.
#pragma once

#include <string>
#include <string_view>

namespace facet {

class App;

namespace platform {

// Hands the user a file to save (a browser download).
void offer_download(std::string_view filename, std::string_view mime_type, std::string_view bytes);
// Tells the embedding page the first frame is on screen (resolves window.facet.ready).
void notify_first_frame();

// Creates the window and GL context, then runs `app` until the page closes. Returns the exit code.
int run(App& app);

}  // namespace platform
}  // namespace facet
