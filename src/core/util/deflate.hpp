// Deflate (RFC 1951) and its zlib wrapper (RFC 1950), from stb: stb_image_write's compressor and
// stb_image's decoder. The same code runs natively and in wasm, so compressed bytes match across
// targets (Emscripten's zlib port downloads at build time, which our machines cannot).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace facet::util {

// A zlib stream: 2-byte header, deflate data, Adler-32 of the data.
std::string zlib_compress(std::string_view data);
// The deflate data alone (what a ZIP entry holds).
std::string deflate_raw(std::string_view data);
// nullopt when `packed` is not a zlib stream, is damaged or cut short (its Adler-32 does not match;
// stb does not check it, so we do), or would inflate past `max_bytes` (so a crafted input cannot
// make us allocate without bound).
std::optional<std::string> zlib_decompress(std::string_view packed, size_t max_bytes);

uint32_t adler32(std::string_view data);

}  // namespace facet::util
