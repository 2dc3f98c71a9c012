// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Plain text: headline, "By ..." line, date line, a blank line, then the body
// blocks separated by blank lines. Lines that have no value are left out.

#include <string>

#include "artext/output.h"
#include "util/control_chars.h"

namespace artext {

std::string ToText(const Article& a) {
  std::string out;
  if (a.headline) out += *a.headline + "\n";
  if (!a.authors.empty()) {
    out += "By ";
    for (size_t i = 0; i < a.authors.size(); ++i) {
      if (i) out += i + 1 == a.authors.size() ? " and " : ", ";
      out += a.authors[i];
    }
    out += "\n";
  }
  if (a.date_published) out += *a.date_published + "\n";
  if (!out.empty()) out += "\n";
  for (size_t i = 0; i < a.body.size(); ++i) {
    if (i) out += "\n";
    out += a.body[i].text + "\n";
  }
  // The page's ESC and BEL bytes never reach a terminal or a file
  // (util/control_chars.h); JSON drops them the same way.
  return util::StripControlChars(out);
}

}  // namespace artext
