// Manufacturability checks: what a caster or a setter would refuse, measured on the piece's model
// and production mesh against the limits of its metal (catalog/casting_limits.hpp). They go into
// the report's `checks`, each with `where` (a part and a position) so the UI can point at it.
#pragma once

#include <glm/vec3.hpp>

#include <string>
#include <vector>

#include "core/geometry/piece_model.hpp"
#include "core/spec/spec.hpp"

namespace facet::checks {

enum class Status { pass, warn, fail };
std::string_view status_name(Status status);

struct Where {
  std::string part;         // "shank" | "prong" | "rail" | "seat" | "culet" | "stone" | "engraving"
  int index = -1;           // which prong (0-based, counter-clockwise seen from above) or engraving, else -1
  std::string stone;        // the stone group's id for parts of a head, else empty
  glm::dvec3 position_mm{0.0};  // ring space: axis +Z, top +Y
};

struct Check {
  std::string rule;   // stable id, e.g. "prong_diameter"
  Status status;
  double value;       // in `unit`
  double limit;       // the limit crossed, or the strictest one the value was held to
  std::string unit;   // "mm" | "fraction"
  Where where;
  std::string message;  // one English sentence with the numbers
};

// Precondition: `model` is piece_model(piece) and `metal` its production mesh.
std::vector<Check> run_checks(const spec::Piece& piece, const geometry::PieceModel& model, const geometry::Mesh& metal);

spec::Json checks_json(const std::vector<Check>& checks);

// How many checks fail and how many warn: the verdict the 3MF, the CLI and the job sheet give.
struct Tally {
  size_t failed = 0, warned = 0;
};
Tally tally(const std::vector<Check>& checks);

}  // namespace facet::checks
