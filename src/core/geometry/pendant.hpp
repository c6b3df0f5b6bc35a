// A pendant: the centre stone facing the viewer (+Z), its length hanging along Y, in a bezel cup or
// a prong basket (which a halo may ring), and a bail above or behind it for the chain.
#pragma once

#include <optional>
#include <string_view>

#include "core/geometry/bezel_setting.hpp"
#include "core/geometry/head.hpp"
#include "core/geometry/stud.hpp"
#include "core/spec/spec.hpp"

namespace facet::geometry {

// Design choices of the bail (our own): a loop of round wire, its plane across the pendant's face
// so the chain runs through it left to right. The opening takes chains up to about 3 mm and the
// clasp's ring; the wire is as thick as the thinnest shank the facts allow, since the whole piece
// hangs from it.
inline constexpr double kBailWireMm = 1.2;
inline constexpr double kBailOpeningMm = 4.0;
// A hinged bail is bought in (the trade's 瓜子扣 and the like, made to move) and hung on a lug cast
// on the top edge: a ring of this wire facing the viewer, its hole taking a finding's pin or jump
// ring.
inline constexpr double kLugWireMm = 1.0;
inline constexpr double kLugHoleMm = 1.6;
// Over a basket without a halo the bail stands on a stem; the loop's wire clears the girdle by this.
inline constexpr double kBailClearOfGirdleMm = 0.2;
// A prong basket's legs meet behind the culet on a ball this wide (a stud's meet on its post).
inline constexpr double kBasketBaseDiameterMm = 1.6;

// Where the bail meets the piece: the metal's top edge above the stone's centre (x = 0), how deep
// it lies there, and the piece's back behind the stone.
struct BailAnchor {
  double top_y_mm = 0;   // the outer surface's highest point at x = 0
  double top_z_mm = 0;   // the depth of the metal there (the middle of the wall or wire)
  double back_z_mm = 0;  // the piece's back behind the stone's centre
  bool solid_back = false;  // a bezel's floor: a hidden bail can sit on it; a basket needs a bar up
};

struct PendantBail {
  Torus loop;
  std::optional<Capsule> bar;  // a hidden bail on a basket: from the basket's base up the back
};

// "fixed": the loop stands on the top edge, in the chain's line across the face, half its wire in
// the metal. "hidden": the loop lies behind the piece, under its top edge so that the front shows
// none of it, its wire's centre line on the back (on a bar up from a basket's base). "hinged": the
// lug for the bought-in bail stands on the top edge as the fixed loop does, turned to face the
// viewer. Precondition: kind is "fixed", "hidden" or "hinged".
PendantBail pendant_bail(std::string_view kind, const BailAnchor& anchor);

// Precondition: bezel_fits_cut(the stone's cut); `cabochon` says whether it is one. With
// `closed_floor_mm` the cup's back is closed (to be engraved), its floor that thick under the
// stone's culet or base.
BezelSetting pendant_setting(const Stone& stone, bool cabochon, std::optional<double> closed_floor_mm = std::nullopt);

// How thick a closed back is under the stone: the open cup's floor, and the text cut into it
// below that (an embossed text stands on it).
double closed_back_floor_mm(const spec::Piece& piece);
BailAnchor bail_anchor(const BezelSetting& setting);

// A prong basket hanging like a stud's, its legs meeting on a ball behind the culet (`base`).
struct PendantBasket {
  ProngHead head;
  Capsule base;
};
// Preconditions as stud_setting's.
PendantBasket pendant_basket(const Stone& stone, int prongs, double prong_diameter_mm);

}  // namespace facet::geometry
