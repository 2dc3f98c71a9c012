// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Plain text: headline, "By ..." line, date line, a blank line, then the body
// blocks separated by blank lines. Lines that have no value are left out.

#include <string>

#include "artext/output.h"

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
  return out;
}

}  // namespace artext
