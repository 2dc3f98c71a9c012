// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Finding the article: scores paragraph-like elements, propagates their
// scores to ancestors (Readability's method), picks the best container and
// the siblings that belong with it. Tries the prepare pass's cleaning
// levels in their fixed order, relaxing each time too little text
// survives, and keeps the best attempt.

#ifndef ARTEXT_SCORE_GRAB_H_
#define ARTEXT_SCORE_GRAB_H_

#include <string>
#include <vector>

#include "artext/options.h"
#include "clean/prep.h"
#include "decisions/record.h"
#include "dom/document.h"
#include "dom/stats.h"

namespace artext::score {

struct GrabResult {
  // The article's containers, in document order (the top candidate and the
  // siblings that join it). Empty when the page has no text at all.
  std::vector<const dom::Node*> containers;
  std::vector<dom::NodeStats> stats;  // of the attempt that won (Node::order)
  uint32_t chars = 0;  // characters in `containers`
  double top_score = 0;
  std::vector<std::string> notes;  // with Options::debug only: one line per attempt
  // With a decision record only: the top candidate after climbing, the
  // best candidate outside the containers, and why each container joined.
  const dom::Node* top = nullptr;
  const dom::Node* runner_up = nullptr;
  double runner_up_score = 0;
  std::vector<decisions::Decision> decisions;
};

// Mutates only the `removed` marks of `doc`: it applies each level of
// `prepared` in turn and leaves the winning attempt's marks, which the
// block pass honours. `record` (may be null) gets the winning level and
// the containers with their scores and the runner-up.
GrabResult GrabArticle(const clean::Prepared& prepared, const Options& options,
                       dom::Document* doc,
                       decisions::Record* record = nullptr);

}  // namespace artext::score

#endif  // ARTEXT_SCORE_GRAB_H_
