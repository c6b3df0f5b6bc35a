#include "cli/commands.hpp"

#include <cctype>
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
#include "core/spec/share_link.hpp"
#include "cli/batch.hpp"
#include "cli/build_order.hpp"
#include "cli/input.hpp"
#include "cli/render_views.hpp"

namespace facet::cli {
namespace {

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
    "      [--render]                rendered views of the piece in jobsheet.html, drawn by the\n"
    "                                configurator's renderer off screen (EGL; Mesa's llvmpipe)\n"
    "  facet batch SPECS_DIR -o OUT  build every SPECS_DIR/*.json into OUT/<name>/ (as build does),\n"
    "                                continuing past failures, with a progress line and a summary\n"
    "                                (OUT/batch-summary.json); orders already built there with the\n"
    "                                same design_id and spec are skipped; exit 1 if any failed\n"
    "      [-j N]                    orders built at once (default: the machine's cores, at most 8)\n"
    "      [--force] [--shrinkage PCT] as for build, applied to every order\n"
    "  facet render SPEC -o DIR      the piece drawn by the configurator's renderer from three sides\n"
    "                                (DIR/three-quarter.png, front.png, top.png; EGL, as --render)\n"
    "      [--scene]                 also DIR/studio.hdr (the lighting, latitude-longitude) and\n"
    "                                DIR/cameras.json, for drawing the same views in a path tracer\n"
    "      [--light LIGHT]           studio (default) or display_case (a shop counter's case, as the\n"
    "                                configurator's \"Display case\"); --scene is the studio's\n"
    "  facet report SPEC             print the report JSON\n"
    "      build, batch and report take [--prices TABLE.json] [--currency CODE] (default: the example\n"
    "      table shipped with Facet, in its currency)\n"
    "  facet new [--style STYLE]     print a complete default spec for a style: band, solitaire,\n"
    "                                halo, three_stone, eternity, signet, pendant_solitaire,\n"
    "                                pendant_halo, stud\n"
    "  facet share SPEC [--base URL] print a share link carrying the whole design in its #fragment\n"
    "                                (URL: the configurator's page; default http://localhost:8080/)\n"
    "  facet sizes --from SYSTEM VALUE [--json]\n"
    "                                one ring size in every system (iso us uk hk jp cn)\n"
    "\n"
    "SPEC may be - for standard input, or a share link (quote it: ...#design=v1...).\n";

int cmd_validate(const std::vector<std::string>& args) {
  if (args.size() != 1) {
    std::cerr << kUsage;
    return kExitUnreadable;
  }
  spec::ParseResult result;
  const int code = load(args[0], result, std::cerr);
  if (code != kExitOk) return code;
  const std::string source = source_name(args[0]);
  for (const auto& d : unbuilt_features(*result.design)) std::cerr << source << ": note: " << d.to_string() << "\n";
  std::cout << source << ": valid (" << spec::design_id(result.design->piece) << ")\n";
  return code;
}

int cmd_build(const std::vector<std::string>& args) {
  std::string input, out_dir;
  BuildOrderOptions options;
  PricingArgs pricing_args;
  bool args_ok = true;
  for (size_t i = 0; i < args.size(); ++i) {
    if (take_pricing_arg(args, i, pricing_args, args_ok)) continue;
    if ((args[i] == "-o" || args[i] == "--out") && i + 1 < args.size()) out_dir = args[++i];
    else if (args[i] == "--shrinkage" && i + 1 < args.size()) options.shrinkage_pct = args[++i];
    else if (args[i] == "--force") options.force = true;
    else if (args[i] == "--render") options.render = true;
    else if (input.empty()) input = args[i];
    else { std::cerr << kUsage; return kExitUnreadable; }
  }
  if (input.empty() || out_dir.empty()) {
    std::cerr << kUsage;
    return kExitUnreadable;
  }
  if (!args_ok || !finish_pricing(pricing_args)) return kExitInvalid;
  options.report = pricing_args.options;
  spec::Design design;
  if (const int code = load_order(input, options, design, std::cerr); code != kExitOk) return code;
  const OrderOutcome outcome = build_order(source_name(input), design, options, out_dir, std::cerr);
  if (outcome.exit_code != kExitOk) return outcome.exit_code;
  std::cout << "built " << outcome.design_id << " in " << out_dir << ": " << outcome.weight_g << " g " << outcome.alloy
            << ", " << outcome.triangles << " triangles" << (outcome.checks_overridden ? ", checks overridden" : "") << "\n";
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
  if (!args_ok || !finish_pricing(pricing_args)) return kExitInvalid;
  spec::Design design;
  if (const int code = load_order(input, {}, design, std::cerr); code != kExitOk) return code;
  std::cout << report_text(piece_report(build_piece(design), pricing_args.options));
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

int cmd_share(const std::vector<std::string>& args) {
  std::string input, base = "http://localhost:8080/";
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--base" && i + 1 < args.size()) base = args[++i];
    else if (input.empty()) input = args[i];
    else { std::cerr << kUsage; return kExitUnreadable; }
  }
  if (input.empty()) {
    std::cerr << kUsage;
    return kExitUnreadable;
  }
  spec::ParseResult result;
  if (const int code = load(input, result, std::cerr); code != kExitOk) return code;
  std::cout << base.substr(0, base.find('#')) << "#" << spec::share_fragment(*result.design) << "\n";
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

// The job sheet's three rendered views as files: product pictures for a shop, and the renders
// scripts/render_gallery.sh puts in docs/img/.
int cmd_render(const std::vector<std::string>& args) {
  std::string input, out_dir, light = "studio";
  bool with_scene = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o" && i + 1 < args.size()) out_dir = args[++i];
    else if (args[i] == "--scene") with_scene = true;
    else if (args[i] == "--light" && i + 1 < args.size()) light = args[++i];
    else if (input.empty()) input = args[i];
    else { std::cerr << kUsage; return kExitUnreadable; }
  }
  if (input.empty() || out_dir.empty()) {
    std::cerr << kUsage;
    return kExitUnreadable;
  }
  if (light != "studio" && light != "display_case") {
    std::cerr << "facet render: --light \"" << light << "\": must be studio or display_case\n";
    return kExitUnreadable;
  }
  const bool display_case = light == "display_case";
  if (with_scene && display_case) {
    std::cerr << "facet render: --scene describes the studio (the path-traced references' light): leave out --light display_case\n";
    return kExitUnreadable;
  }
  spec::ParseResult result;
  if (const int code = load(input, result, std::cerr); code != kExitOk) return code;
  const std::string source = source_name(input);
  if (const int code = require_buildable(source, *result.design, std::cerr); code != kExitOk) return code;
  std::string error;
  const RenderedScene scene =
      with_scene ? render_scene(*result.design, error) : RenderedScene{render_views(*result.design, error, display_case), {}, {}};
  if (scene.views.empty()) {
    std::cerr << source << ": no rendered views: " << error << "\n";
    return kExitInvalid;
  }
  std::error_code made;
  std::filesystem::create_directories(out_dir, made);
  bool ok = true;
  if (with_scene) {
    ok = write_file(std::filesystem::path(out_dir) / "studio.hdr", scene.studio_hdr, std::cerr) && ok;
    ok = write_file(std::filesystem::path(out_dir) / "cameras.json", scene.cameras_json, std::cerr) && ok;
  }
  for (const RenderedView& view : scene.views) {
    std::string name;
    for (char c : view.name_en) name += c == ' ' ? '-' : char(std::tolower(static_cast<unsigned char>(c)));
    ok = write_file(std::filesystem::path(out_dir) / (name + ".png"), view.png, std::cerr) && ok;
  }
  return ok ? kExitOk : kExitUnreadable;
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
  if (command == "render") return cmd_render(rest);
  if (command == "batch") return cmd_batch(rest, kUsage);
  if (command == "new") return cmd_new(rest);
  if (command == "sizes") return cmd_sizes(rest);
  if (command == "share") return cmd_share(rest);
  std::cerr << "facet: unknown command \"" << command << "\"\n" << kUsage;
  return kExitUnreadable;
}

}  // namespace facet::cli
