// The templates that set a piece's defaults ("style" in the spec).
#pragma once

#include <string_view>

#include "core/spec/spec.hpp"

namespace facet::spec {

struct StyleDefaults {
  std::string_view style;
  std::string_view type;
  Shank shank;
};

// nullptr when the style is not built in this version.
const StyleDefaults* find_style_defaults(std::string_view style);

}  // namespace facet::spec
