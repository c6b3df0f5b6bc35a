// One order from spec file to factory package: what `facet build` does, and what `facet batch` does
// for each file. Messages go to the stream given (one per order when orders build side by side).
#pragma once

#include <filesystem>
#include <ostream>
#include <string>

#include "cli/input.hpp"

namespace facet::cli {

struct BuildOrderOptions {
  ReportOptions report;
  bool force = false;          // build despite failing checks, marked as overridden
  std::string shrinkage_pct;   // --shrinkage as typed; empty: the spec's own production.shrinkage_pct
  bool render = false;         // --render: rendered views in the job sheet (an offscreen GL context)
};

// Loads the spec at `input`, checks it is valid and buildable and applies --shrinkage. Returns
// kExitOk with `design` set, or the exit code (after printing why).
int load_order(const std::string& input, const BuildOrderOptions& options, spec::Design& design, std::ostream& log);

struct OrderOutcome {
  int exit_code = kExitOk;  // kExitInvalid: failing checks without --force (nothing written)
  std::string design_id;
  std::string alloy;
  double weight_g = 0;
  size_t triangles = 0;
  bool checks_overridden = false;
};

// Builds `design` and writes its factory package into out_dir (created if missing). `source` names
// the spec in messages.
OrderOutcome build_order(const std::string& source, const spec::Design& design, const BuildOrderOptions& options,
                         const std::filesystem::path& out_dir, std::ostream& log);

}  // namespace facet::cli
