#include "app/history.hpp"

namespace facet {

void History::record(const std::string& before, bool in_gesture) {
  if (in_gesture && gesture_open_) return;  // the step already starts where the gesture began
  gesture_open_ = in_gesture;
  redo_.clear();
  if (!undo_.empty() && undo_.back() == before) return;  // no step that changes nothing
  undo_.push_back(before);
  if (undo_.size() > limit_) undo_.pop_front();
}

// Takes the newest design off `from` and leaves `current` on `to`. (Moving one step never makes
// `to` longer than the limit: the step came off it, or off its twin, before.)
std::optional<std::string> History::step(std::deque<std::string>& from, std::deque<std::string>& to, const std::string& current) {
  if (from.empty()) return std::nullopt;
  gesture_open_ = false;
  std::string design = std::move(from.back());
  from.pop_back();
  to.push_back(current);
  return design;
}

std::optional<std::string> History::undo(const std::string& current) { return step(undo_, redo_, current); }

std::optional<std::string> History::redo(const std::string& current) { return step(redo_, undo_, current); }

}  // namespace facet
