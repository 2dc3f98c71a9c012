# What `cmake --install` lays out, and the .deb `cpack -G DEB` makes of it:
#   bin/artext                              the command line
#   lib/<multiarch>/libartext.so*           the library (SONAME: library.cmake)
#   include/artext/*.h                      its API, with the generated version.h
#   lib/<multiarch>/pkgconfig/artext.pc     pkg-config --cflags --libs artext
#   lib/<multiarch>/cmake/artext/           find_package(artext) -> artext::artext
#   share/man/man1/artext.1                 help2man's page from --help/--version
#   share/bash-completion/completions/artext, share/zsh/vendor-completions/_artext
#   lib/python3/dist-packages/artext/       the Python module (python/)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS artext_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS artext EXPORT artextTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/artext DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.h")
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/include/artext/version.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/artext)

# pkg-config: gumbo, uchardet and nlohmann stay private to libartext.so, so
# a program needs -lartext only (no Requires: a user of the .deb need not
# have libgumbo-dev's gumbo.pc). The API needs C++17.
file(RELATIVE_PATH ARTEXT_PC_TO_PREFIX
     /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(cmake/artext.pc.in ${CMAKE_CURRENT_BINARY_DIR}/artext.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/artext.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# CMake package: nothing public to find_dependency.
set(ARTEXT_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/artext)
install(EXPORT artextTargets NAMESPACE artext:: DESTINATION ${ARTEXT_CMAKE_DIR})
configure_package_config_file(cmake/artextConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/artextConfig.cmake
  INSTALL_DESTINATION ${ARTEXT_CMAKE_DIR})
# SameMinorVersion while the major is 0 (a 0.x minor may break the API).
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(ARTEXT_COMPAT SameMinorVersion)
else()
  set(ARTEXT_COMPAT SameMajorVersion)
endif()
write_basic_package_version_file(
  ${CMAKE_CURRENT_BINARY_DIR}/artextConfigVersion.cmake
  COMPATIBILITY ${ARTEXT_COMPAT})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/artextConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/artextConfigVersion.cmake
        DESTINATION ${ARTEXT_CMAKE_DIR})

# The man page is help2man's rendering of `artext --help` and `--version`,
# made at build time, so it cannot drift from the program. Without help2man
# (Debian: help2man; scripts/deps.sh installs it) there is no page.
find_program(HELP2MAN help2man)
if(HELP2MAN)
  set(ARTEXT_MAN ${CMAKE_CURRENT_BINARY_DIR}/man/artext.1)
  add_custom_command(OUTPUT ${ARTEXT_MAN}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
    COMMAND ${HELP2MAN} --no-info --no-discard-stderr
            --name "extract the article from saved news pages"
            --output ${ARTEXT_MAN} $<TARGET_FILE:artext_cli>
    DEPENDS artext_cli
    COMMENT "help2man: man/artext.1 from artext --help")
  add_custom_target(artext_man ALL DEPENDS ${ARTEXT_MAN})
  install(FILES ${ARTEXT_MAN} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(WARNING "help2man not found: no man page (apt-get install help2man)")
endif()

install(FILES completions/artext.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME artext)
install(FILES completions/_artext
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES README.md CHANGELOG.md LICENSE
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

