#include "app/history.hpp"

namespace facet {

void History::record(const std::string& before, bool in_gesture) {
  if (in_gesture && gesture_open_) return;  // the step already starts where the gesture began
  gesture_open_ = in_gesture;
  if (!undo_.empty() && undo_.back() == before) {
    redo_.clear();
    return;
  }
  undo_.push_back(before);
  if (undo_.size() > limit_) undo_.pop_front();
  redo_.clear();
}

std::optional<std::string> History::undo(const std::string& current) {
  if (undo_.empty()) return std::nullopt;
  gesture_open_ = false;
  std::string previous = std::move(undo_.back());
  undo_.pop_back();
  redo_.push_back(current);
  return previous;
}

std::optional<std::string> History::redo(const std::string& current) {
  if (redo_.empty()) return std::nullopt;
  gesture_open_ = false;
  std::string next = std::move(redo_.back());
  redo_.pop_back();
  undo_.push_back(current);
  return next;
}

}  // namespace facet
