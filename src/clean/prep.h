// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Prepare pass: decides what in <body> can never be article text — scripts
// and media, forms, navigation, headers, footers, asides, figures (captions
// go to metadata), hidden elements, non-content ARIA landmarks and, at the
// strict level only, containers whose class/id names boilerplate. Runs after
// metadata, which reads the untouched tree.
//
// The pass only reads the tree. It returns, for each cleaning level, the
// elements to drop; score::GrabArticle marks them `removed` one level at a
// time, strictest first, relaxing when too little text survives.

#ifndef ARTEXT_CLEAN_PREP_H_
#define ARTEXT_CLEAN_PREP_H_

#include <cstdint>
#include <vector>

#include "decisions/record.h"
#include "dom/document.h"
#include "dom/stats.h"

namespace artext::clean {

// One cleaning level: what it drops.
struct Cleaning {
  const char* name;  // for --debug: "strict", "keep-unlikely"
  // Node::order of each dropped element, in document order; only the
  // top-most ones (a dropped element's subtree goes with it).
  std::vector<uint32_t> removed;
  // The last resort: keeps what the page hides (the `hidden` attribute,
  // display:none, <noscript>, <template>). React streams its server render
  // into `<div hidden>` and Discourse serves its posts in <noscript>; on
  // other pages hidden boxes are menus and dialogs, so such a level only
  // wins when the visible page held no article (score/grab.cc).
  bool reveals_hidden = false;
};

struct Prepared {
  // Statistics of the untouched tree (forms and prompt-named boxes are
  // judged by how much text they hold; the grab pass recounts from them).
  std::vector<dom::NodeStats> raw;
  // Readability's fallbacks, in the order the grab pass tries them: strict
  // first, then without stripping class/id "unlikely" containers
  // (FLAG_STRIP_UNLIKELYS), then keeping hidden content as well.
  std::vector<Cleaning> levels;
};

// REQUIRES: no node of `doc` is marked removed (a freshly parsed document,
// or one passed through ResetRemoved). `record` (may be null) gets one
// decision per dropped element, tagged with the levels that drop it.
Prepared Prepare(const dom::Document& doc,
                 decisions::Record* record = nullptr);

// Marks the elements of `cleaning` removed.
void MarkRemoved(const Cleaning& cleaning, dom::Document* doc);

// Clears every `removed` mark, so another level can start afresh.
void ResetRemoved(dom::Document* doc);

}  // namespace artext::clean

#endif  // ARTEXT_CLEAN_PREP_H_
