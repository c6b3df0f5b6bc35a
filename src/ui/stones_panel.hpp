// The stone sections of the panel: the centre stone, the side stones, the halo and a row along the
// shank. Each edits the design in place and returns true when it changed it.
#pragma once

#include "core/spec/spec.hpp"

namespace facet::ui {

// The centre stone: gem, cut, size (by width, or by carat for a faceted stone), grades, and its
// prongs for a prong head. A bezel takes round, oval and cabochon stones.
bool stone_section(spec::Design& design);

// A ring's pair of side stones (three-stone), ticked on beside a centre in prongs; then gem, width
// and prongs. The style follows (solitaire, halo, three_stone).
bool side_section(spec::Design& design);

// The halo round a ring's or a pendant's centre in prongs or a bezel, ticked on with as many
// 1.2 mm diamonds as fit; then gem, stone size and count. The style follows.
bool halo_section(spec::Design& design);

// A row of stones along the shank: pavé or channel, gem, size and how far round it reaches.
bool pave_section(spec::Design& design);

}  // namespace facet::ui
