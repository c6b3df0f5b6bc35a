// The templates that set a piece's defaults ("style" in the spec): what a piece of that style has
// when the spec leaves it out.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/spec/spec.hpp"

namespace facet::spec {

struct StyleDefaults {
  std::string_view style;
  std::string_view type;             // the piece type the style belongs to
  std::string_view title;            // for `facet new`
  bool has_head;                     // holds a centre stone on top (placement "head")
  std::optional<Shank> shank;        // rings
  std::vector<StoneGroup> stones;    // used when the spec gives no "stones" at all
  std::optional<PendantOptions> pendant;
  std::optional<EarringOptions> earrings;
  std::optional<SignetFace> signet = std::nullopt;  // signet rings: the face
};

// nullptr for a style Facet does not know.
const StyleDefaults* find_style_defaults(std::string_view style);
std::span<const StyleDefaults> all_styles();
// The default style of a piece type ("band", "pendant_solitaire", "stud").
std::string_view default_style(std::string_view type);

}  // namespace facet::spec
