// The panel's sections for how a pendant hangs and a stud is worn: a pendant's setting (bezel or
// prongs) and bail, a stud's post and back; and the centre stone's setting, a ring's too.
#pragma once

#include "core/spec/spec.hpp"

namespace facet::ui {

// The centre stone's setting, prongs or a bezel, where the piece lets it change (no halo or side
// stones round it; those need prongs; not a pearl, whose peg follows its gem): switching takes a
// cut the new setting holds. `name` is the
// widget's remembered name. True when the design changed.
bool centre_setting_combo(spec::Design& design, const char* name);

// A pendant: the centre stone in a bezel or prongs (a halo needs prongs), the bail fixed above it,
// hidden behind it, or hinged (bought in, on a cast lug). True when the design changed.
bool pendant_section(spec::Design& design);

// A stud's post and the back it takes (bought in, so only named).
bool earrings_section(spec::Design& design);

}  // namespace facet::ui
