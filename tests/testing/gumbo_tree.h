// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// A canonical dump of the tree gumbo builds, used as the oracle for the
// prescan: for any page, the tree of Prescan(page) must equal the tree of
// the page itself, except for what the prescan removes on purpose (the text
// of non-JSON-LD scripts, of styles and iframes, and comments).

#ifndef ARTEXT_TESTS_TESTING_GUMBO_TREE_H_
#define ARTEXT_TESTS_TESTING_GUMBO_TREE_H_

#include <string>
#include <string_view>

namespace artext::testing {

// One line per node: indentation by depth, then `<ns:name attr="v"...>` or
// `"text"`. Text of script (unless type=application/ld+json), style and
// iframe elements, and comments, are left out. Iterative (deep trees).
std::string GumboTree(std::string_view html);

}  // namespace artext::testing

#endif  // ARTEXT_TESTS_TESTING_GUMBO_TREE_H_
