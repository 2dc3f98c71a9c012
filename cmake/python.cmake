# The Python module (python/): artext/__init__.py over the native
# artext/_artext*.so, which links libartext.so. Built when pybind11 is found
# (Debian: pybind11-dev, python3-dev) unless ARTEXT_BUILD_PYTHON=OFF. In the
# build tree the package is build/python/artext (PYTHONPATH=build/python);
# installed under ARTEXT_PYTHON_INSTALL_DIR of the prefix.
#
# Debian's python3 is the one pybind11-dev and python3-dev are built for, so
# it is preferred to whatever python3 comes first on PATH (e.g. pyenv's).
if(NOT DEFINED Python_EXECUTABLE AND EXISTS /usr/bin/python3)
  set(Python_EXECUTABLE /usr/bin/python3)
endif()
set(PYBIND11_FINDPYTHON ON)
find_package(pybind11 CONFIG QUIET)
# A sanitized module is tested with the sanitizer runtimes preloaded into
# python3 (below), so CI's sanitized build tests it too; fuzzing builds
# (clang's runtimes) leave it out.
set(ARTEXT_PYTHON_DEFAULT OFF)
if(pybind11_FOUND AND NOT ARTEXT_FUZZ)
  set(ARTEXT_PYTHON_DEFAULT ON)
endif()
option(ARTEXT_BUILD_PYTHON "Build the Python module (needs pybind11)"
       ${ARTEXT_PYTHON_DEFAULT})
if(NOT ARTEXT_BUILD_PYTHON)
  return()
endif()
if(NOT pybind11_FOUND)
  message(FATAL_ERROR "ARTEXT_BUILD_PYTHON needs pybind11 (apt-get install pybind11-dev python3-dev)")
endif()

# Debian's layout: /usr/lib/python3/dist-packages holds the modules of every
# python3 version (the extension's name carries its ABI tag).
set(ARTEXT_PYTHON_INSTALL_DIR lib/python3/dist-packages CACHE STRING
    "Where the artext package goes, relative to the prefix")

set(ARTEXT_PYTHON_DIR ${CMAKE_CURRENT_BINARY_DIR}/python/artext)
pybind11_add_module(artext_python MODULE python/module.cc)
target_link_libraries(artext_python PRIVATE artext::artext)
target_compile_options(artext_python PRIVATE ${ARTEXT_WARNINGS})
file(RELATIVE_PATH ARTEXT_PY_TO_LIB
     /prefix/${ARTEXT_PYTHON_INSTALL_DIR}/artext /prefix/${CMAKE_INSTALL_LIBDIR})
set_target_properties(artext_python PROPERTIES
  OUTPUT_NAME _artext
  LIBRARY_OUTPUT_DIRECTORY ${ARTEXT_PYTHON_DIR}
  INSTALL_RPATH "$ORIGIN/${ARTEXT_PY_TO_LIB}")
foreach(f __init__.py __init__.pyi py.typed)
  configure_file(python/artext/${f} ${ARTEXT_PYTHON_DIR}/${f} COPYONLY)
  install(FILES python/artext/${f}
          DESTINATION ${ARTEXT_PYTHON_INSTALL_DIR}/artext)
endforeach()
install(TARGETS artext_python
        LIBRARY DESTINATION ${ARTEXT_PYTHON_INSTALL_DIR}/artext)

if(ARTEXT_BUILD_TESTS)
  add_test(NAME python.pytest
           COMMAND ${Python_EXECUTABLE} -m pytest -q -p no:cacheprovider
                   ${CMAKE_CURRENT_SOURCE_DIR}/tests/python)
  set(ARTEXT_PYTEST_ENV
      "PYTHONPATH=${CMAKE_CURRENT_BINARY_DIR}/python;ARTEXT_BINARY=$<TARGET_FILE:artext_cli>;ARTEXT_SOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR}")
  if(ARTEXT_SANITIZE)
    # python3 is not instrumented: the runtimes must be loaded first, and
    # the interpreter's own allocations at exit are not ours to report.
    foreach(rt libasan.so libubsan.so)
      execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${rt}
                      OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE)
      list(APPEND ARTEXT_SANITIZER_RUNTIMES ${path})
    endforeach()
    string(REPLACE ";" ":" preload "${ARTEXT_SANITIZER_RUNTIMES}")
    list(APPEND ARTEXT_PYTEST_ENV "LD_PRELOAD=${preload}"
         "ASAN_OPTIONS=detect_leaks=0:halt_on_error=1")
  endif()
  set_tests_properties(python.pytest PROPERTIES
    ENVIRONMENT "${ARTEXT_PYTEST_ENV}" TIMEOUT 300)
endif()
