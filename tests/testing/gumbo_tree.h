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
//
// With `slim`, the tree as the prescan's slim mode should leave it: no
// children under an outermost <svg> or <math> or under a <nav>, no <link>
// but rel=canonical (the text around one joined), no unread attributes
// (dom/read_attributes.h), and every run of white space in text outside
// pre, listing, textarea, plaintext and raw-text elements written as one
// space, or one or two line breaks when it holds them.
std::string GumboTree(std::string_view html, bool slim = false);

}  // namespace artext::testing

#endif  // ARTEXT_TESTS_TESTING_GUMBO_TREE_H_
