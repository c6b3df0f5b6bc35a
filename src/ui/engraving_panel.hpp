// The engraving section of the panel: the text, where it goes, how high and deep, cut in or
// standing, and how the factory will make it (cast, or by laser after polishing).
#pragma once

#include <string_view>

#include "core/spec/spec.hpp"

namespace facet::ui {

// Edits the piece's first engraving (typing into an empty box adds one; emptying it removes it).
// True when the design changed; `look_at` is set when the customer works on the text, so the
// app can turn the piece to show it. A pendant not in a bezel (or on a hidden bail) gets the
// reason it takes no text instead.
bool engraving_section(spec::Design& design, bool& look_at);

// Whether the piece takes text: any ring; a pendant whose centre is in a bezel (its back closes)
// hanging from a fixed or hinged bail.
bool engraving_offered(const spec::Piece& piece);

// Sets the first engraving's text as typing into the box does: the first character adds an inside
// engraving (1.2 mm letters, or what the band leaves room for; on a signet, a 5 mm monogram on its
// face; on a pendant, 3 mm letters on its back), an empty text removes it. For the
// page's text box too (App::type_text), which is how an input method's text arrives.
void set_engraving_text(spec::Design& design, std::string_view text);

// After the piece changed shape (another style): letters no higher than where they are leaves room
// for (a monogram from a signet's face on a plain band's 4 mm; on a pendant's back, a line no
// longer than the back is wide).
void fit_engraving(spec::Piece& piece);

}  // namespace facet::ui
