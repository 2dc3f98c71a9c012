// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Walk: iterative depth-first traversal with enter and exit events. Every
// pass that needs to see the end of an element uses it; none recurses, so the
// depth of the page costs heap, never stack.

#ifndef ARTEXT_DOM_WALK_H_
#define ARTEXT_DOM_WALK_H_

#include "dom/node.h"

namespace artext::dom {

// Calls enter(n) for each node of the subtree at `root` in document order.
// When enter returns true the node's children are visited, then exit(n) is
// called; when it returns false neither its children nor exit(n) are.
template <typename NodeT, typename Enter, typename Exit>
void Walk(NodeT* root, Enter&& enter, Exit&& exit) {
  NodeT* n = root;
  while (n) {
    if (enter(n)) {
      if (n->first_child) {
        n = n->first_child;
        continue;
      }
      exit(n);
    }
    // Climb until a node with a next sibling, closing each ancestor.
    while (n != root && !n->next_sibling) {
      n = n->parent;
      exit(n);
    }
    if (n == root) return;
    n = n->next_sibling;
  }
}

}  // namespace artext::dom

#endif  // ARTEXT_DOM_WALK_H_
