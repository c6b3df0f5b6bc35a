#include "render/gl_program.hpp"

#include <vector>

namespace facet::render {
namespace {

template <class GetLog>
std::string info_log(GLuint object, GetLog get_log) {
  char log[2048] = {};
  get_log(object, sizeof log, nullptr, log);
  return log;
}

GLuint compile(GLenum stage, std::initializer_list<const char*> sources, const char* name, std::string& error) {
  std::vector<const char*> parts = {"#version 300 es\n"};
  parts.insert(parts.end(), sources.begin(), sources.end());
  GLuint shader = glCreateShader(stage);
  glShaderSource(shader, GLsizei(parts.size()), parts.data(), nullptr);
  glCompileShader(shader);
  GLint ok = GL_FALSE;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    error = std::string(name) + (stage == GL_VERTEX_SHADER ? " (vertex): " : " (fragment): ") +
            info_log(shader, glGetShaderInfoLog);
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}

}  // namespace

GLuint build_program(std::initializer_list<const char*> vertex_sources,
                     std::initializer_list<const char*> fragment_sources, const char* name, std::string& error) {
  GLuint vs = compile(GL_VERTEX_SHADER, vertex_sources, name, error);
  if (!vs) return 0;
  GLuint fs = compile(GL_FRAGMENT_SHADER, fragment_sources, name, error);
  if (!fs) {
    glDeleteShader(vs);
    return 0;
  }
  GLuint program = glCreateProgram();
  glAttachShader(program, vs);
  glAttachShader(program, fs);
  glLinkProgram(program);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = GL_FALSE;
  glGetProgramiv(program, GL_LINK_STATUS, &ok);
  if (!ok) {
    error = std::string(name) + " (link): " + info_log(program, glGetProgramInfoLog);
    glDeleteProgram(program);
    return 0;
  }
  return program;
}

}  // namespace facet::render
