// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// What `artext --version` prints: the program's version on the first line
// (help2man reads it from there for the man page), then the libraries it
// runs with, which is what a bug report needs.

#ifndef ARTEXT_CLI_VERSION_TEXT_H_
#define ARTEXT_CLI_VERSION_TEXT_H_

#include <string>

namespace artext::cli {

// "artext 0.2.0\ngumbo 0.10.1 ...\n..." without a trailing newline.
std::string VersionText();

}  // namespace artext::cli

#endif  // ARTEXT_CLI_VERSION_TEXT_H_
