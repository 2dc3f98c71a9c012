// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Finding the article: scores paragraph-like elements, propagates their
// scores to ancestors (Readability's method), picks the best container and
// the siblings that belong with it. Runs a fixed, short list of attempts,
// relaxing the cleaning each time too little text survives, and keeps the
// best.

#ifndef ARTEXT_SCORE_GRAB_H_
#define ARTEXT_SCORE_GRAB_H_

#include <string>
#include <vector>

#include "artext/options.h"
#include "dom/document.h"
#include "dom/stats.h"

namespace artext::score {

struct GrabResult {
  // The article's containers, in document order (the top candidate and the
  // siblings that join it). Empty when the page has no text at all.
  std::vector<const dom::Node*> containers;
  std::vector<dom::NodeStats> stats;  // of the attempt that won (Node::order)
  uint32_t chars = 0;            // characters in `containers`
  double top_score = 0;
  std::vector<std::string> notes;  // with Options::debug only: one line per attempt
};

// Mutates only the `removed` marks of `doc` (it runs the prepare pass).
GrabResult GrabArticle(dom::Document* doc, const Options& options);

}  // namespace artext::score

#endif  // ARTEXT_SCORE_GRAB_H_
