// Base64 with the URL and file name safe alphabet (RFC 4648 section 5), without padding: what
// goes into a share link's fragment.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace facet::util {

std::string base64url_encode(std::string_view bytes);
// nullopt for a character outside the alphabet or an impossible length. Padding ('=') is accepted.
std::optional<std::string> base64url_decode(std::string_view text);

}  // namespace facet::util
