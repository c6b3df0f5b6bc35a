// Undo and redo over whole designs, kept as normalised spec text: a few kilobytes each, and going
// back is exactly loading a spec, so an undone design is as valid as any other. Plain C++ (no GL,
// no ImGui): tested natively.
//
// A gesture (one drag of a slider, one run of typing in a field) is one step: edits while a
// gesture is open keep the step's starting point and add nothing.
#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <string>

namespace facet {

class History {
 public:
  static constexpr size_t kDefaultLimit = 200;  // steps kept; the oldest go first
  explicit History(size_t limit = kDefaultLimit) : limit_(limit) {}

  // The design is about to change from `before`. `in_gesture`: the change is part of a drag or a
  // run of typing that may go on next frame. Any new change forgets what could be redone.
  void record(const std::string& before, bool in_gesture);
  // The drag or typing is over: the next change is a step of its own.
  void end_gesture() { gesture_open_ = false; }

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  size_t undo_steps() const { return undo_.size(); }
  // The design to show instead of `current`, which becomes redoable (undoable for redo); nullopt
  // when there is nothing to go back (forward) to.
  std::optional<std::string> undo(const std::string& current);
  std::optional<std::string> redo(const std::string& current);

 private:
  std::optional<std::string> step(std::deque<std::string>& from, std::deque<std::string>& to, const std::string& current);

  size_t limit_;
  std::deque<std::string> undo_, redo_;
  bool gesture_open_ = false;
};

}  // namespace facet
