# The shared library libartext.so (target `artext`, exported as
# artext::artext): artext_core's objects, linked whole, exporting the
# public API only (include/artext/export.h, cmake/artext.map). Its SONAME is
# libartext.so.MAJOR.MINOR while MAJOR is 0 (semver: a 0.x minor release
# may break the ABI), libartext.so.MAJOR from 1.0 on.
include(GNUInstallDirs)

if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(ARTEXT_SOVERSION ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR})
else()
  set(ARTEXT_SOVERSION ${PROJECT_VERSION_MAJOR})
endif()

add_library(artext SHARED src/version.cc)
add_library(artext::artext ALIAS artext)
target_link_libraries(artext PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,artext_core>"
                      PkgConfig::GUMBO PkgConfig::UCHARDET)
target_include_directories(artext PUBLIC
  $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>
  $<BUILD_INTERFACE:${CMAKE_CURRENT_BINARY_DIR}/include>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
# The headers use C++17 (std::optional, std::string_view).
target_compile_features(artext INTERFACE cxx_std_17)
set_target_properties(artext PROPERTIES
  CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
set(ARTEXT_EXPORT_MAP ${CMAKE_CURRENT_SOURCE_DIR}/cmake/artext.map)
target_link_options(artext PRIVATE "LINKER:--version-script=${ARTEXT_EXPORT_MAP}")
# Every symbol the library needs must come from its own dependencies, so
# that a program linking only -lartext works. Sanitizer runtimes are
# resolved by the executable, hence the exception.
if(NOT ARTEXT_SANITIZE AND NOT ARTEXT_FUZZ)
  target_link_options(artext PRIVATE "LINKER:--no-undefined")
endif()
set_target_properties(artext PROPERTIES
  OUTPUT_NAME artext
  VERSION ${PROJECT_VERSION}
  SOVERSION ${ARTEXT_SOVERSION}
  LINK_DEPENDS ${ARTEXT_EXPORT_MAP}
  EXPORT_NAME artext)
