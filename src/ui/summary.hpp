// The top of the panel, what a customer watches while configuring: the price (with its
// breakdown), the metal's weight and volume, and the casting checks' verdict with their table.
#pragma once

#include <imgui.h>

#include <string>

#include "app/app.hpp"
#include "core/spec/spec.hpp"

namespace facet::ui {

// Draws the price, weight and checks line; returns the checks when their list is open (the panel
// draws them with the parameters). A phone's panel keeps only the headline (price and weight)
// fixed and scrolls the details (breakdown, volume, checks) with the parameters.
enum class SummaryPart { all, headline, details };
const spec::Json* draw_summary(App& app, SummaryPart part = SummaryPart::all);
// The rules with their values and limits; the report's sentence as each one's tooltip. A click on
// a rule points at it on the piece (pointed_check), another click lets go.
void draw_checks_table(const spec::Json& checks);
// The rule of the check the designer clicked, "" when none; forgotten when the table closes.
const std::string& pointed_check();
void clear_pointed_check();
// The check of `rule` in `report`, or nullptr.
const spec::Json* find_check(const spec::Json& report, const std::string& rule);
// A check in a few words for its marker on the piece: "Thinnest wall 1.69 mm (min 0.80)".
std::string check_marker_text(const spec::Json& check);
// Its status colour (pass, warn, fail), as the table's bullets.
ImVec4 check_color(const spec::Json& check);
// The total in large type with every line of the price under it (nothing without a price).
void draw_price(const spec::Json& report);
// The metal's weight with its fineness mark ("3.42 g Au750"; a pair's "2 x ..."), in the UI's language.
std::string weight_text(const spec::Json& report);
// The checks' verdict as one coloured line (nothing for a piece without checks).
void draw_checks_verdict(const spec::Json& report);

}  // namespace facet::ui
