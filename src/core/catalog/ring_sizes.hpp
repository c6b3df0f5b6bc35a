// Ring size systems, converted through the ISO 8653 inner circumference in mm (the canonical value).
// Definitions and tables: ../shared/reference/jewelry-facts.md, "Ring sizes".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace facet::catalog {

enum class SizeSystem { iso, us, uk, hk, jp, cn };

std::optional<SizeSystem> parse_size_system(std::string_view name);
std::string_view size_system_name(SizeSystem system);

// Range of inner circumferences we accept: a little beyond the 41..76 mm ring sticks.
inline constexpr double kMinCircumferenceMm = 38.0;
inline constexpr double kMaxCircumferenceMm = 80.0;

// Inner circumference in mm for a numeric size in `system` (not uk). No range check.
double circumference_from_size(SizeSystem system, double value);
// Nearest size in `system` for a circumference: us in quarter sizes, iso to 0.1 mm,
// hk / jp / cn as whole numbers.
double size_from_circumference(SizeSystem system, double circumference_mm);
// Whether `value` is a size the system actually has (quarter sizes for us, integers for hk/jp/cn).
bool is_size_step(SizeSystem system, double value);

double diameter_from_circumference(double circumference_mm);

}  // namespace facet::catalog
