#include "cli/commands.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "core/catalog/ring_sizes.hpp"
#include "core/facet_core.hpp"
#include "core/pricing/price_table.hpp"

namespace facet::cli {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitInvalid = 1;
constexpr int kExitUnreadable = 2;

const char* kUsage =
    "usage: facet <command> [options]\n"
    "\n"
    "  facet validate SPEC           check a design spec; exit 0 valid, 1 invalid, 2 unreadable\n"
    "  facet build SPEC -o DIR       write DIR/spec.json, metal.stl, stones.stl, stone-ID.stl for\n"
    "                                each set stone, piece.3mf, piece.glb and report.json;\n"
    "                                exit 1 (nothing written) when a manufacturability check fails\n"
    "      [--force]                 build despite failing checks, marked as overridden\n"
    "      [--shrinkage PCT]         scale the metal for casting shrinkage (0-10 %; the spec's\n"
    "                                production.shrinkage_pct); stones keep their size\n"
    "  facet report SPEC             print the report JSON\n"
    "      build and report take [--prices TABLE.json] [--currency CODE] (default: the example\n"
    "      table shipped with Facet, in its currency)\n"
    "  facet new [--style STYLE]     print a complete default spec for a style: band, solitaire,\n"
    "                                halo, three_stone, eternity, signet, pendant_solitaire,\n"
    "                                pendant_halo, stud\n"
    "  facet sizes --from SYSTEM VALUE [--json]\n"
    "                                one ring size in every system (iso us uk hk jp cn)\n"
    "\n"
    "SPEC may be - for standard input.\n";

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
  // Read at most one byte past the limit: the parser reports the size itself.
  text.resize(spec::kMaxSpecBytes + 1);
  in.read(text.data(), std::streamsize(text.size()));
  text.resize(size_t(in.gcount()));
  return true;
}

void print_diagnostics(const std::string& source, const spec::Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.errors) std::cerr << source << ": error: " << d.to_string() << "\n";
  for (const auto& d : diagnostics.warnings) std::cerr << source << ": warning: " << d.to_string() << "\n";
}

// Loads and validates; prints problems. Returns the exit code to use when there is no design.
int load(const std::string& path, spec::ParseResult& result) {
  std::string text, problem;
  if (!read_input(path, text, problem)) {
    std::cerr << "facet: " << problem << "\n";
    return kExitUnreadable;
  }
  result = spec::parse_design(text);
  print_diagnostics(path, result.diagnostics);
  if (result.status == spec::ParseStatus::unreadable) return kExitUnreadable;
  if (result.status == spec::ParseStatus::invalid) return kExitInvalid;
  return kExitOk;
}

// build and report need a design this version can build; validate only notes what it cannot.
int require_buildable(const std::string& source, const spec::Design& design) {
  const auto unbuilt = unbuilt_features(design);
  for (const auto& d : unbuilt) std::cerr << source << ": error: " << d.to_string() << "\n";
  return unbuilt.empty() ? kExitOk : kExitInvalid;
}

// Pricing options shared by build and report. Returns false (after printing why) on bad input.
struct PricingArgs {
  std::optional<pricing::PriceTable> table;
  ReportOptions options;
};

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

// Points the options at the loaded table and checks the currency; prints why not.
bool finish_pricing(PricingArgs& pricing_args) {
  if (pricing_args.table) pricing_args.options.prices = &*pricing_args.table;
  const std::string problem = check_currency(pricing_args.options);
  if (!problem.empty()) std::cerr << "facet: --currency " << pricing_args.options.currency << ": " << problem << "\n";
  return problem.empty();
}

// What build and report share: their pricing options hold, and SPEC is a design this version can
// build. Returns the exit code to stop with, or kExitOk.
int load_for_building(const std::string& input, bool args_ok, PricingArgs& pricing_args, spec::ParseResult& result) {
  if (!args_ok || !finish_pricing(pricing_args)) return kExitInvalid;
  if (const int code = load(input, result); code != kExitOk) return code;
  return require_buildable(input, *result.design);
}

bool write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), std::streamsize(bytes.size()));
  out.close();
  if (!out) {
    std::cerr << "facet: cannot write " << path.string() << "\n";
    return false;
  }
  return true;
}

int cmd_validate(const std::vector<std::string>& args) {
  if (args.size() != 1) {
    std::cerr << kUsage;
    return kExitUnreadable;
  }
  spec::ParseResult result;
  const int code = load(args[0], result);
  if (code != kExitOk) return code;
  for (const auto& d : unbuilt_features(*result.design)) std::cerr << args[0] << ": note: " << d.to_string() << "\n";
  std::cout << args[0] << ": valid (" << spec::design_id(result.design->piece) << ")\n";
  return code;
}

// A command-line value as the JSON a spec would hold: a number if it reads as one, else the text
// (which the spec's rules then refuse by name).
spec::Json number_or_text(const std::string& text) {
  char* end = nullptr;
  const double number = std::strtod(text.c_str(), &end);
  return end != text.c_str() && *end == '\0' ? spec::Json(number) : spec::Json(text);
}

// --shrinkage PCT: written into the spec's production.shrinkage_pct and judged by the spec's own
// rule, so the error names the same path a spec author would see.
bool apply_shrinkage(const std::string& pct_text, spec::Design& design) {
  spec::Json json = spec::design_to_json(design);
  json.erase("design_id");
  json["production"]["shrinkage_pct"] = number_or_text(pct_text);
  const spec::ParseResult parsed = spec::parse_design(json.dump());
  for (const auto& d : parsed.diagnostics.errors) std::cerr << "facet: --shrinkage " << pct_text << ": " << d.to_string() << "\n";
  if (parsed.status != spec::ParseStatus::ok) return false;
  design = *parsed.design;
  return true;
}

int cmd_build(const std::vector<std::string>& args) {
  std::string input, out_dir, shrinkage;
  bool force = false;
  PricingArgs pricing_args;
  bool args_ok = true;
  for (size_t i = 0; i < args.size(); ++i) {
    if (take_pricing_arg(args, i, pricing_args, args_ok)) continue;
    if ((args[i] == "-o" || args[i] == "--out") && i + 1 < args.size()) out_dir = args[++i];
    else if (args[i] == "--shrinkage" && i + 1 < args.size()) shrinkage = args[++i];
    else if (args[i] == "--force") force = true;
    else if (input.empty()) input = args[i];
    else { std::cerr << kUsage; return kExitUnreadable; }
  }
  if (input.empty() || out_dir.empty()) {
    std::cerr << kUsage;
    return kExitUnreadable;
  }
  spec::ParseResult result;
  if (const int code = load_for_building(input, args_ok, pricing_args, result); code != kExitOk) return code;
  if (!shrinkage.empty() && !apply_shrinkage(shrinkage, *result.design)) return kExitInvalid;

  BuiltPiece built = build_piece(*result.design);
  const std::vector<checks::Check> failed = failed_checks(built);
  for (const checks::Check& c : failed) std::cerr << input << ": " << (force ? "warning" : "error") << ": check " << c.rule << " fails: " << c.message << "\n";
  if (!failed.empty() && !force) {
    std::cerr << "facet: nothing written; a caster would refuse this piece (--force builds it anyway, marked as overridden)\n";
    return kExitInvalid;
  }
  built.checks_overridden = !failed.empty();

  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) {
    std::cerr << "facet: cannot create " << out_dir << ": " << ec.message() << "\n";
    return kExitUnreadable;
  }
  const std::filesystem::path dir(out_dir);
  const spec::Json report = piece_report(built, pricing_args.options);
  bool ok = true;
  for (const PackageFile& file : factory_package(built, report)) ok = ok && write_file(dir / file.name, file.bytes);
  if (!ok) return kExitUnreadable;
  std::cout << "built " << report["design_id"].get<std::string>() << " in " << out_dir << ": "
            << report["metal"]["weight_g"].get<double>() << " g " << report["metal"]["alloy"].get<std::string>()
            << ", " << built.metal.triangle_count() << " triangles" << (built.checks_overridden ? ", checks overridden" : "") << "\n";
  return kExitOk;
}

int cmd_report(const std::vector<std::string>& args) {
  std::string input;
  PricingArgs pricing_args;
  bool args_ok = true;
  for (size_t i = 0; i < args.size(); ++i) {
    if (take_pricing_arg(args, i, pricing_args, args_ok)) continue;
    if (input.empty()) input = args[i];
    else { std::cerr << kUsage; return kExitUnreadable; }
  }
  if (input.empty()) {
    std::cerr << kUsage;
    return kExitUnreadable;
  }
  spec::ParseResult result;
  if (const int code = load_for_building(input, args_ok, pricing_args, result); code != kExitOk) return code;
  std::cout << report_text(piece_report(build_piece(*result.design), pricing_args.options));
  return kExitOk;
}

int cmd_new(const std::vector<std::string>& args) {
  std::string style = "band";
  if (args.size() == 2 && args[0] == "--style") style = args[1];
  else if (!args.empty()) { std::cerr << kUsage; return kExitUnreadable; }
  auto design = spec::default_design(style);
  if (!design) {
    std::cerr << "facet: \"" << style << "\" is not a style Facet knows\n";
    return kExitInvalid;
  }
  std::cout << normalised_spec_text(*design);
  return kExitOk;
}

int cmd_sizes(const std::vector<std::string>& args) {
  std::string system_name, value;
  bool json = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--from" && i + 2 < args.size()) {
      system_name = args[i + 1];
      value = args[i + 2];
      i += 2;
    } else if (args[i] == "--json") {
      json = true;
    } else {
      std::cerr << kUsage;
      return kExitUnreadable;
    }
  }
  if (system_name.empty()) {
    std::cerr << kUsage;
    return kExitUnreadable;
  }
  // The same rules as piece.size in a spec: build a one-key size object and let the parser judge.
  spec::Json size = {{"system", system_name}};
  size["value"] = system_name == "uk" ? spec::Json(value) : number_or_text(value);
  spec::Json design = spec::design_to_json(*spec::default_design("band"));
  design.erase("design_id");
  design["piece"]["size"] = size;
  const spec::ParseResult parsed = spec::parse_design(design.dump());
  if (parsed.status != spec::ParseStatus::ok) {
    for (const auto& d : parsed.diagnostics.errors) {
      std::cerr << "facet: --from " << system_name << " " << value << ": " << d.rule << "\n";
    }
    return kExitInvalid;
  }
  const catalog::SizeEquivalents e = catalog::size_equivalents(parsed.design->piece.size->circumference_mm);
  nlohmann::ordered_json out = {{"iso_mm", e.iso_mm}, {"us", spec::number_json(e.us)}, {"uk", e.uk},
                                {"hk", spec::number_json(e.hk)}, {"jp", spec::number_json(e.jp)},
                                {"cn", spec::number_json(e.cn)}, {"diameter_mm", e.diameter_mm}};
  if (json) {
    std::cout << out.dump() << "\n";
  } else {
    std::printf("ISO %.1f mm around, %.2f mm across | US %g | UK %s | HK %g | JP %g | CN %g\n", e.iso_mm, e.diameter_mm,
                e.us, e.uk.c_str(), e.hk, e.jp, e.cn);
  }
  return kExitOk;
}

}  // namespace

int run(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    std::cout << kUsage;
    return args.empty() ? kExitUnreadable : kExitOk;
  }
  const std::string command = args[0];
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "validate") return cmd_validate(rest);
  if (command == "build") return cmd_build(rest);
  if (command == "report") return cmd_report(rest);
  if (command == "new") return cmd_new(rest);
  if (command == "sizes") return cmd_sizes(rest);
  std::cerr << "facet: unknown command \"" << command << "\"\n" << kUsage;
  return kExitUnreadable;
}

}  // namespace facet::cli
