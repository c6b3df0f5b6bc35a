// The studio environment the renderer lights with, as a latitude-longitude image of linear
// radiance (shaders/env_latlong.frag.glsl): what a reference path tracer (Blender's Cycles, in
// scripts/cycles_reference.py) is lit with, so its picture and ours see the same light.
#pragma once

#include <string>
#include <vector>

namespace facet::render {

// width x height RGB floats, rows top (up) to bottom; empty, with `error`, when the GL cannot
// render to a float target (EXT_color_buffer_float). Needs a current GL ES 3 context.
std::vector<float> studio_latlong_rgb(int width_px, int height_px, std::string& error);

}  // namespace facet::render
