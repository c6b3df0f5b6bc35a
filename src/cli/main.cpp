// The factory CLI: everything is in cli/commands.cpp and the core.
#include "cli/commands.hpp"

int main(int argc, char** argv) { return facet::cli::run(std::vector<std::string>(argv + 1, argv + argc)); }
