#include "core/spec/json_reader.hpp"

#include <cmath>
#include <sstream>

namespace facet::spec {
namespace {

constexpr size_t kMaxValueChars = 60;

std::string type_name(const Json& value) {
  if (value.is_string()) return "a string";
  if (value.is_boolean()) return "a boolean";
  if (value.is_null()) return "null";
  if (value.is_array()) return "an array";
  if (value.is_object()) return "an object";
  return "a number";
}

std::string format_number(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

bool is_extension_key(std::string_view key) { return key.size() > 2 && key.substr(0, 2) == "x_"; }

}  // namespace

std::string short_json(const Json& value) {
  std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
  if (text.size() > kMaxValueChars) text = text.substr(0, kMaxValueChars - 3) + "...";
  return text;
}

ObjectReader::ObjectReader(const Json& object, std::string path, Diagnostics& diagnostics)
    : object_(object), path_(std::move(path)), diagnostics_(diagnostics) {}

std::optional<ObjectReader> ObjectReader::open(ObjectReader& parent, std::string_view key, bool required) {
  const Json* value = parent.field(key);
  if (value == nullptr) {
    if (required) parent.diagnostics_.error(parent.child_path(key), "", "is required");
    return std::nullopt;
  }
  if (!value->is_object()) {
    parent.diagnostics_.error(parent.child_path(key), short_json(*value),
                              "must be an object, not " + type_name(*value));
    return std::nullopt;
  }
  return ObjectReader(*value, parent.child_path(key), parent.diagnostics_);
}

std::string ObjectReader::child_path(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

bool ObjectReader::has(std::string_view key) const { return object_.contains(key); }

const Json* ObjectReader::field(std::string_view key) {
  known_.insert(std::string(key));
  auto it = object_.find(key);
  return it == object_.end() ? nullptr : &*it;
}

std::optional<double> ObjectReader::number(std::string_view key, NumberRule rule, bool required) {
  const Json* value = field(key);
  const std::string where = child_path(key);
  if (value == nullptr) {
    if (required) diagnostics_.error(where, "", "is required");
    return std::nullopt;
  }
  if (!value->is_number()) {
    diagnostics_.error(where, short_json(*value), "must be a number, not " + type_name(*value));
    return std::nullopt;
  }
  const double number = value->get<double>();
  const std::string unit = rule.unit.empty() ? "" : " " + std::string(rule.unit);
  if (!std::isfinite(number) || number < rule.min || number > rule.max) {
    diagnostics_.error(where, short_json(*value),
                       "must be between " + format_number(rule.min) + " and " + format_number(rule.max) + unit);
    return std::nullopt;
  }
  return number;
}

std::optional<std::string> ObjectReader::text(std::string_view key, size_t max_bytes, bool required) {
  const Json* value = field(key);
  const std::string where = child_path(key);
  if (value == nullptr) {
    if (required) diagnostics_.error(where, "", "is required");
    return std::nullopt;
  }
  if (!value->is_string()) {
    diagnostics_.error(where, short_json(*value), "must be a string, not " + type_name(*value));
    return std::nullopt;
  }
  const std::string& text = value->get_ref<const std::string&>();
  if (text.size() > max_bytes) {
    diagnostics_.error(where, short_json(*value), "must be at most " + std::to_string(max_bytes) + " bytes long");
    return std::nullopt;
  }
  return text;
}

std::optional<std::string> ObjectReader::one_of(std::string_view key,
                                                std::initializer_list<std::string_view> allowed,
                                                bool required) {
  std::optional<std::string> value = text(key, 64, required);
  if (!value) return std::nullopt;
  for (std::string_view option : allowed) {
    if (*value == option) return value;
  }
  std::string list;
  for (std::string_view option : allowed) {
    if (!list.empty()) list += ", ";
    list += "\"" + std::string(option) + "\"";
  }
  diagnostics_.error(child_path(key), short_json(Json(*value)), "must be one of " + list);
  return std::nullopt;
}

Json ObjectReader::extensions() const {
  Json out = Json::object();
  for (auto it = object_.begin(); it != object_.end(); ++it) {
    if (is_extension_key(it.key())) out[it.key()] = it.value();
  }
  return out;
}

void ObjectReader::reject_unknown_keys(std::string_view format) {
  for (auto it = object_.begin(); it != object_.end(); ++it) {
    if (is_extension_key(it.key()) || known_.count(it.key())) continue;
    diagnostics_.error(child_path(it.key()), short_json(it.value()),
                       "is not a key of the " + std::string(format) + " (vendor keys start with x_)");
  }
}

}  // namespace facet::spec
