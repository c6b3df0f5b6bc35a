#include "render/gem_quality.hpp"

#include <algorithm>

namespace facet::render {

bool GemQuality::move(int step, double now_s) {
  const int next = std::clamp(tier_ + step, 0, kGemTierCount - 1);
  if (next == tier_) return false;
  if (step > 0) slow_at_s_[tier_] = now_s;
  else if (now_s - slow_at_s_[next] < kRetryS) return false;
  tier_ = next;
  changed_at_s_ = now_s;
  recent_ms_.clear();  // the old tier's frames say nothing of the new one
  return true;
}

bool GemQuality::add_frame(double frame_ms, double now_s) {
  if (frame_ms >= kStallMs) return move(+1, now_s);
  recent_ms_.push_back(frame_ms);
  if (recent_ms_.size() < kWindow) return false;
  if (recent_ms_.size() > kWindow) recent_ms_.erase(recent_ms_.begin());
  std::vector<double> sorted = recent_ms_;
  std::nth_element(sorted.begin(), sorted.begin() + long(kWindow / 2), sorted.end());
  const double median = sorted[kWindow / 2];
  if (median > kSlowMs) return move(+1, now_s);
  if (median < kFastMs && now_s - changed_at_s_ > kSettleS) return move(-1, now_s);
  return false;
}

}  // namespace facet::render
