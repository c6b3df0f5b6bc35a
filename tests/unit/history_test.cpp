// Undo and redo (src/app/history.cpp): steps, gestures as one step, redo forgotten by a new edit,
// the step limit.
#include <doctest/doctest.h>

#include <string>

#include "app/history.hpp"

using facet::History;

TEST_CASE("history: undo walks back, redo walks forward, a new edit forgets the redo") {
  History history;
  std::string design = "a";
  auto edit = [&](std::string next, bool in_gesture = false) {
    history.record(design, in_gesture);
    design = std::move(next);
  };
  CHECK(!history.undo(design));
  edit("b");
  edit("c");
  CHECK(history.undo_steps() == 2);
  design = *history.undo(design);
  CHECK(design == "b");
  design = *history.undo(design);
  CHECK(design == "a");
  CHECK(!history.can_undo());
  CHECK(!history.undo(design));
  design = *history.redo(design);
  CHECK(design == "b");
  design = *history.redo(design);
  CHECK(design == "c");
  CHECK(!history.redo(design));
  design = *history.undo(design);  // back to b, c redoable
  edit("d");
  CHECK(!history.can_redo());
  CHECK(*history.undo(design) == "b");
}

TEST_CASE("history: a drag is one step, and the next drag another") {
  History history;
  std::string design = "4.0";
  for (const char* width : {"4.1", "4.2", "4.3"}) {
    history.record(design, true);
    design = width;
  }
  history.end_gesture();
  for (const char* width : {"4.4", "4.5"}) {
    history.record(design, true);
    design = width;
  }
  CHECK(history.undo_steps() == 2);
  design = *history.undo(design);
  CHECK(design == "4.3");
  design = *history.undo(design);
  CHECK(design == "4.0");
  // An undo ends a gesture: an edit after it is a new step even while the mouse is held.
  history.record(design, true);
  design = "5.0";
  CHECK(history.undo_steps() == 1);
}

TEST_CASE("history: keeps the newest steps up to its limit") {
  History history(3);
  std::string design = "0";
  for (int i = 1; i <= 5; ++i) {
    history.record(design, false);
    design = std::to_string(i);
  }
  CHECK(history.undo_steps() == 3);
  for (const char* expected : {"4", "3", "2"}) {
    design = *history.undo(design);
    CHECK(design == expected);
  }
  CHECK(!history.can_undo());
}
