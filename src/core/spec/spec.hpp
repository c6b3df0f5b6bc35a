// The design spec v1 (../shared/spec/design-spec-v1.md) as C++ values, after validation and with
// defaults filled in. Parsing and writing live in spec_parse.hpp / spec_write.hpp.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "core/catalog/ring_sizes.hpp"

namespace facet::spec {

using Json = nlohmann::json;

inline constexpr const char* kFormat = "facet.design";
inline constexpr int kVersion = 1;

struct Meta {
  std::optional<std::string> title, designer, copyright, customer_ref, order_id, created, notes;
  Json extra = Json::object();  // free-form, never validated
};

struct Metal {
  std::string alloy;           // GB 11887 code, e.g. "Au750"
  std::string color;           // "yellow" | "white" | "rose"; empty for non-gold
  std::string finish = "polished";
  std::string plating = "none";
  Json extensions = Json::object();  // x_* keys, kept as given
};

struct RingSize {
  catalog::SizeSystem system = catalog::SizeSystem::iso;
  double value = 0;            // numeric systems
  std::string letter;          // uk
  double circumference_mm = 0; // derived: ISO 8653 inner circumference
  Json extensions = Json::object();
};

struct Shank {
  std::string profile = "comfort";
  double width_mm = 0;
  double thickness_mm = 0;
  double top_width_mm = 0;      // default: width_mm (no taper)
  double top_thickness_mm = 0;  // default: thickness_mm
  Json extensions = Json::object();
};

struct Production {
  std::optional<double> shrinkage_pct;
  std::optional<std::string> hallmark, notes;
  Json extensions = Json::object();
};

struct Piece {
  std::string type;   // "ring" (pendant and earrings arrive with the geometry kernel)
  std::string style;  // "band"
  Metal metal;
  std::optional<RingSize> size;
  std::optional<Shank> shank;
  Json extensions = Json::object();
};

struct Design {
  Meta meta;
  Piece piece;
  std::optional<Production> production;
  Json extensions = Json::object();  // top-level x_* keys
};

}  // namespace facet::spec
