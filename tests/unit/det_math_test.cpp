#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/math/det_math.hpp"
#include "core/util/sha256.hpp"

using namespace facet;

TEST_CASE("deterministic sin/cos agree with the C library to a few ulp") {
  double worst = 0.0;
  for (int i = -200000; i <= 200000; ++i) {
    const double x = i * 0.000731;  // about -146 .. 146 rad
    double s, c;
    detmath::sincos(x, s, c);
    worst = std::max(worst, std::fabs(s - std::sin(x)));
    worst = std::max(worst, std::fabs(c - std::cos(x)));
  }
  CHECK(worst < 1e-15);
  CHECK(detmath::sin(0.0) == 0.0);
  CHECK(detmath::cos(0.0) == 1.0);
  CHECK(detmath::sin(detmath::kPi / 2) == doctest::Approx(1.0).epsilon(1e-16));
}

TEST_CASE("deterministic atan2 and asin agree with the C library to a few ulp, every quadrant") {
  double worst = 0.0;
  for (int i = 0; i < 20000; ++i) {
    double s, c;
    detmath::sincos(i * 0.000314159, s, c);  // all the way round, twice
    const double scale = 0.001 + (i % 97) * 0.37;
    worst = std::max(worst, std::fabs(detmath::atan2(s * scale, c * scale) - std::atan2(s * scale, c * scale)));
  }
  CHECK(worst < 1e-15);
  CHECK(detmath::atan2(0.0, 0.0) == 0.0);
  CHECK(detmath::atan2(0.0, 1.0) == 0.0);
  CHECK(detmath::atan2(1.0, 0.0) == doctest::Approx(detmath::kPi / 2).epsilon(1e-16));
  CHECK(detmath::atan2(-1.0, -1.0) == doctest::Approx(-3 * detmath::kPi / 4).epsilon(1e-16));
  for (double y = -1.0; y <= 1.0; y += 0.001) CHECK(std::fabs(detmath::asin(y) - std::asin(std::clamp(y, -1.0, 1.0))) < 1e-15);
  CHECK(detmath::asin(2.0) == doctest::Approx(detmath::kPi / 2));
}

TEST_CASE("deterministic exp agrees with the C library to a few ulp") {
  double worst = 0.0;
  for (int i = -4000; i <= 4000; ++i) {
    const double x = i * 0.0173;  // about -69 .. 69
    worst = std::max(worst, std::fabs(detmath::exp(x) - std::exp(x)) / std::exp(x));
  }
  CHECK(worst < 1e-14);
  CHECK(detmath::exp(0.0) == 1.0);
  CHECK(detmath::exp(-700.0) == doctest::Approx(std::exp(-700.0)).epsilon(1e-13));
}

TEST_CASE("deterministic log agrees with the C library to a few ulp") {
  double worst = 0.0;
  for (int i = 1; i <= 20000; ++i) {
    const double x = i * i * 0.00037;  // about 4e-4 .. 1.5e5
    worst = std::max(worst, std::fabs(detmath::log(x) - std::log(x)));
  }
  CHECK(worst < 1e-14);
  CHECK(detmath::log(1.0) == doctest::Approx(0.0));
  CHECK(std::fabs(detmath::log(1.0)) < 1e-16);
  CHECK(detmath::log(1e-300) == doctest::Approx(std::log(1e-300)).epsilon(1e-14));
}

TEST_CASE("sha256 matches the FIPS 180-4 examples") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // 55, 56 and 64 bytes: the padding boundaries.
  CHECK(sha256_hex(std::string(55, 'x')).size() == 64);
  CHECK(sha256_hex(std::string(56, 'x')) != sha256_hex(std::string(55, 'x')));
}
