// Deterministic transcendental functions for the core.
//
// glibc (native CLI) and musl (wasm) round sin/cos differently in the last bits, so geometry built
// with std::sin would not be byte-identical in the browser and the factory CLI
// (see ../shared/reference/toolchain-notes.md). These use only +, -, *, / and rounding, which are
// IEEE-exact on both targets, so the same input gives the same bits everywhere.
#pragma once

namespace facet::detmath {

inline constexpr double kPi = 3.14159265358979323846;

// sin and cos of an angle in radians, accurate to about 1 ulp for |x| < 1e6.
double sin(double x);
double cos(double x);
void sincos(double x, double& s, double& c);
// atan2 and asin to within a few ulp, from a rough guess refined by Newton steps on sincos.
double atan2(double y, double x);
double asin(double y);  // y clamped to [-1, 1]
// e^x to within a few ulp for |x| <= 700 (a GLB's jadeite transmission is in the files).
double exp(double x);
// ln x for x > 0 (normal numbers), to within a few ulp; Newton steps on exp.
double log(double x);

}  // namespace facet::detmath
