// The specs in tests/data, read by the unit tests.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/spec/spec_io.hpp"

namespace facet::test {

inline std::string read_test_file(const std::string& name) {
  std::ifstream in(std::string(FACET_TEST_DATA) + "/" + name);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A spec that must parse: the test stops here if it does not.
inline spec::Design read_test_spec(const std::string& name) {
  spec::ParseResult parsed = spec::parse_design(read_test_file(name));
  REQUIRE(parsed.design.has_value());
  return *parsed.design;
}

}  // namespace facet::test
