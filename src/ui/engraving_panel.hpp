// The engraving section of the panel: the text, where it goes, how high and deep, cut in or
// standing, and how the factory will make it (cast, or by laser after polishing).
#pragma once

#include "core/spec/spec.hpp"

namespace facet::ui {

// Edits the ring's first engraving (typing into an empty box adds one; emptying it removes it).
// True when the design changed; `look_at` is set when the customer works on the text, so the
// app can turn the ring to show it.
bool engraving_section(spec::Design& design, bool& look_at);

}  // namespace facet::ui
