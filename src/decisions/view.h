// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The decision record laid over the page: the page's text cut into blocks
// in document order (at block elements, like the block pass), each block
// given the decision that settled it. Nothing is judged again here; the
// view only looks up what the passes recorded:
//   - an element whose text became a field (headline, byline, dateline,
//     caption) decides for everything inside it;
//   - else the outermost dropped element around the text (cleaning, the
//     block pass's sub-containers, the runner-up container);
//   - else, inside a chosen container, the block pass's decision on the
//     block (keyed by its first text node), overridden by the later passes'
//     decisions on that block's text (JSON-LD trim, assemble);
//   - else the text lies outside every container the grab chose.

#ifndef ARTEXT_DECISIONS_VIEW_H_
#define ARTEXT_DECISIONS_VIEW_H_

#include "artext/article.h"
#include "decisions/record.h"
#include "dom/document.h"

namespace artext::decisions {

struct Candidates {
  const dom::Node* top = nullptr;
  double top_score = 0;
  const dom::Node* runner_up = nullptr;
  double runner_up_score = 0;
};

// `record` must hold the decisions of the extraction of `doc`.
Trace BuildTrace(const dom::Document& doc, const Record& record,
                 const Candidates& candidates);

}  // namespace artext::decisions

#endif  // ARTEXT_DECISIONS_VIEW_H_
