// The UI's fonts in Dear ImGui's atlas: Noto Sans for Latin text, and the Chinese glyphs from the
// core's engraving font (the same outlines the piece is cut with), merged in. Only the hanzi the
// UI needs are rasterised: those of its translations and catalog names at start-up, and any that
// text shown later brings (a price line, a typed engraving); the atlas is rebuilt between frames.
#pragma once

#include <string_view>

namespace facet::ui {

// Loads the fonts (before the first frame).
void init_fonts();
// Marks the characters of `utf8` for the atlas; those not yet in it are added before the next
// frame. Cheap when nothing is new.
void need_glyphs(std::string_view utf8);
// Rebuilds the atlas if text needs glyphs it lacks; true when it did (the platform then uploads
// the texture again). Call between frames.
bool rebuild_fonts_if_needed();

// The size fonts are rasterised at, over the size they are shown at: 2, crisp on 2x screens.
inline constexpr float kFontRasterScale = 2.0f;

}  // namespace facet::ui
