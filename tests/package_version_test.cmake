# Checks that package.json and package-lock.json carry the project's version
# (project() in the top-level CMakeLists.txt, the single source), so the two
# cannot drift apart.
#
#   cmake -DVERSION=<PROJECT_VERSION> -DSOURCE_DIR=<repository> -P package_version_test.cmake
foreach(file package.json package-lock.json)
  file(READ "${SOURCE_DIR}/${file}" json)
  string(JSON found GET "${json}" version)
  if(NOT found STREQUAL VERSION)
    message(FATAL_ERROR "${file} has version \"${found}\", CMakeLists.txt has \"${VERSION}\": "
                        "run `npm version ${VERSION} --no-git-tag-version`")
  endif()
endforeach()
file(READ "${SOURCE_DIR}/package-lock.json" json)
string(JSON found GET "${json}" packages "" version)
if(NOT found STREQUAL VERSION)
  message(FATAL_ERROR "package-lock.json's packages[\"\"] has version \"${found}\", CMakeLists.txt has "
                      "\"${VERSION}\": run `npm version ${VERSION} --no-git-tag-version`")
endif()
message(STATUS "package.json and package-lock.json: version ${VERSION}")
