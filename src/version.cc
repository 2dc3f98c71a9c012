// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The shared library's own source: artext::Version(), the version of the
// libartext.so actually loaded. Everything else in the library is
// artext_core's objects (cmake/library.cmake); the static core used by the
// command line and the tests leaves this file out and reads ARTEXT_VERSION.

#include "artext/extract.h"
#include "artext/version.h"

namespace artext {

const char* Version() { return ARTEXT_VERSION; }

}  // namespace artext
