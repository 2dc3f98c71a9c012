// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Visible text of a subtree, as a reader would see it: inline content runs
// together, block elements and <br> start new lines, white space (including
// no-break spaces) collapses, and removed or non-content elements (scripts,
// forms, media) contribute nothing.

#ifndef ARTEXT_DOM_TEXT_H_
#define ARTEXT_DOM_TEXT_H_

#include <string>

#include "dom/node.h"

namespace artext::dom {

// Lines separated by '\n'; no empty lines; no leading or trailing spaces.
std::string InnerText(const Node* root);

// Like InnerText but all on one line (block breaks become spaces).
std::string FlatText(const Node* root);

}  // namespace artext::dom

#endif  // ARTEXT_DOM_TEXT_H_
