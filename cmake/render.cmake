# The renderer (src/render) and its shaders, shared by the browser app and the factory CLI's
# rendered views. Shaders are files in shaders/, embedded as strings at build time.
file(GLOB FACET_SHADERS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/shaders/*.glsl)
set(FACET_SHADER_CPP ${CMAKE_BINARY_DIR}/generated/shaders.cpp)
add_custom_command(
  OUTPUT ${FACET_SHADER_CPP}
  COMMAND ${CMAKE_COMMAND} -DOUTPUT=${FACET_SHADER_CPP} -DNAMESPACE=facet::shaders
          -DINPUT_DIR=${CMAKE_SOURCE_DIR}/shaders -DPATTERN=*.glsl -P ${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake
  VERBATIM
  DEPENDS ${FACET_SHADERS} ${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake
  COMMENT "Embedding shaders")
file(GLOB FACET_RENDER_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/render/*.cpp)
add_library(facet_render STATIC ${FACET_RENDER_SOURCES} ${FACET_SHADER_CPP})
target_link_libraries(facet_render PUBLIC facet_core)
if(NOT EMSCRIPTEN)
  # OpenGL ES 3 and EGL from Debian (libgles-dev, libegl-dev; Mesa draws with them).
  find_library(FACET_GLES_LIBRARY GLESv2 REQUIRED)
  find_library(FACET_EGL_LIBRARY EGL REQUIRED)
  target_sources(facet_render PRIVATE ${CMAKE_SOURCE_DIR}/src/platform/offscreen_gl_egl.cpp)
  target_link_libraries(facet_render PUBLIC ${FACET_GLES_LIBRARY} ${FACET_EGL_LIBRARY})
endif()
