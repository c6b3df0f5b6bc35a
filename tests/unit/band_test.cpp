#include <doctest/doctest.h>

#include <cmath>

#include "core/export/stl.hpp"
#include "core/geometry/band.hpp"
#include "core/geometry/field.hpp"

using namespace facet::geometry;

namespace {

constexpr double kPi = 3.14159265358979323846;

// Exact volume of a band by Pappus / direct integration of the profile curves, independent of the
// mesh: V = pi * integral over v of (r_out(v)^2 - r_in(v)^2), with s = 2v/w and
// q(s) = 1 - sqrt(1 - s^2) the elliptical dome shape;  integral of q = 2 - pi/2,
// integral of q^2 = 10/3 - pi over s in [-1, 1].
double analytic_band_volume(const std::string& profile, double circumference, double width, double thickness) {
  const double R = circumference / (2 * kPi), h = width / 2, t = thickness;
  if (profile == "knife_edge") {
    // Pappus: 2 pi times the profile's first moment about the axis; a rectangle of the wall's
    // height and a triangle up to the ridge (centroid a third of the way from its base).
    const double e = kKnifeEdgeWallFraction * t;
    return 2 * kPi * (width * e * (R + e / 2) + (t - e) * h * (R + e + (t - e) / 3));
  }
  if (profile == "square") {
    // The rectangle, less four corner squares, plus four quarter discs (centroid 4r / 3pi from
    // the centre), each by its first moment.
    const double r = kSquareEdgeRadiusFraction * std::min(width, t);
    const double rect = width * ((R + t) * (R + t) - R * R) / 2;
    const double outer_squares = 2 * r * ((R + t) * (R + t) - (R + t - r) * (R + t - r)) / 2;
    const double inner_squares = 2 * r * ((R + r) * (R + r) - R * R) / 2;
    const double quarter = kPi * r * r / 4, offset = 4 * r / (3 * kPi);
    const double discs = 2 * quarter * (R + t - r + offset) + 2 * quarter * (R + r - offset);
    return 2 * kPi * (rect - outer_squares - inner_squares + discs);
  }
  double inner_dome = 0.0, outer_edge = thickness;
  if (profile == "d_shape") outer_edge = kDShapeEdgeFraction * thickness;
  if (profile == "comfort") {
    inner_dome = kComfortInnerDomeFraction * thickness;
    outer_edge = kComfortEdgeFraction * thickness + inner_dome;
  }
  if (profile == "court") {
    inner_dome = kCourtInnerDomeFraction * thickness;
    outer_edge = kCourtEdgeFraction * thickness + inner_dome;
  }
  const double A = R + thickness, B = thickness - outer_edge, c = inner_dome;
  const double I1 = 2 - kPi / 2, I2 = 10.0 / 3.0 - kPi;
  return kPi * (width / 2) * (2 * (A * A - R * R) - (2 * A * B + 2 * R * c) * I1 + (B * B - c * c) * I2);
}

constexpr const char* kProfiles[] = {"flat", "comfort", "d_shape", "court", "knife_edge", "square"};

BandShape shape(const std::string& profile, double circumference, double width, double thickness) {
  return BandShape{profile, circumference, width, thickness, width, thickness};
}

}  // namespace

TEST_CASE("band volume matches the analytic value within 0.1%") {
  for (const char* profile : kProfiles) {
    for (double circumference : {44.0, 54.7, 70.0}) {
      struct Section { double width, thickness; };
      for (Section section : {Section{1.0, 0.6}, Section{2.0, 1.2}, Section{4.0, 1.8}, Section{8.0, 2.5}}) {
        const double width = section.width, thickness = section.thickness;
        CAPTURE(profile); CAPTURE(circumference); CAPTURE(width); CAPTURE(thickness);
        const Mesh mesh = build_band(shape(profile, circumference, width, thickness), kProductionSampling);
        const double exact = analytic_band_volume(profile, circumference, width, thickness);
        const double measured = signed_volume_mm3(mesh);
        CHECK(std::fabs(measured - exact) / exact < 0.001);
      }
    }
  }
}

TEST_CASE("a flat band's volume is the annulus times the width") {
  // 54.7 mm inside, 2 mm thick, 4 mm wide: the polygon sits inside the circle, so slightly less:
  // with N >= 256 segments the area factor sin(2 pi / N) N / (2 pi) is 1 - 1e-4 or closer to 1.
  const Mesh mesh = build_band(shape("flat", 54.7, 4.0, 2.0), kProductionSampling);
  const double R = 54.7 / (2 * kPi);
  const double exact = kPi * ((R + 2) * (R + 2) - R * R) * 4.0;
  CHECK(signed_volume_mm3(mesh) < exact);
  CHECK(signed_volume_mm3(mesh) == doctest::Approx(exact).epsilon(0.00015));
}

TEST_CASE("band meshes are one closed, outward-oriented shell") {
  for (const char* profile : kProfiles) {
    CAPTURE(profile);
    BandShape tapered{profile, 52.0, 2.5, 1.6, 5.0, 2.4};
    for (const BandShape& s : {shape(profile, 52.0, 4.0, 1.8), tapered}) {
      const Mesh mesh = build_band(s, kProductionSampling);
      const Topology topology = check_topology(mesh);
      CHECK(topology.closed_and_oriented());
      CHECK(topology.boundary_edges == 0);
      CHECK(topology.misoriented_edges == 0);
      CHECK(topology.components == 1);
      CHECK(signed_volume_mm3(mesh) > 0.0);  // outward: positive volume
      // Euler characteristic of a torus: V - E + F = 0.
      CHECK(long(mesh.positions.size()) - long(topology.edges) + long(topology.triangles) == 0);
    }
  }
}

TEST_CASE("the band's field and its sweep agree: every swept vertex lies on the field's zero set") {
  // The sweep is what a plain band exports; the field is what a set ring is meshed from. They must
  // describe one surface, tapered or not, or a ring's shank would change shape when a stone is added.
  for (const char* profile : kProfiles) {
    CAPTURE(profile);
    for (const BandShape& s : {shape(profile, 54.7, 2.0, 1.8), BandShape{profile, 50.0, 2.2, 1.6, 3.5, 2.2}}) {
      const BandField field{s};
      const Mesh mesh = build_band(s, kPreviewSampling);
      double worst = 0;
      for (const auto& p : mesh.positions) worst = std::max(worst, std::fabs(field.distance(p)));
      CHECK(worst < 1e-9);
      // ... and the field is negative inside: halfway through the wall at the bottom.
      CHECK(field.distance({0.0, -(54.7 / (2 * kPi) + 0.8), 0.0}) < 0.0);
    }
  }
}

TEST_CASE("the finger touches the ring size: inner diameter equals the size") {
  for (const char* profile : kProfiles) {
    CAPTURE(profile);
    const Mesh mesh = build_band(shape(profile, 54.7, 4.0, 1.8), kProductionSampling);
    double min_radius = 1e9, max_radius = 0;
    for (const auto& p : mesh.positions) {
      min_radius = std::min(min_radius, std::hypot(p.x, p.y));
      max_radius = std::max(max_radius, std::hypot(p.x, p.y));
    }
    CHECK(min_radius == doctest::Approx(54.7 / (2 * kPi)).epsilon(1e-9));
    CHECK(max_radius - min_radius == doctest::Approx(1.8).epsilon(1e-9));
  }
}

TEST_CASE("taper: thicker and wider at the top than at the bottom") {
  const Mesh mesh = build_band(BandShape{"flat", 54.7, 2.0, 1.5, 5.0, 2.5}, kProductionSampling);
  double top_width = 0, bottom_width = 0;
  for (const auto& p : mesh.positions) {
    if (p.y > 0 && std::fabs(p.x) < 1e-9) top_width = std::max(top_width, 2 * std::fabs(p.z));
    if (p.y < 0 && std::fabs(p.x) < 1e-9) bottom_width = std::max(bottom_width, 2 * std::fabs(p.z));
  }
  CHECK(top_width == doctest::Approx(5.0));
  CHECK(bottom_width == doctest::Approx(2.0));
  const Bounds box = bounds(mesh);
  const double R = 54.7 / (2 * kPi);
  CHECK(box.max.y == doctest::Approx(R + 2.5));
  CHECK(box.min.y == doctest::Approx(-(R + 1.5)));
}

TEST_CASE("chords stay within the production tolerance of the exact circle") {
  const Mesh mesh = build_band(shape("flat", 70.0, 4.0, 2.0), kProductionSampling);
  // Midpoint of an outer chord around the ring: distance below the exact outer radius.
  const double R_out = 70.0 / (2 * kPi) + 2.0;
  double worst = 0;
  for (size_t t = 0; t < mesh.triangle_count(); ++t) {
    for (int e = 0; e < 3; ++e) {
      const auto& p = mesh.positions[mesh.indices[3 * t + e]];
      const auto& q = mesh.positions[mesh.indices[3 * t + (e + 1) % 3]];
      if (std::fabs(std::hypot(p.x, p.y) - R_out) > 1e-9 || std::fabs(std::hypot(q.x, q.y) - R_out) > 1e-9) continue;
      const double mid = std::hypot((p.x + q.x) / 2, (p.y + q.y) / 2);
      worst = std::max(worst, R_out - mid);
    }
  }
  CHECK(worst > 0.0);
  CHECK(worst <= kProductionToleranceMm);
}

TEST_CASE("the preview mesh is lighter and within 0.05 mm of the production surface") {
  const BandShape s = shape("comfort", 52.0, 4.0, 1.8);
  const Mesh production = build_band(s, kProductionSampling);
  const Mesh preview = build_band(s, kPreviewSampling);
  CHECK(preview.triangle_count() * 3 < production.triangle_count());
  CHECK(check_topology(preview).closed_and_oriented());
  // Volume differs by what the coarser chords cut off: well under 1%.
  CHECK(signed_volume_mm3(preview) == doctest::Approx(signed_volume_mm3(production)).epsilon(0.01));
}

TEST_CASE("binary STL round trip") {
  const Mesh mesh = build_band(shape("comfort", 52.0, 4.0, 1.8), kProductionSampling);
  const std::string bytes = facet::exporting::write_binary_stl(mesh, "test");
  REQUIRE(bytes.size() == 84 + 50 * mesh.triangle_count());
  CHECK(bytes.substr(0, 5) != "solid");
  const auto back = facet::exporting::read_binary_stl(bytes);
  REQUIRE(back.ok);
  CHECK(back.vertices.size() == 9 * mesh.triangle_count());
  CHECK(back.vertices[0] == float(mesh.positions[mesh.indices[0]].x));
  CHECK_FALSE(facet::exporting::read_binary_stl(bytes.substr(0, 100)).ok);
}
