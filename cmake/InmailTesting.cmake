# GoogleTest for both builds: Debian's installed library natively, the
# sources in /usr/src/googletest under Emscripten (run by Node through CTest's
# cross-compiling emulator).
if(EMSCRIPTEN)
  set(gtest_disable_pthreads ON CACHE BOOL "" FORCE)
  set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
  set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
  add_subdirectory(/usr/src/googletest "${CMAKE_BINARY_DIR}/googletest" EXCLUDE_FROM_ALL)
  find_program(NODE_EXECUTABLE node REQUIRED)
  # Node 20's fetch makes this Emscripten's glue fetch the .wasm by path.
  set(CMAKE_CROSSCOMPILING_EMULATOR "${NODE_EXECUTABLE};--no-experimental-fetch")
  # The repository's package.json says "type": "module"; the test runners
  # are CommonJS scripts.
  file(WRITE "${CMAKE_BINARY_DIR}/bin/package.json" "{\"type\": \"commonjs\"}\n")
else()
  find_package(GTest REQUIRED)
endif()

# inmail_add_gtest(NAME SOURCES src... [LIBRARIES lib...]): one GoogleTest
# executable, registered with CTest as NAME.
function(inmail_add_gtest name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBRARIES} inmail_options GTest::gtest_main)
  if(EMSCRIPTEN)
    target_link_options(${name} PRIVATE -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=node
                        -sNODERAWFS=1 -sEXIT_RUNTIME=1)
  endif()
  add_test(NAME ${name} COMMAND ${name})
endfunction()
