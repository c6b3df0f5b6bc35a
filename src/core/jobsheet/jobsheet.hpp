// jobsheet.html: the work order a bench jeweller works from. Self-contained (no scripts, no files
// beside it: the views are inline SVG with embedded PNG), A4 when printed, every heading in
// Simplified Chinese and English.
#pragma once

#include <string>
#include <vector>

#include "core/facet_core.hpp"
#include "core/jobsheet/views.hpp"

namespace facet::jobsheet {

// `report` is piece_report(built): the job sheet shows the same figures as report.json.
// `rendered`: pictures of the piece as the customer saw it, where a renderer drew them (the
// browser always; the CLI with --render), shown under the dimensioned views.
std::string jobsheet_html(const BuiltPiece& built, const spec::Json& report, const std::vector<RenderedView>& rendered = {});

// The piece for the views: its production metal in the alloy's display colour, and its stones.
ViewParts piece_view_parts(const BuiltPiece& built);

}  // namespace facet::jobsheet
