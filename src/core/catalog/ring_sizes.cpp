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

// UK / Australia (letters): jewelry-facts.md gives about 1.25 mm of circumference a letter with
// A at about 37.8 mm; published tables disagree by up to ~0.5 mm. This rule reproduces
// US 7 (54.7 mm) = N1/2.
constexpr double kUkBaseMm = 37.8;
constexpr double kUkStepMm = 1.25;
constexpr int kUkLastLetter = 25;  // Z

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

SizeEquivalents size_equivalents(double circumference_mm) {
  const double c = circumference_mm;
  return SizeEquivalents{
      round_to(c, 0.1),
      std::round(diameter_from_circumference(c) * 100.0) / 100.0,
      size_from_circumference(SizeSystem::us, c),
      uk_size_from_circumference(c),
      size_from_circumference(SizeSystem::hk, c),
      size_from_circumference(SizeSystem::jp, c),
      size_from_circumference(SizeSystem::cn, c),
  };
}

std::optional<double> parse_uk_size(std::string_view text) {
  auto trim = [](std::string_view t) {
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    return t;
  };
  text = trim(text);
  if (text.empty()) return std::nullopt;
  const char letter = text.front();
  const char upper = (letter >= 'a' && letter <= 'z') ? char(letter - 'a' + 'A') : letter;
  if (upper < 'A' || upper > 'Z') return std::nullopt;
  double index = upper - 'A';
  text = trim(text.substr(1));
  if (upper == 'Z' && !text.empty() && text.front() == '+') {
    text = trim(text.substr(1));
    int extra = 0;
    size_t digits = 0;
    while (digits < text.size() && digits < 2 && text[digits] >= '0' && text[digits] <= '9') {
      extra = extra * 10 + (text[digits] - '0');
      ++digits;
    }
    if (digits == 0 || extra == 0) return std::nullopt;
    index += extra;
    text = trim(text.substr(digits));
  }
  if (text == "1/2" || text == "\xC2\xBD") {  // "1/2" or "½"
    index += 0.5;
  } else if (!text.empty()) {
    return std::nullopt;
  }
  return index;
}

std::string format_uk_size(double index) {
  const int whole = int(std::floor(index));
  const bool half = index - whole >= 0.5;
  std::string out;
  if (whole <= kUkLastLetter) {
    out = std::string(1, char('A' + std::max(0, whole)));
    if (half) out += "1/2";
  } else {
    out = "Z+" + std::to_string(whole - kUkLastLetter);
    if (half) out += " 1/2";
  }
  return out;
}

double uk_circumference(double index) { return kUkBaseMm + kUkStepMm * index; }

std::string uk_size_from_circumference(double circumference_mm) {
  const double index = std::max(0.0, round_to((circumference_mm - kUkBaseMm) / kUkStepMm, 0.5));
  return format_uk_size(index);
}

}  // namespace facet::catalog
