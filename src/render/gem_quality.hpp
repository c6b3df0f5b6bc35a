// How much work a moving frame does, in tiers, and the rule that moves between them from measured
// frame times: a phone or a CPU renderer that cannot trace six bounces at the frame rate gets
// fewer, then a picture drawn at a lower resolution and scaled up, down to the untraced surface
// approximation at half size; a fast GPU keeps (or gets back) the best. At rest the picture is
// always drawn again at the best tier, full size.
// No GL here: the rule is tested natively.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace facet::render {

struct GemTier {
  int bounces;  // internal bounces traced; 0: the surface approximation, no tracing
  float scale;  // of the canvas's width and height the moving picture is drawn at, then scaled up

  // A canvas side of `px` pixels as this tier draws it (at least one pixel).
  int scaled_px(int px) const { return std::max(1, int(std::lround(float(px) * scale))); }
};
// Best first. Six bounces let most of a round brilliant's light out through the crown. Fewer
// bounces first: the stones cost the most; then fewer pixels, which cost everything (the metal's
// shading too), at 0.75 and 0.5 of the size (0.56 and 0.25 of the pixels).
inline constexpr GemTier kGemTiers[] = {{6, 1.0f}, {3, 1.0f}, {1, 0.75f}, {0, 0.5f}};
inline constexpr int kGemTierCount = int(sizeof(kGemTiers) / sizeof(kGemTiers[0]));

class GemQuality {
 public:
  int tier() const { return tier_; }
  const GemTier& current() const { return kGemTiers[tier_]; }
  // One frame's duration, from frames that did no other work (a rebuild's frame says nothing of
  // the shader). True when the tier changed.
  bool add_frame(double frame_ms, double now_s);

  // A frame this slow drops a tier at once: at several hundred ms the customer is waiting.
  static constexpr double kStallMs = 150.0;
  // Slower than this (the median of a window) drops a tier; faster than kFastMs, long enough after
  // the last change, raises one. Frames come at the display's rate (16.7 ms at 60 Hz), so "fast"
  // means keeping up with it; a tier dropped for being slow is not tried again for kRetryS, or a
  // GPU just too slow for it would swing between the two every few seconds.
  static constexpr double kSlowMs = 34.0, kFastMs = 20.0;
  static constexpr size_t kWindow = 20;
  static constexpr double kSettleS = 5.0, kRetryS = 30.0;

 private:
  bool move(int step, double now_s);
  int tier_ = 0;
  std::vector<double> recent_ms_;
  double changed_at_s_ = -1e9;
  double slow_at_s_[kGemTierCount] = {-1e9, -1e9, -1e9, -1e9};  // when each tier was left for being slow
};

}  // namespace facet::render
