// Problems found in a design spec, as values: a path such as `piece.shank.width_mm`, the offending
// value as JSON text, and the rule it breaks.
#pragma once

#include <string>
#include <vector>

namespace facet::spec {

struct Diagnostic {
  std::string path;
  std::string value;  // JSON text of the offending value, empty when the value is missing
  std::string rule;

  // One line: `piece.shank.width_mm = 0: must be between 1 and 20 mm`.
  std::string to_string() const;
};

struct Diagnostics {
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> warnings;

  void error(std::string path, std::string value, std::string rule) {
    errors.push_back({std::move(path), std::move(value), std::move(rule)});
  }
  void warning(std::string path, std::string value, std::string rule) {
    warnings.push_back({std::move(path), std::move(value), std::move(rule)});
  }
};

}  // namespace facet::spec
