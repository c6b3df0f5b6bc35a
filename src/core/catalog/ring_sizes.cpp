#include "core/catalog/ring_sizes.hpp"

#include <array>
#include <cmath>

#include "core/math/det_math.hpp"

namespace facet::catalog {
namespace {

constexpr double kPi = detmath::kPi;
constexpr double kMmPerInch = 25.4;

// US / Canada: inner diameter (inch) = 0.458 + 0.0325 * n.
constexpr double kUsBaseInch = 0.458;
constexpr double kUsStepInch = 0.0325;

// Hong Kong (港度): published table points (size, circumference mm); about 1.1 mm a step between
// them. Sizes between points are interpolated, sizes outside extrapolated at 1.1 mm a step.
struct TablePoint {
  double size;
  double circumference_mm;
};
constexpr std::array<TablePoint, 6> kHongKong = {
    {{6, 44.3}, {10, 48.7}, {14, 53.1}, {18, 57.5}, {22, 61.9}, {25, 65.3}}};
constexpr double kHongKongStepMm = 1.1;

double hk_to_circumference(double size) {
  if (size <= kHongKong.front().size)
    return kHongKong.front().circumference_mm - (kHongKong.front().size - size) * kHongKongStepMm;
  if (size >= kHongKong.back().size)
    return kHongKong.back().circumference_mm + (size - kHongKong.back().size) * kHongKongStepMm;
  for (size_t i = 1; i < kHongKong.size(); ++i) {
    const TablePoint& a = kHongKong[i - 1];
    const TablePoint& b = kHongKong[i];
    if (size <= b.size) {
      const double t = (size - a.size) / (b.size - a.size);
      return a.circumference_mm + t * (b.circumference_mm - a.circumference_mm);
    }
  }
  return kHongKong.back().circumference_mm;
}

double circumference_to_hk(double circumference_mm) {
  // The table is monotonic: invert it piecewise.
  const auto& first = kHongKong.front();
  const auto& last = kHongKong.back();
  if (circumference_mm <= first.circumference_mm)
    return first.size - (first.circumference_mm - circumference_mm) / kHongKongStepMm;
  if (circumference_mm >= last.circumference_mm)
    return last.size + (circumference_mm - last.circumference_mm) / kHongKongStepMm;
  for (size_t i = 1; i < kHongKong.size(); ++i) {
    const TablePoint& a = kHongKong[i - 1];
    const TablePoint& b = kHongKong[i];
    if (circumference_mm <= b.circumference_mm) {
      const double t = (circumference_mm - a.circumference_mm) / (b.circumference_mm - a.circumference_mm);
      return a.size + t * (b.size - a.size);
    }
  }
  return last.size;
}

double round_to(double value, double step) { return std::round(value / step) * step; }

}  // namespace

std::optional<SizeSystem> parse_size_system(std::string_view name) {
  if (name == "iso") return SizeSystem::iso;
  if (name == "us") return SizeSystem::us;
  if (name == "uk") return SizeSystem::uk;
  if (name == "hk") return SizeSystem::hk;
  if (name == "jp") return SizeSystem::jp;
  if (name == "cn") return SizeSystem::cn;
  return std::nullopt;
}

std::string_view size_system_name(SizeSystem system) {
  switch (system) {
    case SizeSystem::iso: return "iso";
    case SizeSystem::us: return "us";
    case SizeSystem::uk: return "uk";
    case SizeSystem::hk: return "hk";
    case SizeSystem::jp: return "jp";
    case SizeSystem::cn: return "cn";
  }
  return "iso";
}

double circumference_from_size(SizeSystem system, double value) {
  switch (system) {
    case SizeSystem::iso: return value;
    case SizeSystem::us: return kPi * kMmPerInch * (kUsBaseInch + kUsStepInch * value);
    // Japan (JIS S 4700): inner diameter mm = (n + 38) / 3.
    case SizeSystem::jp: return kPi * (value + 38.0) / 3.0;
    // Mainland 号: published tables conflict; the facts file says treat as Hong Kong.
    case SizeSystem::hk:
    case SizeSystem::cn: return hk_to_circumference(value);
    case SizeSystem::uk: break;  // letters: not numeric
  }
  return value;
}

double size_from_circumference(SizeSystem system, double circumference_mm) {
  switch (system) {
    case SizeSystem::iso: return round_to(circumference_mm, 0.1);
    case SizeSystem::us:
      return round_to((circumference_mm / (kPi * kMmPerInch) - kUsBaseInch) / kUsStepInch, 0.25);
    case SizeSystem::jp: return std::round(circumference_mm * 3.0 / kPi - 38.0);
    case SizeSystem::hk:
    case SizeSystem::cn: return std::round(circumference_to_hk(circumference_mm));
    case SizeSystem::uk: break;
  }
  return circumference_mm;
}

bool is_size_step(SizeSystem system, double value) {
  switch (system) {
    case SizeSystem::iso: return true;
    case SizeSystem::us: return value * 4.0 == std::floor(value * 4.0);
    case SizeSystem::hk:
    case SizeSystem::jp:
    case SizeSystem::cn: return value == std::floor(value);
    case SizeSystem::uk: return false;
  }
  return false;
}

double diameter_from_circumference(double circumference_mm) { return circumference_mm / kPi; }

}  // namespace facet::catalog
