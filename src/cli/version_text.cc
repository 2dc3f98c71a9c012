// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/version_text.h"

#include <zlib.h>

#include "artext/version.h"

namespace artext::cli {

std::string VersionText() {
  // zlib reports the version loaded at run time. gumbo and uchardet have no
  // such call; their versions are pkg-config's when artext was built
  // (CMakeLists.txt passes them), which on Debian is the package the
  // binary's Depends ask for.
  std::string text = "artext " ARTEXT_VERSION "\n";
  text += "gumbo " ARTEXT_GUMBO_VERSION " (built with)\n";
  text += "uchardet " ARTEXT_UCHARDET_VERSION " (built with)\n";
  text += std::string("zlib ") + zlibVersion();
  return text;
}

}  // namespace artext::cli
