// The engraving section of the panel: the text, where it goes, how high and deep, cut in or
// standing, and how the factory will make it (cast, or by laser after polishing).
#pragma once

#include <string_view>

#include "core/spec/spec.hpp"

namespace facet::ui {

// Edits the ring's first engraving (typing into an empty box adds one; emptying it removes it).
// True when the design changed; `look_at` is set when the customer works on the text, so the
// app can turn the ring to show it.
bool engraving_section(spec::Design& design, bool& look_at);

// Sets the first engraving's text as typing into the box does: the first character adds an inside
// engraving (1.2 mm letters, or what the band leaves room for; on a signet, a 5 mm monogram on its
// face), an empty text removes it. For the
// page's text box too (App::type_text), which is how an input method's text arrives.
void set_engraving_text(spec::Design& design, std::string_view text);

// After the piece changed shape (another style): letters no higher than where they are leaves room
// for (a monogram from a signet's face on a plain band's 4 mm).
void fit_engraving(spec::Piece& piece);

}  // namespace facet::ui
