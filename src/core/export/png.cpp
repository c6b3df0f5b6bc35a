#include "core/export/png.hpp"

#include <stb/stb_image_write.h>

namespace facet::exporting {

namespace {
void append(void* context, void* data, int size) { static_cast<std::string*>(context)->append(static_cast<const char*>(data), size_t(size)); }
}  // namespace

std::string write_png_rgb(int width, int height, const std::vector<uint8_t>& rgb) {
  std::string out;
  stbi_write_png_to_func(append, &out, width, height, 3, rgb.data(), width * 3);
  return out;
}

std::string write_hdr_rgb(int width, int height, const std::vector<float>& rgb) {
  std::string out;
  stbi_write_hdr_to_func(append, &out, width, height, 3, rgb.data());
  return out;
}

std::string base64(std::string_view bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (size_t i = 0; i < bytes.size(); i += 3) {
    const size_t n = std::min<size_t>(3, bytes.size() - i);
    uint32_t group = 0;
    for (size_t k = 0; k < 3; ++k) group = group << 8 | (k < n ? uint8_t(bytes[i + k]) : 0);
    for (size_t k = 0; k < 4; ++k) out.push_back(k <= n ? kAlphabet[(group >> (18 - 6 * k)) & 63] : '=');
  }
  return out;
}

}  // namespace facet::exporting
