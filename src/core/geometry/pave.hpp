// A row of round stones along the shank, one after another on the top of the band, each in a seat
// cut to its shape with a light hole through to the finger. Two settings:
// - Pavé: held by beads raised between neighbours (two in each gap, either side of the row, and two
//   past each end stone). The girdle's underside sits just over the band's crest: no metal stands
//   over a girdle except the beads (no thin lip for the casting to lose), and the stone goes in from
//   above, as a setter needs.
// - Channel: sunk into a channel cut along the band's top, its table just under the rails either
//   side, each girdle held in a groove in both rails (the seat) under a lip of kChannelLipMm; the
//   end stones under a lip of the channel's end walls too. Between stones a bar of metal under the
//   girdles. An eternity band is a channel row all the way round.
#pragma once

#include <optional>

#include "core/geometry/band.hpp"
#include "core/geometry/head.hpp"

namespace facet::geometry {

// Design choices (ours, from jewelry-facts.md's limits).
inline constexpr double kPaveGirdleOverCrestMm = 0.05;  // the girdle's underside over the crest:
                                                         // the seat's rim is its cone alone (its
                                                         // girdle wall, 0.02 mm out, stays in air)
inline constexpr double kPaveBeadGripMm = 0.16;          // beads reach this far over each girdle
inline constexpr double kPaveBeadDiameterMm = 1.0;       // as the halo's: notched by two seats, still
                                                         // >= 0.6 mm where a caster measures it
inline constexpr double kPaveEndGapMm = 0.2;             // end beads stand as a neighbour would
inline constexpr double kPaveClearanceMm = 0.3;          // girdles clear of the head's parts (beads may
                                                         // merge with them: metal joining metal)
inline constexpr double kPaveLightHoleFraction = 0.4;    // hole radius, of the stone's radius

inline constexpr double kChannelTableUnderCrestMm = 0.05;  // the rails stand at least this proud of
                                                           // the tables: they take the knocks
inline constexpr double kChannelLipThicknessMm = 0.2;      // and the lip is at least this thick at
                                                           // its edge, over the crown (a flat-crowned
                                                           // princess sinks deeper than a round)
inline constexpr double kChannelLipMm = 0.2;               // rail over each girdle's edge (a
                                                           // prong's grip is 0.15 mm)
inline constexpr double kChannelFloorUnderGirdleMm = 0.6; // the channel is open this far under the
                                                           // girdles: past where a light hole leaves
                                                           // the pavilion (no sliver of seat between
                                                           // floor and hole), the bars between
                                                           // stones ~1.5 mm wide on top
inline constexpr double kChannelGapMm = 0.12;              // packed: the 0.1 mm stone gap and a margin

enum class RowSetting { pave, channel };

struct PaveRow {
  std::string id;                    // the stone group's
  RowSetting setting = RowSetting::pave;
  std::vector<PlacedStone> stones;   // numbered 1..count from from_deg towards to_deg
  std::vector<Capsule> beads;        // spheres
  std::vector<ConvexSeat> seats;     // each stone grown by the clearance, its light hole, and for a
                                     // channel the channel over it
  int requested = 0;                 // the group's count; stones.size() is less only when no arc is left
  double head_clear_deg = 0;  // how far from the top a stone centre must be to clear the head (0: none)
  // Smallest girdle-to-girdle gap between neighbours (negative: they overlap), and where; the
  // largest double when the row has fewer than two stones.
  double stone_gap_mm = 0;
  glm::dvec3 stone_gap_at{0.0};
  double bead_grip_mm = 0;  // the least reach of a bead over a girdle
  glm::dvec3 bead_grip_at{0.0};
  // A channel's rails: the narrowest metal left beside a girdle's groove (the largest double for
  // pavé).
  double rail_width_mm = 0;
  glm::dvec3 rail_at{0.0};
  std::optional<BandChannel> channel;  // the slot as the preview sweeps it (channel rows)
};

// `count` stones like `stone` spread evenly over the band's top between `from_deg` and `to_deg`
// (from the top, positive towards +X), skipping the part of that arc where a stone would come
// within kPaveClearanceMm of `keep_clear` (the head's prongs, rails and halo) or of a seat in
// `keep_clear_seats` (the stones above). An arc of 360 degrees with nothing to keep clear of is a
// closed ring of stones, evenly spaced all round. Preconditions: a round cut, count >= 1, from < to.
PaveRow pave_row(const Stone& stone, int count, double from_deg, double to_deg, const BandShape& band,
                 const std::vector<Capsule>& keep_clear, const std::vector<ConvexSeat>& keep_clear_seats,
                 RowSetting setting = RowSetting::pave);

// How many stones like `stone` the arc holds, packed kPaveEndGapMm apart, on the same terms as
// pave_row: what a configurator offers as "fill the arc".
int pave_capacity(const Stone& stone, double from_deg, double to_deg, const BandShape& band, const std::vector<Capsule>& keep_clear,
                  const std::vector<ConvexSeat>& keep_clear_seats, RowSetting setting = RowSetting::pave);

}  // namespace facet::geometry
