#include "core/util/deflate.hpp"

#include <cstdint>
#include <cstdlib>

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif
#define STB_IMAGE_WRITE_IMPLEMENTATION
// Debian's stb_image_write keeps its HDR writer (even the in-memory one) behind stdio.
#include <stb/stb_image_write.h>
// Only the zlib decoder is wanted; PNG is the smallest loader that carries it.
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#define STBI_NO_FAILURE_STRINGS
#include <stb/stb_image.h>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

namespace facet::util {

constexpr int kDeflateQuality = 8;  // stb's hash-chain length
constexpr size_t kHeaderBytes = 2, kTrailerBytes = 4;

uint32_t adler32(std::string_view data) {
  uint32_t a = 1, b = 0;
  for (char c : data) {
    a = (a + uint8_t(c)) % 65521;
    b = (b + a) % 65521;
  }
  return b << 16 | a;
}

std::string zlib_compress(std::string_view data) {
  int length = 0;
  unsigned char* zlib = stbi_zlib_compress(reinterpret_cast<unsigned char*>(const_cast<char*>(data.data())), int(data.size()), &length,
                                           kDeflateQuality);
  std::string out;
  if (zlib != nullptr && length > 0) out.assign(reinterpret_cast<const char*>(zlib), size_t(length));
  std::free(zlib);
  return out;
}

std::string deflate_raw(std::string_view data) {
  const std::string zlib = zlib_compress(data);
  if (zlib.size() <= kHeaderBytes + kTrailerBytes) return {};
  return zlib.substr(kHeaderBytes, zlib.size() - kHeaderBytes - kTrailerBytes);
}

std::optional<std::string> zlib_decompress(std::string_view packed, size_t max_bytes) {
  if (packed.size() <= kHeaderBytes + kTrailerBytes || packed.size() > size_t(1) << 30 || max_bytes > size_t(1) << 30) return std::nullopt;
  // One byte of room past the limit tells "exactly max_bytes" from "more". (The decoder needs the
  // trailer's bytes in hand to read the last codes: Debian's stb 2.27 wants 16 bits before each.)
  std::string out(max_bytes + 1, '\0');
  const int n = stbi_zlib_decode_buffer(out.data(), int(out.size()), packed.data(), int(packed.size()));
  if (n < 0 || size_t(n) > max_bytes) return std::nullopt;
  out.resize(size_t(n));
  const std::string_view trailer = packed.substr(packed.size() - kTrailerBytes);
  const uint32_t expected = uint32_t(uint8_t(trailer[0])) << 24 | uint32_t(uint8_t(trailer[1])) << 16 | uint32_t(uint8_t(trailer[2])) << 8 |
                            uint8_t(trailer[3]);
  if (adler32(out) != expected) return std::nullopt;
  return out;
}

}  // namespace facet::util
