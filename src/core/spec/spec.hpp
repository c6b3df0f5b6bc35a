// The design spec v1 (../shared/spec/design-spec-v1.md) as C++ values, after validation and with
// defaults filled in. Parsing and writing live in spec_parse.hpp / spec_write.hpp.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

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

// A stone's size as the spec gives it: exactly one of diameter, length and width, or carat.
struct StoneSize {
  std::optional<double> diameter_mm, length_mm, width_mm, carat;
};

struct Setting {
  std::string type;              // "prong" | "bezel" | "pave" | "channel" | "bead" | "peg"
  int prongs = 0;                // prong settings only
  double prong_diameter_mm = 0;  // prong settings only
};

struct Placement {
  enum class Kind { head, along_shank, around };
  Kind kind = Kind::head;
  double from_deg = 0, to_deg = 0;  // along the shank, degrees from the top of the ring
  std::string around;               // the id of the stone group it surrounds
};

struct Grade {
  std::optional<std::string> color, clarity, cut, lab, report_no;
};

struct StoneGroup {
  std::string id, role, gem, cut;
  StoneSize size;
  int count = 1;
  Setting setting;
  Placement placement;
  std::optional<Grade> grade;
  std::string supplied_by = "factory";
  Json extensions = Json::object();
};

struct Engraving {
  std::string text;
  std::string font;  // empty: the default font
  std::string location;  // "inside" | "outside" | "back"
  double height_mm = 0, depth_mm = 0;
  std::string style = "engraved";  // or "embossed"
  Json extensions = Json::object();
};

struct PendantOptions {
  std::string bail = "fixed";  // "fixed" | "hinged" | "hidden"
  std::optional<double> chain_length_mm;
  Json extensions = Json::object();
};

struct EarringOptions {
  std::string back = "push";  // "push" | "screw" | "lever"
  double post_diameter_mm = 0;
  Json extensions = Json::object();
};

// The flat top of a signet ring: its outline seen from above, centred on the top of the ring.
// Facet's addition to the v1 draft (style "signet" only).
struct SignetFace {
  std::string shape = "oval";  // "oval" | "cushion" | "octagon"
  double length_mm = 0;        // along the finger
  double width_mm = 0;         // across it
  Json extensions = Json::object();
};

struct Production {
  std::optional<double> shrinkage_pct;
  std::optional<std::string> hallmark, notes;
  Json extensions = Json::object();
};

struct Piece {
  std::string type;   // "ring" | "pendant" | "earrings"
  std::string style;  // the template that set the defaults, e.g. "band", "solitaire"
  Metal metal;
  std::optional<RingSize> size;      // rings
  std::optional<Shank> shank;        // rings
  std::vector<StoneGroup> stones;
  std::vector<Engraving> engraving;
  std::optional<PendantOptions> pendant;
  std::optional<EarringOptions> earrings;
  std::optional<SignetFace> signet;  // signet rings
  Json extensions = Json::object();
  // How many are made from the spec: earrings are a matched pair and the spec describes one.
  int pieces_made() const { return type == "earrings" ? 2 : 1; }
  // The centre stone's group when it is set in a bezel, else nullptr.
  const StoneGroup* centre_in_bezel() const {
    for (const StoneGroup& group : stones)
      if (group.role == "center" && group.setting.type == "bezel") return &group;
    return nullptr;
  }
  // Whether any text goes on the back (a pendant's: its bezel's back is then closed).
  bool engraved_on_back() const {
    for (const Engraving& e : engraving)
      if (e.location == "back") return true;
    return false;
  }
};

struct Design {
  Meta meta;
  Piece piece;
  std::optional<Production> production;
  Json extensions = Json::object();  // top-level x_* keys
};

}  // namespace facet::spec
