// Solids as signed distance fields (negative inside, millimetres): how the metal of a set piece is
// modelled before it is meshed. Parts are added with a filleted min() and stone seats cut with
// max(f, -seat); engravings likewise, without the fillet (letters keep their edges).
// Where a part's field is not an exact distance it never overstates the distance (so empty space
// can be skipped safely) and its zero set is the exact surface.
#pragma once

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include <optional>
#include <vector>

#include "core/geometry/band.hpp"
#include "core/geometry/bezel.hpp"
#include "core/geometry/engraving.hpp"
#include "core/geometry/mesh.hpp"
#include "core/geometry/pearl_cup.hpp"
#include "core/geometry/polytope.hpp"
#include "core/geometry/signet.hpp"

namespace facet::geometry {

// Where parts meet (a prong on the shank, a rail on a prong) the union is blended into a fillet
// of about this size, as a model maker would: stronger, casts better, and no crease too sharp to
// mesh within tolerance. Seats are cut sharp.
inline constexpr double kFilletMm = 0.15;
double smooth_union(double a, double b);

struct Capsule {  // a rod with round ends: prongs
  glm::dvec3 a, b;
  double radius_mm;
};

struct Torus {  // a ring of round wire: bails
  glm::dvec3 centre;
  glm::dvec3 axis;  // unit
  double major_mm;  // to the wire's centre line
  double minor_mm;  // the wire's radius
};

struct ConvexSeat {  // a stone (its facet planes, placed), grown by a clearance: what is cut away
  std::vector<Plane> planes;  // unit normals, world space
  glm::dvec3 centre;          // inside
  double bounding_radius_mm;  // every point of the seat lies within this of the centre
};

// A shank as band.hpp sweeps it: axis along +Z, top at +Y, the profile blended by (1 + y/r) / 2.
struct BandField {
  BandShape shape;
  double distance(const glm::dvec3& p) const;
};

struct MetalModel {
  std::vector<BandField> bands;
  std::vector<Capsule> capsules;
  std::vector<Torus> tori;
  std::vector<BezelCup> bezels;
  std::vector<PearlCup> pearl_cups;
  std::vector<ConvexSeat> seats;
  std::vector<SignetHead> signets;
  std::vector<EngravingField> engravings;  // those cast in the metal; embossed added, engraved cut
  // The finger's bore, cut sharp from all of the metal after the parts are joined (signets: their
  // block reaches into it). Unset: the parts stay clear of the bore by themselves.
  std::optional<double> bore_radius_mm;

  double distance(const glm::dvec3& p) const;

  // The parts that can decide the field's sign and zero set within `radius` of `centre`: an
  // added part whose distance there exceeds the nearest one's by 2 * radius never wins the min,
  // and a seat farther than `radius` cuts nothing there.
  struct Nearby {
    std::vector<uint32_t> bands, capsules, tori, bezels, pearl_cups, signets, seats, engravings;
  };
  // `among`: choose only from these (a superset of the answer: PartGrid's cell lists).
  Nearby nearby(const glm::dvec3& centre, double radius, const Nearby* among = nullptr) const;
  double distance(const glm::dvec3& p, const Nearby& parts) const;

  Bounds bounds() const;  // of the added parts
};

// Plane figures: a box's exact distance; an axis-aligned ellipse's to first order (f / |grad f|),
// exact in its zero set and never more than the true distance near the curve.
double box_distance(glm::dvec2 p, glm::dvec2 centre, glm::dvec2 half);
double ellipse_distance(glm::dvec2 p, glm::dvec2 centre, glm::dvec2 radii);

double capsule_distance(const Capsule& capsule, const glm::dvec3& p);
// The smallest distance between two capsules' surfaces (negative where they overlap), sampled along
// the first one's axis; `at` is the point on that axis where it was found.
double capsule_gap(const Capsule& a, const Capsule& b, glm::dvec3& at);
double torus_distance(const Torus& torus, const glm::dvec3& p);
double seat_distance(const ConvexSeat& seat, const glm::dvec3& p);

}  // namespace facet::geometry
