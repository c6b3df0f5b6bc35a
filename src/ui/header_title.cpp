#include "ui/header_title.hpp"

#include "core/spec/style_defaults.hpp"

namespace facet::ui {

std::string header_title(const spec::Design& design) {
  const spec::Piece& piece = design.piece;
  // Named by the stone only where it stands alone: with a halo or side stones the style says more.
  if (piece.stones.size() == 1 && piece.stones[0].role == "center") {
    const std::string& gem = piece.stones[0].gem;
    const char* kind = piece.type == "ring" ? " ring" : piece.type == "pendant" ? " pendant" : piece.type == "earrings" ? " studs" : nullptr;
    if (kind != nullptr && gem == "pearl") return std::string("Pearl") + kind;
    if (kind != nullptr && gem == "jadeite") return std::string("Jadeite") + kind;
  }
  const spec::StyleDefaults* style = spec::find_style_defaults(piece.style);
  return style ? std::string(style->title) : piece.style;
}

}  // namespace facet::ui
