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

TEST_CASE("gem quality: frames at the display's rate raise a tier, once the last change has settled and not into one just found slow") {
  GemQuality quality;
  quality.add_frame(500.0, 0.0);  // a hiccup (a tab coming back, a collection)
  REQUIRE(quality.tier() == 1);
  double t = 0;
  for (size_t i = 0; i < GemQuality::kWindow; ++i) quality.add_frame(16.7, t += 0.0167);
  CHECK(quality.tier() == 1);  // 0.3 s after the drop: not yet
  bool raised = false;
  for (int i = 0; i < 10000 && !raised; ++i) raised = quality.add_frame(16.7, t += 0.0167);
  CHECK(raised);
  CHECK(t > GemQuality::kRetryS);  // tier 0 was left for being slow: not tried again at once
  CHECK(quality.tier() == 0);

  // From tier 1, dropped to 2 for a slow median: back to 1 only after kRetryS, not after kSettleS.
  GemQuality slow;
  slow.add_frame(500.0, 0.0);
  double s = 0;
  for (size_t i = 0; i < GemQuality::kWindow; ++i) slow.add_frame(40.0, s += 0.04);
  REQUIRE(slow.tier() == 2);
  const double dropped_at = s;
  for (int i = 0; i < 10000 && slow.tier() == 2; ++i) slow.add_frame(16.7, s += 0.0167);
  CHECK(slow.tier() == 1);
  CHECK(s - dropped_at > GemQuality::kRetryS);
}

TEST_CASE("gem quality: each tier does less than the one above, fewer bounces before fewer pixels, the best at full size") {
  CHECK(facet::render::kGemTiers[0].scale == 1.0f);
  for (int i = 1; i < facet::render::kGemTierCount; ++i) {
    const auto& above = facet::render::kGemTiers[i - 1];
    const auto& tier = facet::render::kGemTiers[i];
    CAPTURE(i);
    CHECK(tier.bounces <= above.bounces);
    CHECK(tier.scale <= above.scale);
    CHECK((tier.bounces < above.bounces || tier.scale < above.scale));  // each step saves something
    CHECK(tier.scale >= 0.5f);  // below half size the piece's edges break up
    if (tier.scale < 1.0f) CHECK(above.bounces <= 3);  // pixels go only once the stones are cheap
  }
}
