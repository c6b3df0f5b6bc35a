// The browser app: the platform owns the loop and drives the app.
#include "app/app.hpp"
#include "platform/platform.hpp"

int main() {
  static facet::App app;  // lives past main: the browser keeps calling it
  return facet::platform::run(app);
}
