// The C functions behind the page's JavaScript API (window.facet in web/facet-api.js).
#pragma once

namespace facet {
class App;
void bind_web_api(App& app);
}  // namespace facet
