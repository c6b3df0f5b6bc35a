// Share links: the whole design in a URL fragment, `#design=v1.<code>`, so a link restores the
// exact design (same design_id) with no server. <code> is base64url (no padding) of the zlib stream
// (deflate with a checksum, so a link cut short is caught) of the normalised spec as compact JSON without its design_id (which is recomputed on reading).
// A fragment never reaches the shop's server, so what a customer designs stays in the link.
#pragma once

#include <string>
#include <string_view>

#include "core/spec/spec_io.hpp"

namespace facet::spec {

inline constexpr std::string_view kShareKey = "design=";  // after '#': "#design=v1...."
inline constexpr std::string_view kShareVersion = "v1.";

// "v1.<code>"
std::string share_code(const Design& design);
// "design=v1.<code>": what follows '#' in the link.
std::string share_fragment(const Design& design);

// Reads a whole link ("https://shop/ring#design=v1..."), a fragment ("#design=v1...", "design=v1...")
// or a bare code ("v1..."). Problems come back as diagnostics under the path "share_link" (not a
// link, an unknown version, damaged text); the decoded spec is then judged by parse_design, so its
// problems name their own paths.
ParseResult parse_share_link(std::string_view link);

// True when `text` looks like a share link rather than a file path or JSON.
bool is_share_link(std::string_view text);

}  // namespace facet::spec
