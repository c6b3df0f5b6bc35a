// The row under the panel's title: Undo, Redo, Open and Share, with their keyboard shortcuts;
// the language switch; and the messages that follow (notices, problems, the share link).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ui/translations.hpp"

namespace facet::ui {

struct ToolbarActions {
  bool undo = false, redo = false, open_file = false, share = false;
};
ToolbarActions draw_toolbar(bool can_undo, bool can_redo);
// The language switch at the end of the title row: the language chosen when clicked.
std::optional<Language> language_button();

// Notices, problems and the share link.
void draw_messages();
// An edit was made: what the messages said is about a design that is gone.
void clear_messages();

}  // namespace facet::ui
