// What the CLI's commands share: reading a spec file, printing its diagnostics, the pricing options
// of build/report/batch, and writing files. Every message goes to the stream given, so `facet batch`
// can collect each order's messages while several orders build at once.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/facet_core.hpp"
#include "core/pricing/price_table.hpp"
#include "core/spec/spec_io.hpp"

namespace facet::cli {

constexpr int kExitOk = 0;
constexpr int kExitInvalid = 1;
constexpr int kExitUnreadable = 2;

// Reads a spec file (or standard input for "-"), at most one byte past the spec size limit so the
// parser can name the size itself. False, with `problem` set, when there is nothing to read.
bool read_input(const std::string& path, std::string& text, std::string& problem);

// Loads and validates, printing problems prefixed with `source`. A `path` that is no file but a
// share link (".../#design=v1...") is read from the link itself. Returns the exit code to use when
// there is no design (kExitOk when result.design is set).
int load(const std::string& path, spec::ParseResult& result, std::ostream& log);
bool names_share_link(const std::string& path);
// What messages call the input: its path, or "share link".
std::string source_name(const std::string& path);

// build, report and batch need a design this version can build; validate only notes what it cannot.
int require_buildable(const std::string& source, const spec::Design& design, std::ostream& log);

// --prices TABLE.json and --currency CODE, shared by build, report and batch.
struct PricingArgs {
  std::optional<pricing::PriceTable> table;
  ReportOptions options;
};
// True when args[i] was a pricing option (consumed, with its value); `ok` turns false (after
// printing why) when its value is bad.
bool take_pricing_arg(const std::vector<std::string>& args, size_t& i, PricingArgs& out, bool& ok);
// Points the options at the loaded table and checks the currency; prints why not.
bool finish_pricing(PricingArgs& pricing_args);

// A command-line value as the JSON a spec would hold: a number if it reads as one, else the text
// (which the spec's rules then refuse by name).
spec::Json number_or_text(const std::string& text);

// --shrinkage PCT: written into the spec's production.shrinkage_pct and judged by the spec's own
// rule, so the error names the same path a spec author would see.
bool apply_shrinkage(const std::string& pct_text, spec::Design& design, std::ostream& log);

bool write_file(const std::filesystem::path& path, const std::string& bytes, std::ostream& log);

}  // namespace facet::cli
