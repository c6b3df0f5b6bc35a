# Native tests, run by ctest: doctest unit tests and the CLI against real readers (admesh).
file(GLOB FACET_UNIT_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/*.cpp)
add_executable(facet_tests ${FACET_UNIT_TESTS})
target_link_libraries(facet_tests PRIVATE facet_core)
target_compile_definitions(facet_tests PRIVATE FACET_TEST_DATA="${CMAKE_SOURCE_DIR}/tests/data")
add_test(NAME unit COMMAND facet_tests)

add_test(NAME cli COMMAND bash ${CMAKE_SOURCE_DIR}/tests/cli/cli_test.sh $<TARGET_FILE:facet> ${CMAKE_SOURCE_DIR}/tests/data)
