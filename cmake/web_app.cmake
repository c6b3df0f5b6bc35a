# The browser app: core + renderer + UI + the web platform layer, linked with Dear ImGui built from
# Debian's imgui source package (fetched by scripts/setup.sh into .deps/imgui).

set(IMGUI_DIR ${CMAKE_SOURCE_DIR}/.deps/imgui)
if(NOT EXISTS ${IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "Dear ImGui sources missing in ${IMGUI_DIR}: run `make setup`")
endif()
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
target_compile_options(imgui PRIVATE -w)
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS)

include(${CMAKE_SOURCE_DIR}/cmake/render.cmake)

file(GLOB FACET_APP_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/ui/*.cpp ${CMAKE_SOURCE_DIR}/src/app/*.cpp)
add_executable(facet_web ${FACET_APP_SOURCES} ${FACET_UI_FONT}
  ${CMAKE_SOURCE_DIR}/src/platform/platform_web.cpp ${CMAKE_SOURCE_DIR}/src/platform/web_api.cpp
  ${CMAKE_SOURCE_DIR}/src/web_main.cpp)
target_link_libraries(facet_web PRIVATE facet_render imgui)
set_target_properties(facet_web PROPERTIES OUTPUT_NAME facet SUFFIX ".js"
)
target_link_options(facet_web PRIVATE
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web
  # The UI's Latin font (Noto Sans cut to Latin-1, see CMakeLists.txt), packed into facet.data.
  --preload-file ${FACET_UI_FONT}@/fonts/ui.ttf
  "-sEXPORTED_FUNCTIONS=['_main','_malloc','_free','_facet_scroll']"
  "-sEXPORTED_RUNTIME_METHODS=['ccall','cwrap','UTF8ToString','stringToUTF8','lengthBytesUTF8']")

if(NOT FACET_WEB_OUT)
  set(FACET_WEB_OUT ${CMAKE_BINARY_DIR}/web)
endif()
set_target_properties(facet_web PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${FACET_WEB_OUT})
# The page and its API script sit beside facet.js / facet.wasm.
file(GLOB FACET_WEB_PAGE CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
# Copied on every build, not only when facet.wasm relinks: an edit to a page alone must reach it.
add_custom_target(facet_web_page ALL
  COMMAND ${CMAKE_COMMAND} -E make_directory ${FACET_WEB_OUT}
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${FACET_WEB_PAGE} ${FACET_WEB_OUT}
  COMMENT "Copying web/ into ${FACET_WEB_OUT}")
