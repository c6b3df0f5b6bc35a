// Compiling and linking GLSL ES 3.0 programs from the embedded shader files.
#pragma once

#include <GLES3/gl3.h>

#include <initializer_list>
#include <string>

namespace facet::render {

// Concatenates "#version 300 es", then the given sources in order, for each stage.
// Returns 0 and fills `error` (with the shader log) on failure.
GLuint build_program(std::initializer_list<const char*> vertex_sources,
                     std::initializer_list<const char*> fragment_sources, const char* name, std::string& error);

}  // namespace facet::render
