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
  // Each dome is cut by its straight line (the min), so where that line is already under another
  // term its ellipse cannot decide the max and is not worked out: the value is the same, and most
  // points are near one surface only (the ellipses were a tenth of a solitaire's production mesh).
  const double walls = std::fabs(q.y) - half;
  const double inner_line = inner_dome > 0 ? inner_dome - q.x : -q.x, outer_line = q.x - outer_edge;
  double inner = inner_line, outer = outer_line;
  if (inner_dome > 0 && inner_line > walls) inner = std::min(ellipse_distance(q, {inner_dome, 0}, {inner_dome, half}), inner_line);
  if (outer_line > std::max(walls, inner)) outer = std::min(ellipse_distance(q, {outer_edge, 0}, {t - outer_edge, half}), outer_line);
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

namespace {

// seat_distance, except that the planes stop at the first that puts p at least `enough` outside
// (a round brilliant has 57; a caller that only needs to know that much is spared the rest).
double seat_distance_until(const ConvexSeat& seat, const glm::dvec3& p, double enough) {
  // Well outside the bounding sphere its distance is a cheap lower bound (most of a ring is far
  // from any stone); nearer, the planes, so the field has no false near-zero on the sphere.
  const double far = glm::distance(p, seat.centre) - seat.bounding_radius_mm;
  if (far > 1.0) return far;
  double d = -std::numeric_limits<double>::max();
  for (const Plane& plane : seat.planes) {
    d = std::max(d, glm::dot(plane.normal, p) - plane.offset);
    if (d >= enough) break;
  }
  return d;
}

// max(d, -seat_distance(seat, p)): a point already -d outside the seat keeps d, exactly.
double cut_by_seat(double d, const ConvexSeat& seat, const glm::dvec3& p) { return std::max(d, -seat_distance_until(seat, p, -d)); }

}  // namespace

double seat_distance(const ConvexSeat& seat, const glm::dvec3& p) {
  return seat_distance_until(seat, p, std::numeric_limits<double>::infinity());
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
  for (const PearlCup& cup : pearl_cups) d = smooth_union(d, cup.distance(p));
  for (const SignetHead& signet : signets) d = smooth_union(d, signet.distance(p));
  if (bore_radius_mm) d = std::max(d, *bore_radius_mm - std::sqrt(p.x * p.x + p.y * p.y));
  for (const EngravingField& e : engravings) d = e.embossed ? std::min(d, e.distance(p)) : std::max(d, -e.distance(p));
  for (const ConvexSeat& seat : seats) d = cut_by_seat(d, seat, p);
  return d;
}

MetalModel::Nearby MetalModel::nearby(const glm::dvec3& centre, double radius, const Nearby* among) const {
  // The candidates of one kind: `among`'s, or all `count` of them.
  std::vector<uint32_t> all;
  auto candidates = [&](const std::vector<uint32_t>* listed, size_t count) -> const std::vector<uint32_t>& {
    if (listed != nullptr) return *listed;
    all.resize(count);
    for (uint32_t i = 0; i < count; ++i) all[i] = i;
    return all;
  };
  struct Scored {
    uint32_t index;
    double d;
  };
  std::vector<Scored> band_d, capsule_d, torus_d, bezel_d, cup_d, signet_d;
  double best = std::numeric_limits<double>::max();
  auto score = [&](std::vector<Scored>& out, const std::vector<uint32_t>& indices, auto distance) {
    for (uint32_t i : indices) best = std::min(best, out.emplace_back(Scored{i, distance(i)}).d);
  };
  score(band_d, candidates(among ? &among->bands : nullptr, bands.size()), [&](uint32_t i) { return bands[i].distance(centre); });
  score(capsule_d, candidates(among ? &among->capsules : nullptr, capsules.size()), [&](uint32_t i) { return capsule_distance(capsules[i], centre); });
  score(torus_d, candidates(among ? &among->tori : nullptr, tori.size()), [&](uint32_t i) { return torus_distance(tori[i], centre); });
  score(bezel_d, candidates(among ? &among->bezels : nullptr, bezels.size()), [&](uint32_t i) { return bezels[i].distance(centre); });
  score(cup_d, candidates(among ? &among->pearl_cups : nullptr, pearl_cups.size()), [&](uint32_t i) { return pearl_cups[i].distance(centre); });
  score(signet_d, candidates(among ? &among->signets : nullptr, signets.size()), [&](uint32_t i) { return signets[i].distance(centre); });
  Nearby out;
  const double cutoff = best + 2 * radius + kFilletMm;  // a blend reaches kFilletMm further
  auto keep = [cutoff](const std::vector<Scored>& scored, std::vector<uint32_t>& into) {
    for (const Scored& s : scored)
      if (s.d <= cutoff) into.push_back(s.index);
  };
  keep(band_d, out.bands), keep(capsule_d, out.capsules), keep(torus_d, out.tori), keep(bezel_d, out.bezels), keep(cup_d, out.pearl_cups);
  keep(signet_d, out.signets);
  for (uint32_t i : candidates(among ? &among->seats : nullptr, seats.size()))
    if (seat_distance(seats[i], centre) <= radius) out.seats.push_back(i);
  // An engraving matters where its solid comes within the radius (a cut) or could win the union.
  for (uint32_t i : candidates(among ? &among->engravings : nullptr, engravings.size())) {
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
  for (uint32_t i : parts.pearl_cups) d = smooth_union(d, pearl_cups[i].distance(p));
  for (uint32_t i : parts.signets) d = smooth_union(d, signets[i].distance(p));
  if (bore_radius_mm) d = std::max(d, *bore_radius_mm - std::sqrt(p.x * p.x + p.y * p.y));
  for (uint32_t i : parts.engravings) {
    const EngravingField& e = engravings[i];
    d = e.embossed ? std::min(d, e.distance(p)) : std::max(d, -e.distance(p));
  }
  for (uint32_t i : parts.seats) d = cut_by_seat(d, seats[i], p);
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
  for (const PearlCup& cup : pearl_cups) {
    const Bounds shell = cup.bounds();
    add(shell.min, shell.max);
  }
  for (const SignetHead& signet : signets) {
    const Bounds block = signet.bounds();
    add(block.min, block.max);
  }
  for (const EngravingField& e : engravings) b.min -= e.outward_reach_mm(), b.max += e.outward_reach_mm();
  return b;
}

}  // namespace facet::geometry
