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

// Range of inner circumferences we accept: US 0 (36.5 mm) and UK A (37.8 mm) up to beyond the
// 76 mm end of the ring sticks.
inline constexpr double kMinCircumferenceMm = 36.0;
inline constexpr double kMaxCircumferenceMm = 80.0;

// Inner circumference in mm for a numeric size in `system` (not uk). No range check.
double circumference_from_size(SizeSystem system, double value);
// Nearest size in `system` for a circumference: us in quarter sizes, iso to 0.1 mm,
// hk / jp / cn as whole numbers.
double size_from_circumference(SizeSystem system, double circumference_mm);
// Whether `value` is a size the system actually has (quarter sizes for us, integers for hk/jp/cn).
bool is_size_step(SizeSystem system, double value);

double diameter_from_circumference(double circumference_mm);

// One finger size in every system: the nearest size of each.
struct SizeEquivalents {
  double iso_mm;       // inner circumference, 0.1 mm
  double diameter_mm;  // inner diameter, 0.01 mm
  double us;           // quarter sizes
  std::string uk;      // letters and halves
  double hk, jp, cn;   // whole numbers
};
SizeEquivalents size_equivalents(double circumference_mm);

// UK / Australian letter sizes: "A" .. "Z", halves as "N1/2" (also read: "N 1/2", "N½"), and past Z
// "Z+1", "Z+1 1/2". The index counts letters from A = 0 in steps of 0.5 (Z+1 = 26).
std::optional<double> parse_uk_size(std::string_view text);
std::string format_uk_size(double index);
double uk_circumference(double index);
// Nearest UK size, as text.
std::string uk_size_from_circumference(double circumference_mm);

}  // namespace facet::catalog
