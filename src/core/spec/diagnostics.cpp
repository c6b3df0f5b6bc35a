#include "core/spec/diagnostics.hpp"

namespace facet::spec {

std::string Diagnostic::to_string() const {
  std::string line = path.empty() ? std::string("(document)") : path;
  if (!value.empty()) line += " = " + value;
  line += ": " + rule;
  return line;
}

}  // namespace facet::spec
