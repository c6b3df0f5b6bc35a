# Native tests, run by ctest: doctest unit tests and the CLI against real readers (admesh).
file(GLOB FACET_UNIT_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/*.cpp)
# The app's plain C++ parts (no GL, no ImGui) are tested natively too.
add_executable(facet_tests ${FACET_UNIT_TESTS} ${CMAKE_SOURCE_DIR}/src/app/history.cpp ${CMAKE_SOURCE_DIR}/src/render/gem_quality.cpp ${CMAKE_SOURCE_DIR}/src/render/brdf_lut.cpp ${CMAKE_SOURCE_DIR}/src/ui/translations.cpp ${CMAKE_SOURCE_DIR}/src/ui/header_title.cpp ${CMAKE_SOURCE_DIR}/src/ui/stone_line.cpp)
target_link_libraries(facet_tests PRIVATE facet_core)
target_compile_definitions(facet_tests PRIVATE FACET_TEST_DATA="${CMAKE_SOURCE_DIR}/tests/data")
# One ctest entry per test file, so `ctest -j` spreads them over the cores (the geometry tests
# take minutes, under the sanitizers a quarter of an hour in one run).
foreach(unit_file ${FACET_UNIT_TESTS})
  get_filename_component(unit_name ${unit_file} NAME_WE)
  if(NOT unit_name STREQUAL "main")
    add_test(NAME unit.${unit_name} COMMAND facet_tests --source-file=*/${unit_name}.cpp)
  endif()
endforeach()

# A second 3MF reader: lib3mf from Debian (lib3mf-dev), for the CLI test.
add_executable(read_3mf ${CMAKE_SOURCE_DIR}/tests/tools/read_3mf.cpp)
target_include_directories(read_3mf SYSTEM PRIVATE /usr/include/lib3mf)
target_link_libraries(read_3mf PRIVATE 3MF)

add_test(NAME cli COMMAND bash ${CMAKE_SOURCE_DIR}/tests/cli/cli_test.sh $<TARGET_FILE:facet> ${CMAKE_SOURCE_DIR}/tests/data
                              $<TARGET_FILE:read_3mf>)
# The longest single entry: started first.
set_tests_properties(cli PROPERTIES COST 1000)

if(FACET_SANITIZE)
  # The spec parser under libFuzzer, for a bounded time, from the shipped examples.
  add_executable(facet_fuzz_spec ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_spec.cpp)
  target_link_libraries(facet_fuzz_spec PRIVATE facet_core)
  target_compile_options(facet_fuzz_spec PRIVATE -fsanitize=fuzzer)
  target_link_options(facet_fuzz_spec PRIVATE -fsanitize=fuzzer)
  set(FACET_FUZZ_SECONDS 30 CACHE STRING "How long make test fuzzes the spec parser")
  add_test(NAME fuzz_spec
    COMMAND ${CMAKE_COMMAND} -E env bash -c "mkdir -p corpus && exec $<TARGET_FILE:facet_fuzz_spec> -max_total_time=${FACET_FUZZ_SECONDS} -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -dict=${CMAKE_SOURCE_DIR}/tests/fuzz/json.dict corpus ${CMAKE_SOURCE_DIR}/tests/fuzz/seeds"
    WORKING_DIRECTORY ${CMAKE_BINARY_DIR})
endif()
