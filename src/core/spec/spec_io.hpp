// Reading and writing design specs. Errors are values: nothing here throws.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/spec/diagnostics.hpp"
#include "core/spec/spec.hpp"

namespace facet::spec {

enum class ParseStatus {
  ok,          // a valid design (warnings may be present)
  invalid,     // a facet.design v1 document with errors: each names its path
  unreadable,  // not JSON, not facet.design, unsupported version, empty, binary, absurdly nested
};

struct ParseResult {
  ParseStatus status = ParseStatus::unreadable;
  std::optional<Design> design;  // set when status == ok
  Diagnostics diagnostics;
};

// Limits on what we try to read at all.
inline constexpr size_t kMaxSpecBytes = 1 << 20;
inline constexpr int kMaxNestingDepth = 32;

ParseResult parse_design(std::string_view text);

// The normalised spec (defaults filled, keys sorted) including its design_id.
Json design_to_json(const Design& design);
// Canonical JSON of `piece`: the bytes design_id hashes.
std::string canonical_piece(const Piece& piece);
// "sha256:<hex>" of canonical_piece.
std::string design_id(const Piece& piece);

// Numbers as JSON the way ECMAScript writes them: integral values without ".0", so that a shop's
// JavaScript gets the same canonical bytes.
Json number_json(double value);

// A complete default design for a style (see style_defaults.hpp); nullopt for an unknown style.
std::optional<Design> default_design(std::string_view style);

}  // namespace facet::spec
