// The gem shader's quality tiers follow the measured frame times: down at once on a stall, down on
// a slow median, back up only when frames are fast and have been for a while.
#include <doctest/doctest.h>

#include "render/gem_quality.hpp"

using facet::render::GemQuality;

TEST_CASE("gem quality: a stall drops a tier at once, down to the untraced approximation and no further") {
  GemQuality quality;
  CHECK(quality.current().bounces == 6);
  CHECK(quality.add_frame(1200.0, 1.0));  // SwiftShader tracing a stone that fills the screen
  CHECK(quality.current().bounces == 3);
  CHECK(quality.add_frame(400.0, 2.0));
  CHECK(quality.add_frame(200.0, 3.0));
  CHECK(quality.current().bounces == 0);
  CHECK_FALSE(quality.add_frame(900.0, 4.0));  // nothing lower
}

TEST_CASE("gem quality: a slow median drops a tier; a few slow frames among fast ones do not") {
  GemQuality quality;
  double t = 0;
  for (size_t i = 0; i < GemQuality::kWindow; ++i) CHECK_FALSE(quality.add_frame(i % 4 == 0 ? 60.0 : 16.0, t += 0.016));
  CHECK(quality.tier() == 0);
  bool dropped = false;
  for (size_t i = 0; i < GemQuality::kWindow && !dropped; ++i) dropped = quality.add_frame(45.0, t += 0.045);
  CHECK(dropped);
  CHECK(quality.tier() == 1);
}

TEST_CASE("gem quality: fast frames raise a tier only once the last change has settled") {
  GemQuality quality;
  quality.add_frame(500.0, 0.0);
  REQUIRE(quality.tier() == 1);
  double t = 0;
  for (size_t i = 0; i < GemQuality::kWindow; ++i) quality.add_frame(5.0, t += 0.005);
  CHECK(quality.tier() == 1);  // 0.1 s after the drop: not yet
  bool raised = false;
  for (int i = 0; i < 2000 && !raised; ++i) raised = quality.add_frame(5.0, t += 0.005);
  CHECK(raised);
  CHECK(t > GemQuality::kSettleS);
  CHECK(quality.tier() == 0);
}
