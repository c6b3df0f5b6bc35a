// The core's front door: from spec text to a built piece, its report and its files. Used by the
// CLI and the browser alike, so the same spec gives the same bytes in both.
#pragma once

#include <string>
#include <vector>
#include <string_view>

#include "core/checks/checks.hpp"
#include "core/geometry/dimensions.hpp"
#include "core/geometry/head.hpp"
#include "core/geometry/mesh.hpp"
#include "core/pricing/price_table.hpp"
#include "core/spec/spec_io.hpp"

namespace facet {

struct BuiltPiece {
  spec::Design design;
  geometry::Mesh metal;  // production mesh: one closed, outward shell with the seats cut
  std::vector<geometry::PlacedStone> stones;  // each a closed mesh, placed in its seat
  std::vector<checks::Check> checks;          // manufacturability, measured on the model and the mesh
  // Set by whoever exports despite failing checks (`facet build --force`): the 3MF and the job
  // sheet then say so.
  bool checks_overridden = false;
};

// Failing checks (status fail) of a built piece: what `facet build` refuses without --force.
std::vector<checks::Check> failed_checks(const BuiltPiece& built);
// The casting allowance of the spec's production.shrinkage_pct (0 when absent), as a scale factor
// for the metal model: 1 + pct / 100.
double metal_scale(const spec::Design& design);
// The metal as exported for printing: the production mesh scaled by metal_scale() about the ring's
// centre (seats included; stones are set after casting, so they keep their size).
geometry::Mesh exported_metal(const BuiltPiece& built);
// "0% (not compensated)" or "1.5% (metal scaled by 1.015, stones not)": the 3MF, report and job sheet.
std::string shrinkage_text(const spec::Design& design);
// meta.title, or "Facet <style> <type>": the title of the 3MF, the GLB and the job sheet.
std::string piece_title(const spec::Design& design);

// What this version cannot build yet (a valid v1 design may ask for it), each with its path:
// ring styles other than band, solitaire, three_stone and halo; pendants other than one stone in
// a bezel on a fixed bail; earrings other than a stud of one stone in prongs; stone groups and
// engraving the kernel cannot place. build_piece() needs this to be empty.
std::vector<spec::Diagnostic> unbuilt_features(const spec::Design& design);

// Needs unbuilt_features(design) to be empty; otherwise the metal mesh comes back empty.
BuiltPiece build_piece(const spec::Design& design);
// A lighter mesh of the same metal for the renderer, rebuilt on every parameter change.
geometry::Mesh build_preview_metal(const spec::Design& design);
// What the renderer shows: that lighter metal and the stones, placed as in the production model,
// from one model build.
struct PreviewPiece {
  geometry::Mesh metal;
  std::vector<geometry::PlacedStone> stones;
  std::vector<geometry::EngravingDecal> engravings;  // every ring engraving, drawn on the metal
  std::vector<geometry::DimensionLine> dimensions;   // what the panel's "Dimensions" draws on it
  bool centre_on_closed_back = false;  // stones[0] sits on a closed metal back (no light from behind)
};
PreviewPiece build_preview(const spec::Design& design);

// How the report prices the piece.
struct ReportOptions {
  const pricing::PriceTable* prices = nullptr;  // nullptr: the example table shipped in assets/
  std::string currency;                         // empty: the table's own
};

// The report (report.json). A currency the table cannot convert to leaves `price` out and says
// why in `price_error`; check_currency() tells in advance.
spec::Json piece_report(const BuiltPiece& built, const ReportOptions& options = {});
// Empty when `options` can price in its currency, else the reason.
std::string check_currency(const ReportOptions& options);
std::string normalised_spec_text(const spec::Design& design);  // pretty JSON, ends with a newline
std::string metal_stl(const BuiltPiece& built);
// Each set stone as its own closed mesh, placed in its seat. Precondition: index < stones.size().
std::string stone_stl(const BuiltPiece& built, size_t index);
std::string stone_file_name(const BuiltPiece& built, size_t index);  // "stone-<id>.stl", id made file-safe
// Every set stone in one STL (stones.stl), each a closed shell in its seat.
std::string stones_stl(const BuiltPiece& built);
// piece.3mf: the metal and each stone as objects with base materials named after the alloy and the
// gem, in millimetres, with the spec's title, designer, copyright and date and facet:DesignId,
// Alloy, FinenessMark, RingSizeISO, Shrinkage, MetalWeightG and Checks.
std::string piece_3mf(const BuiltPiece& built);
// piece.glb: the same parts in metres for web shops and AR viewers: the metal as PBR metal with the
// renderer's colour and roughness, each stone a transmissive volume (ior, dispersion, absorption),
// design_id, alloy and fineness mark in the extras.
std::string piece_glb(const BuiltPiece& built);

// The factory package: every file `facet build` writes, named as written: spec.json, metal.stl,
// stones.stl and stone-*.stl (with stones), piece.3mf, piece.glb, jobsheet.html, report.json. The browser zips the
// same list.
struct PackageFile {
  std::string name;
  std::string bytes;
};
// A picture of the piece from the renderer, for the job sheet (the core draws none itself).
struct RenderedView {
  std::string name_zh, name_en;
  std::string png;
};
// `report` is piece_report(built, ...): the caller has it already (the CLI prints from it, the
// browser caches it). `rendered` goes into the job sheet; every other file is the same with or
// without it.
std::vector<PackageFile> factory_package(const BuiltPiece& built, const spec::Json& report, const std::vector<RenderedView>& rendered = {});
// The files as one ZIP, in a folder named after the design (the browser's "Export for factory").
std::string package_zip(const std::vector<PackageFile>& files, std::string_view folder);
std::string report_text(const spec::Json& report);  // report.json's bytes: pretty, newline-ended

}  // namespace facet
