// UTF-8 to code points, for text the spec carries (engraving) and the fonts that draw it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace facet::text {

// Appends the code points of `text` to `out`; false on malformed UTF-8 (nlohmann has already
// checked a spec's strings, but text from elsewhere may not be).
bool decode_utf8(std::string_view text, std::vector<uint32_t>& out);
// Appends one code point (at most U+10FFFF) as UTF-8.
void append_utf8(uint32_t code_point, std::string& out);

}  // namespace facet::text
