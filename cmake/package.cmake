# cpack -G DEB (run in the build folder): one artext_VERSION_ARCH.deb with the
# program, the library, headers, pkg-config and CMake files, the man page,
# completions and the Python module. Depends comes from dpkg-shlibdeps
# reading the binaries' NEEDED entries (libgumbo1, libuchardet0, zlib1g,
# libstdc++6, ...), so it names the Debian packages the build really links.
set(CPACK_PACKAGE_NAME artext)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "artext authors")
set(CPACK_PACKAGE_CONTACT "artext authors <artext@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "extract the article (headline, authors, date, body) from HTML pages")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps must resolve libartext.so for the CLI and the Python module
# from the package being built.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"artext reads saved news pages (any charset, gzip, web archives) and writes
the article's headline, authors, dates and body as JSON, text, Markdown or
HTML. This package holds the artext program, the libartext library with
its C++ headers, pkg-config and CMake files, and the Python module.")
# The debugging information stays in the build tree (RelWithDebInfo):
# stripped, the package is a tenth of the size.
set(CPACK_STRIP_FILES ON)
# The Python module is built for one python3 (its file name carries the ABI
# tag); the program and the library do not need Python at all.
if(ARTEXT_BUILD_PYTHON AND Python_VERSION_MAJOR)
  math(EXPR ARTEXT_PY_NEXT "${Python_VERSION_MINOR} + 1")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
      "python3 (>= ${Python_VERSION_MAJOR}.${Python_VERSION_MINOR}), python3 (<< ${Python_VERSION_MAJOR}.${ARTEXT_PY_NEXT})")
endif()
set(CPACK_GENERATOR DEB)
include(CPack)
