// libFuzzer target for the design spec parser: any bytes must give a verdict, never a crash, and a
// design that is accepted must survive its own round trip (normalise, parse again: same text, same
// id), come back from its own share link unchanged, and build a closed preview mesh. The same bytes
// read as a share link must get a verdict too.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/facet_core.hpp"
#include "core/geometry/mesh.hpp"
#include "core/spec/share_link.hpp"

namespace {

void require(bool condition) {
  if (!condition) std::abort();  // libFuzzer reports the input that got here
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const facet::spec::ParseResult as_link = facet::spec::parse_share_link(text);
  require(as_link.status == facet::spec::ParseStatus::ok || !as_link.diagnostics.errors.empty());

  const facet::spec::ParseResult result = facet::spec::parse_design(text);
  require((result.status == facet::spec::ParseStatus::ok) == result.design.has_value());
  require(result.status == facet::spec::ParseStatus::ok || !result.diagnostics.errors.empty());
  for (const auto& d : result.diagnostics.errors) (void)d.to_string();
  if (result.status != facet::spec::ParseStatus::ok) return 0;

  const std::string normalised = facet::normalised_spec_text(*result.design);
  const facet::spec::ParseResult again = facet::spec::parse_design(normalised);
  require(again.status == facet::spec::ParseStatus::ok);
  require(facet::normalised_spec_text(*again.design) == normalised);
  require(facet::spec::design_id(again.design->piece) == facet::spec::design_id(result.design->piece));
  const facet::spec::ParseResult shared = facet::spec::parse_share_link(facet::spec::share_fragment(*result.design));
  require(shared.status == facet::spec::ParseStatus::ok && facet::normalised_spec_text(*shared.design) == normalised);

  if (!facet::unbuilt_features(*result.design).empty()) return 0;
  const facet::geometry::Mesh preview = facet::build_preview_metal(*result.design);
  require(facet::geometry::check_topology(preview).closed_and_oriented());
  require(facet::geometry::signed_volume_mm3(preview) > 0.0);
  return 0;
}
