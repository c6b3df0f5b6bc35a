// `facet batch SPECS_DIR -o OUT [-j N]`: a factory's day of orders. Each SPECS_DIR/*.json builds into
// OUT/<name>/ exactly as `facet build` would; failures are reported and passed over, orders whose
// folder already holds a complete build of the same spec (same design_id) are skipped, and a summary
// table ends the run (also written as OUT/batch-summary.json).
#pragma once

#include <string>
#include <vector>

namespace facet::cli {

// Exit 0 when every order built or was skipped, 1 when any failed, 2 on bad arguments or an
// unreadable SPECS_DIR.
int cmd_batch(const std::vector<std::string>& args, const char* usage);

}  // namespace facet::cli
