#include "core/math/det_math.hpp"

#include <algorithm>
#include <cmath>

namespace facet::detmath {
namespace {

// pi/2 split in three parts (Cody-Waite) so that x - k*pi/2 loses no precision for moderate k.
constexpr double kPio2Hi = 1.57079632673412561417e+00;
constexpr double kPio2Mid = 6.07710050650619224932e-11;
constexpr double kPio2Lo = 2.02226624879595063154e-21;
constexpr double kTwoOverPi = 6.36619772367581382433e-01;

// Taylor series on |r| <= pi/4; terms up to r^17 put the truncation error below 1e-17.
double sin_poly(double r) {
  const double r2 = r * r;
  double term = r;
  double sum = r;
  for (int n = 1; n <= 8; ++n) {
    term *= -r2 / double((2 * n) * (2 * n + 1));
    sum += term;
  }
  return sum;
}

double cos_poly(double r) {
  const double r2 = r * r;
  double term = 1.0;
  double sum = 1.0;
  for (int n = 1; n <= 8; ++n) {
    term *= -r2 / double((2 * n - 1) * (2 * n));
    sum += term;
  }
  return sum;
}

}  // namespace

void sincos(double x, double& s, double& c) {
  // nearbyint/floor are exact operations, identical on both targets.
  const double k = std::floor(x * kTwoOverPi + 0.5);
  const double r = ((x - k * kPio2Hi) - k * kPio2Mid) - k * kPio2Lo;
  const double sr = sin_poly(r);
  const double cr = cos_poly(r);
  long long quadrant = static_cast<long long>(k) & 3;
  switch (quadrant) {
    case 0: s = sr; c = cr; break;
    case 1: s = cr; c = -sr; break;
    case 2: s = -sr; c = -cr; break;
    default: s = -cr; c = sr; break;
  }
}

double sin(double x) {
  double s, c;
  sincos(x, s, c);
  return s;
}

double cos(double x) {
  double s, c;
  sincos(x, s, c);
  return c;
}

double atan2(double y, double x) {
  if (x == 0.0 && y == 0.0) return 0.0;
  // A guess good to 0.0015 rad: atan on [0, 1] by a short rational fit, then the octant.
  const double ax = std::fabs(x), ay = std::fabs(y);
  const double t = std::min(ax, ay) / std::max(ax, ay);
  double angle = kPi / 4 * t - t * (t - 1) * (0.2447 + 0.0663 * t);
  if (ay > ax) angle = kPi / 2 - angle;
  if (x < 0) angle = kPi - angle;
  if (y < 0) angle = -angle;
  // Newton on x sin(a) - y cos(a) = 0, whose slope there is the length of (x, y): the error
  // squares each step (1e-3, 1e-6, 1e-12, then rounding).
  for (int i = 0; i < 4; ++i) {
    double s, c;
    sincos(angle, s, c);
    angle -= (x * s - y * c) / (x * c + y * s);
  }
  return angle;
}

double asin(double y) {
  y = std::clamp(y, -1.0, 1.0);
  return atan2(y, std::sqrt((1.0 - y) * (1.0 + y)));  // sqrt is exactly rounded everywhere
}

double exp(double x) {
  // x = k ln 2 + r with |r| <= ln 2 / 2, e^r by its Taylor series (19 terms: below an ulp there),
  // then scaled by 2^k one doubling at a time (exact).
  constexpr double kLn2 = 0.69314718055994530942;
  const double k = std::nearbyint(x / kLn2);
  const double r = x - k * kLn2;
  double term = 1.0, sum = 1.0;
  for (int n = 1; n < 20; ++n) {
    term *= r / n;
    sum += term;
  }
  for (int i = 0; i < int(std::fabs(k)); ++i) sum = k > 0 ? sum * 2.0 : sum * 0.5;
  return sum;
}

double log(double x) {
  // x = m 2^e with m in [0.5, 1): a guess good to a few percent, then Newton on exp(y) = x, whose
  // error squares each step.
  int e = 0;
  const double m = std::frexp(x, &e);  // exact
  constexpr double kLn2 = 0.69314718055994530942;
  double y = e * kLn2 + (m - 1.0) * (2.0 - 0.6 * (m - 0.5));
  for (int i = 0; i < 6; ++i) y -= 1.0 - x / exp(y);
  return y;
}

}  // namespace facet::detmath
