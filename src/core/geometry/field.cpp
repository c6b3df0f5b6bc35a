#include "core/geometry/field.hpp"

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace facet::geometry {

double box_distance(glm::dvec2 p, glm::dvec2 centre, glm::dvec2 half) {
  const glm::dvec2 d = glm::abs(p - centre) - half;
  return glm::length(glm::max(d, glm::dvec2(0.0))) + std::min(std::max(d.x, d.y), 0.0);
}

// Distance to an axis-aligned ellipse, to first order (f / |grad f|): exact zero set, and never
// more than the true distance near the curve, which is where it is used.
double ellipse_distance(glm::dvec2 p, glm::dvec2 centre, glm::dvec2 radii) {
  const glm::dvec2 q = (p - centre) / radii;
  const double k = glm::length(q);
  if (k == 0.0) return -std::min(radii.x, radii.y);
  const glm::dvec2 grad = q / (radii * k);
  const double distance = (k - 1.0) / glm::length(grad);
  return k < 1.0 ? std::max(distance, -std::min(radii.x, radii.y)) : distance;
}

double BandField::distance(const glm::dvec3& p) const {
  const double inner_radius = shape.inner_radius_mm();
  const double r = std::sqrt(p.x * p.x + p.y * p.y);
  const auto [width, t] = shape.section_at(r > 0 ? p.y / r : 0.0);  // as build_band blends, sin = y / r
  const double half = width / 2.0;
  const glm::dvec2 q(r - inner_radius, p.z);  // (u, v) of the profile
  if (shape.profile == "flat") return box_distance(q, {t / 2, 0}, {t / 2, half});
  if (shape.profile == "square") {
    const double corner = kSquareEdgeRadiusFraction * std::min(width, t);
    return box_distance(q, {t / 2, 0}, {t / 2 - corner, half - corner}) - corner;
  }
  if (shape.profile == "knife_edge") {
    // A convex pentagon as the largest of its edges' line distances: exact inside, and outside
    // never more than the true distance.
    const double wall = kKnifeEdgeWallFraction * t, rise = t - wall;
    const double slope = (half * (q.x - t) + rise * std::fabs(q.y)) / std::sqrt(half * half + rise * rise);
    return std::max({-q.x, std::fabs(q.y) - half, slope});
  }
  const DomedProfile domed = domed_profile(shape.profile, t);
  const double outer_edge = domed.outer_edge, inner_dome = domed.inner_dome;
  // As an intersection, so the field is zero only on the real boundary: within the side walls,
  // inside the outer half-ellipse where it bulges past them, and (comfort) inside the inner
  // half-ellipse where it domes towards the finger.
  const double walls = std::fabs(q.y) - half;
  const double outer = std::min(ellipse_distance(q, {outer_edge, 0}, {t - outer_edge, half}), q.x - outer_edge);
  const double inner = inner_dome > 0 ? std::min(ellipse_distance(q, {inner_dome, 0}, {inner_dome, half}), inner_dome - q.x) : -q.x;
  return std::max({walls, outer, inner});
}

double capsule_distance(const Capsule& c, const glm::dvec3& p) {
  const glm::dvec3 ab = c.b - c.a, ap = p - c.a;
  const double length2 = glm::dot(ab, ab);  // zero for a sphere (a bead)
  const double h = length2 > 0 ? std::clamp(glm::dot(ap, ab) / length2, 0.0, 1.0) : 0.0;
  return glm::length(ap - ab * h) - c.radius_mm;
}

double capsule_gap(const Capsule& a, const Capsule& b, glm::dvec3& at) {
  double best = std::numeric_limits<double>::max();
  constexpr int kSteps = 16;
  for (int i = 0; i <= kSteps; ++i) {
    const glm::dvec3 p = a.a + (a.b - a.a) * (double(i) / kSteps);
    const double gap = capsule_distance(b, p) - a.radius_mm;
    if (gap < best) best = gap, at = p;
  }
  return best;
}

double torus_distance(const Torus& torus, const glm::dvec3& p) {
  const glm::dvec3 d = p - torus.centre;
  const double along = glm::dot(d, torus.axis);
  const double across = glm::length(d - torus.axis * along);
  return glm::length(glm::dvec2(across - torus.major_mm, along)) - torus.minor_mm;
}

double seat_distance(const ConvexSeat& seat, const glm::dvec3& p) {
  // Well outside the bounding sphere its distance is a cheap lower bound (most of a ring is far
  // from any stone); nearer, the planes, so the field has no false near-zero on the sphere.
  const double far = glm::distance(p, seat.centre) - seat.bounding_radius_mm;
  if (far > 1.0) return far;
  double d = -std::numeric_limits<double>::max();
  for (const Plane& plane : seat.planes) d = std::max(d, glm::dot(plane.normal, p) - plane.offset);
  return d;
}

double smooth_union(double a, double b) {
  // Polynomial smooth minimum (a quadratic blend within kFilletMm): a fillet where parts meet.
  const double h = std::max(kFilletMm - std::fabs(a - b), 0.0) / kFilletMm;
  return std::min(a, b) - h * h * kFilletMm * 0.25;
}

double MetalModel::distance(const glm::dvec3& p) const {
  double d = std::numeric_limits<double>::max();
  for (const BandField& band : bands) d = smooth_union(d, band.distance(p));
  for (const Capsule& capsule : capsules) d = smooth_union(d, capsule_distance(capsule, p));
  for (const Torus& torus : tori) d = smooth_union(d, torus_distance(torus, p));
  for (const BezelCup& bezel : bezels) d = smooth_union(d, bezel.distance(p));
  for (const SignetHead& signet : signets) d = smooth_union(d, signet.distance(p));
  if (bore_radius_mm) d = std::max(d, *bore_radius_mm - std::sqrt(p.x * p.x + p.y * p.y));
  for (const EngravingField& e : engravings) d = e.embossed ? std::min(d, e.distance(p)) : std::max(d, -e.distance(p));
  for (const ConvexSeat& seat : seats) d = std::max(d, -seat_distance(seat, p));
  return d;
}

MetalModel::Nearby MetalModel::nearby(const glm::dvec3& centre, double radius) const {
  std::vector<double> band_d, capsule_d, torus_d, bezel_d, signet_d;
  double best = std::numeric_limits<double>::max();
  for (const BandField& band : bands) best = std::min(best, band_d.emplace_back(band.distance(centre)));
  for (const Capsule& capsule : capsules) best = std::min(best, capsule_d.emplace_back(capsule_distance(capsule, centre)));
  for (const Torus& torus : tori) best = std::min(best, torus_d.emplace_back(torus_distance(torus, centre)));
  for (const BezelCup& bezel : bezels) best = std::min(best, bezel_d.emplace_back(bezel.distance(centre)));
  for (const SignetHead& signet : signets) best = std::min(best, signet_d.emplace_back(signet.distance(centre)));
  Nearby out;
  const double cutoff = best + 2 * radius + kFilletMm;  // a blend reaches kFilletMm further
  for (uint32_t i = 0; i < band_d.size(); ++i) if (band_d[i] <= cutoff) out.bands.push_back(i);
  for (uint32_t i = 0; i < capsule_d.size(); ++i) if (capsule_d[i] <= cutoff) out.capsules.push_back(i);
  for (uint32_t i = 0; i < torus_d.size(); ++i) if (torus_d[i] <= cutoff) out.tori.push_back(i);
  for (uint32_t i = 0; i < bezel_d.size(); ++i) if (bezel_d[i] <= cutoff) out.bezels.push_back(i);
  for (uint32_t i = 0; i < signet_d.size(); ++i) if (signet_d[i] <= cutoff) out.signets.push_back(i);
  for (uint32_t i = 0; i < seats.size(); ++i) if (seat_distance(seats[i], centre) <= radius) out.seats.push_back(i);
  // An engraving matters where its solid comes within the radius (a cut) or could win the union.
  for (uint32_t i = 0; i < engravings.size(); ++i) {
    const double e = engravings[i].distance(centre);
    if (engravings[i].embossed ? e <= best + 2 * radius : e <= radius) out.engravings.push_back(i);
  }
  return out;
}

double MetalModel::distance(const glm::dvec3& p, const Nearby& parts) const {
  double d = std::numeric_limits<double>::max();
  for (uint32_t i : parts.bands) d = smooth_union(d, bands[i].distance(p));
  for (uint32_t i : parts.capsules) d = smooth_union(d, capsule_distance(capsules[i], p));
  for (uint32_t i : parts.tori) d = smooth_union(d, torus_distance(tori[i], p));
  for (uint32_t i : parts.bezels) d = smooth_union(d, bezels[i].distance(p));
  for (uint32_t i : parts.signets) d = smooth_union(d, signets[i].distance(p));
  if (bore_radius_mm) d = std::max(d, *bore_radius_mm - std::sqrt(p.x * p.x + p.y * p.y));
  for (uint32_t i : parts.engravings) {
    const EngravingField& e = engravings[i];
    d = e.embossed ? std::min(d, e.distance(p)) : std::max(d, -e.distance(p));
  }
  for (uint32_t i : parts.seats) d = std::max(d, -seat_distance(seats[i], p));
  return d;
}

Bounds MetalModel::bounds() const {
  Bounds b{glm::dvec3(std::numeric_limits<double>::max()), glm::dvec3(-std::numeric_limits<double>::max())};
  auto add = [&](glm::dvec3 lo, glm::dvec3 hi) { b.min = glm::min(b.min, lo), b.max = glm::max(b.max, hi); };
  for (const BandField& band : bands) {
    const double outer = band.shape.inner_radius_mm() + std::max(band.shape.thickness_mm, band.shape.top_thickness_mm);
    const double half = std::max(band.shape.width_mm, band.shape.top_width_mm) / 2;
    add({-outer, -outer, -half}, {outer, outer, half});
  }
  for (const Capsule& c : capsules) add(glm::min(c.a, c.b) - c.radius_mm, glm::max(c.a, c.b) + c.radius_mm);
  for (const Torus& t : tori) add(t.centre - (t.major_mm + t.minor_mm), t.centre + (t.major_mm + t.minor_mm));
  for (const BezelCup& bezel : bezels) {
    const Bounds cup = bezel.bounds();
    add(cup.min, cup.max);
  }
  for (const SignetHead& signet : signets) {
    const Bounds block = signet.bounds();
    add(block.min, block.max);
  }
  for (const EngravingField& e : engravings) b.min -= e.outward_reach_mm(), b.max += e.outward_reach_mm();
  return b;
}

}  // namespace facet::geometry
