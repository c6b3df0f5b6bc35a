// PNG images (8-bit RGB) and Radiance HDR by stb_image_write, whose implementation zip.cpp compiles: the same bytes
// natively and in wasm.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace facet::exporting {

// `rgb` holds width x height pixels, rows top to bottom. Precondition: rgb.size() == 3 w h.
std::string write_png_rgb(int width, int height, const std::vector<uint8_t>& rgb);

// Radiance .hdr (RGBE) of linear float pixels, rows top to bottom: the studio environment for a
// reference renderer. Precondition: rgb.size() == 3 w h.
std::string write_hdr_rgb(int width, int height, const std::vector<float>& rgb);

std::string base64(std::string_view bytes);  // RFC 4648, with padding: data: URLs

}  // namespace facet::exporting
