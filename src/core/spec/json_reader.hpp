// Reads one JSON object field by field, recording every problem with its path instead of stopping
// at the first, and reporting keys nobody asked for as unknown (x_* vendor keys excepted).
#pragma once

#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/spec/diagnostics.hpp"
#include "core/spec/spec.hpp"

namespace facet::spec {

// JSON text of a value for messages, shortened to stay readable.
std::string short_json(const Json& value);

struct NumberRule {
  double min;
  double max;
  std::string_view unit;  // "mm", "%", "" ...
};

class ObjectReader {
 public:
  // `object` must be a JSON object; use ObjectReader::open to check that first.
  ObjectReader(const Json& object, std::string path, Diagnostics& diagnostics);

  // Reads `key` of `parent` as an object; records an error (when required or of the wrong type).
  static std::optional<ObjectReader> open(ObjectReader& parent, std::string_view key, bool required);

  const std::string& path() const { return path_; }
  std::string child_path(std::string_view key) const;
  bool has(std::string_view key) const;

  // The raw field, marked as known; nullptr when absent.
  const Json* field(std::string_view key);

  std::optional<double> number(std::string_view key, NumberRule rule, bool required);
  std::optional<std::string> text(std::string_view key, size_t max_bytes, bool required);
  std::optional<std::string> one_of(std::string_view key, std::initializer_list<std::string_view> allowed,
                                    bool required);
  // x_* keys of this object, as given.
  Json extensions() const;

  // Records every key that was never read (other than x_*) as unknown. Call once at the end.
  // `format` names the document's format in the message (a price table is not a design).
  void reject_unknown_keys(std::string_view format = "facet.design v1 spec");

  Diagnostics& diagnostics() { return diagnostics_; }

 private:
  const Json& object_;
  std::string path_;
  Diagnostics& diagnostics_;
  std::set<std::string, std::less<>> known_;
};

}  // namespace facet::spec
