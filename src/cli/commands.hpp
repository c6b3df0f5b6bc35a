// The factory CLI's commands. Each returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace facet::cli {

int run(const std::vector<std::string>& args);

}  // namespace facet::cli
