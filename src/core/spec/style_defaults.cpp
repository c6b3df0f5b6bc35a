#include "core/spec/style_defaults.hpp"

namespace facet::spec {
namespace {

// A classic 4 mm comfort-fit wedding band, 1.8 mm thick: above the 1.2 mm casting minimum and the
// typical 18K band thickness in jewelry-facts.md.
const StyleDefaults kStyles[] = {
    {"band", "ring", Shank{"comfort", 4.0, 1.8, 4.0, 1.8, Json::object()}},
};

}  // namespace

const StyleDefaults* find_style_defaults(std::string_view style) {
  for (const StyleDefaults& entry : kStyles) {
    if (entry.style == style) return &entry;
  }
  return nullptr;
}

}  // namespace facet::spec
