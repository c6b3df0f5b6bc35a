#include "cli/input.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/spec/share_link.hpp"

namespace facet::cli {

bool read_input(const std::string& path, std::string& text, std::string& problem) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    text = buffer.str();
    return true;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    problem = path + ": is a directory, not a design spec";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problem = path + ": cannot be read";
    return false;
  }
  text.resize(spec::kMaxSpecBytes + 1);
  in.read(text.data(), std::streamsize(text.size()));
  text.resize(size_t(in.gcount()));
  return true;
}

namespace {
void print_diagnostics(const std::string& source, const spec::Diagnostics& diagnostics, std::ostream& log) {
  for (const auto& d : diagnostics.errors) log << source << ": error: " << d.to_string() << "\n";
  for (const auto& d : diagnostics.warnings) log << source << ": warning: " << d.to_string() << "\n";
}
}  // namespace

bool names_share_link(const std::string& path) {
  std::error_code ec;
  return path != "-" && spec::is_share_link(path) && !std::filesystem::exists(path, ec);
}

std::string source_name(const std::string& path) { return names_share_link(path) ? "share link" : path; }

int load(const std::string& path, spec::ParseResult& result, std::ostream& log) {
  std::string text, problem;
  if (names_share_link(path)) {
    result = spec::parse_share_link(path);
    print_diagnostics("share link", result.diagnostics, log);
  } else if (!read_input(path, text, problem)) {
    log << "facet: " << problem << "\n";
    return kExitUnreadable;
  } else {
    result = spec::parse_design(text);
    print_diagnostics(path, result.diagnostics, log);
  }
  if (result.status == spec::ParseStatus::unreadable) return kExitUnreadable;
  if (result.status == spec::ParseStatus::invalid) return kExitInvalid;
  return kExitOk;
}

int require_buildable(const std::string& source, const spec::Design& design, std::ostream& log) {
  const auto unbuilt = unbuilt_features(design);
  for (const auto& d : unbuilt) log << source << ": error: " << d.to_string() << "\n";
  return unbuilt.empty() ? kExitOk : kExitInvalid;
}

bool take_pricing_arg(const std::vector<std::string>& args, size_t& i, PricingArgs& out, bool& ok) {
  if (args[i] == "--currency" && i + 1 < args.size()) {
    out.options.currency = args[++i];
    return true;
  }
  if (args[i] == "--prices" && i + 1 < args.size()) {
    const std::string path = args[++i];
    std::string text, problem;
    if (!read_input(path, text, problem)) {
      std::cerr << "facet: " << problem << "\n";
      ok = false;
      return true;
    }
    pricing::PriceTableResult parsed = pricing::parse_price_table(text);
    for (const auto& d : parsed.diagnostics.errors) std::cerr << path << ": error: " << d.to_string() << "\n";
    if (!parsed.table) {
      ok = false;
      return true;
    }
    out.table = std::move(parsed.table);
    return true;
  }
  return false;
}

bool finish_pricing(PricingArgs& pricing_args) {
  if (pricing_args.table) pricing_args.options.prices = &*pricing_args.table;
  const std::string problem = check_currency(pricing_args.options);
  if (!problem.empty()) std::cerr << "facet: --currency " << pricing_args.options.currency << ": " << problem << "\n";
  return problem.empty();
}

spec::Json number_or_text(const std::string& text) {
  char* end = nullptr;
  const double number = std::strtod(text.c_str(), &end);
  return end != text.c_str() && *end == '\0' ? spec::Json(number) : spec::Json(text);
}

bool apply_shrinkage(const std::string& pct_text, spec::Design& design, std::ostream& log) {
  spec::Json json = spec::design_to_json(design);
  json.erase("design_id");
  json["production"]["shrinkage_pct"] = number_or_text(pct_text);
  const spec::ParseResult parsed = spec::parse_design(json.dump());
  for (const auto& d : parsed.diagnostics.errors) log << "facet: --shrinkage " << pct_text << ": " << d.to_string() << "\n";
  if (parsed.status != spec::ParseStatus::ok) return false;
  design = *parsed.design;
  return true;
}

bool write_file(const std::filesystem::path& path, const std::string& bytes, std::ostream& log) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), std::streamsize(bytes.size()));
  out.close();
  if (!out) {
    log << "facet: cannot write " << path.string() << "\n";
    return false;
  }
  return true;
}

}  // namespace facet::cli
