// Internal to the spec parser: the readers for a piece's stones, engraving and type-specific
// blocks, and the rules that span fields. Each records problems with their paths and never stops.
#pragma once

#include "core/spec/json_reader.hpp"
#include "core/spec/spec.hpp"
#include "core/spec/style_defaults.hpp"

namespace facet::spec::detail {

void read_stones(ObjectReader& piece_reader, Piece& piece, const StyleDefaults& style);
void read_engraving(ObjectReader& piece_reader, Piece& piece);
void read_pendant(ObjectReader& piece_reader, Piece& piece, const StyleDefaults& style);
void read_earrings(ObjectReader& piece_reader, Piece& piece, const StyleDefaults& style);
void read_signet(ObjectReader& piece_reader, Piece& piece, const StyleDefaults& style);

// Rules across fields: unique ids, references, rows that fit their arc, a halo that fits around its
// stone, a centre stone that fits, engraving that fits the band. Run after the whole piece is read.
void check_piece_rules(const Piece& piece, const StyleDefaults& style, Diagnostics& diagnostics);

// "12.5 mm": a length for a message.
std::string mm(double value);

// Width (mm, across the girdle) and length of a stone group as specified or derived from carat.
struct StoneOutline {
  double length_mm = 0, width_mm = 0;
};
std::optional<StoneOutline> stone_outline(const StoneGroup& group);

}  // namespace facet::spec::detail
