#include "cli/build_order.hpp"

#include "cli/render_views.hpp"

namespace facet::cli {

int load_order(const std::string& input, const BuildOrderOptions& options, spec::Design& design, std::ostream& log) {
  spec::ParseResult result;
  if (const int code = load(input, result, log); code != kExitOk) return code;
  if (const int code = require_buildable(source_name(input), *result.design, log); code != kExitOk) return code;
  if (!options.shrinkage_pct.empty() && !apply_shrinkage(options.shrinkage_pct, *result.design, log)) return kExitInvalid;
  design = std::move(*result.design);
  return kExitOk;
}

OrderOutcome build_order(const std::string& source, const spec::Design& design, const BuildOrderOptions& options,
                         const std::filesystem::path& out_dir, std::ostream& log) {
  OrderOutcome outcome;
  BuiltPiece built = build_piece(design);
  const std::vector<checks::Check> failed = failed_checks(built);
  for (const checks::Check& c : failed) {
    log << source << ": " << (options.force ? "warning" : "error") << ": check " << c.rule << " fails: " << c.message << "\n";
  }
  if (!failed.empty() && !options.force) {
    log << "facet: nothing written; a caster would refuse this piece (--force builds it anyway, marked as overridden)\n";
    outcome.exit_code = kExitInvalid;
    return outcome;
  }
  built.checks_overridden = !failed.empty();

  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) {
    log << "facet: cannot create " << out_dir.string() << ": " << ec.message() << "\n";
    outcome.exit_code = kExitUnreadable;
    return outcome;
  }
  const spec::Json report = piece_report(built, options.report);
  std::vector<RenderedView> rendered;
  if (options.render) {
    std::string error;
    rendered = render_views(design, error);
    // The drawings carry every measure: without a GL the package is still complete.
    if (rendered.empty()) log << source << ": warning: no rendered views in the job sheet: " << error << "\n";
  }
  bool ok = true;
  for (const PackageFile& file : factory_package(built, report, rendered)) ok = ok && write_file(out_dir / file.name, file.bytes, log);
  if (!ok) {
    outcome.exit_code = kExitUnreadable;
    return outcome;
  }
  outcome.design_id = report["design_id"].get<std::string>();
  outcome.alloy = report["metal"]["alloy"].get<std::string>();
  outcome.weight_g = report["metal"]["weight_g"].get<double>();
  outcome.triangles = built.metal.triangle_count();
  outcome.checks_overridden = built.checks_overridden;
  return outcome;
}

}  // namespace facet::cli
