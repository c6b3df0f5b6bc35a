// The customer's last step: the piece in words (metal, size, band, stones, engraving, weight), the
// casting verdict and the price with its lines, and the ways on from there: share the link, save the
// design, order (the factory package). Opened from the panel's footer; every step stays open to
// revisit behind it.
#pragma once

#include "app/app.hpp"

namespace facet::ui {

struct ReviewActions {
  bool share = false, save = false, order = false;
};

// The "Review and order" button (`width` wide; -1: the rest of the line) and, once pressed, the review.
ReviewActions draw_review(App& app, float width);

}  // namespace facet::ui
