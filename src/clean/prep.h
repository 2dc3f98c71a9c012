// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Prepare pass: marks as removed everything in <body> that can never be
// article text — scripts and media, forms, navigation, headers, footers,
// asides, figures (captions go to metadata), hidden elements, non-content
// ARIA landmarks and, optionally, containers whose class/id names
// boilerplate. Runs after metadata, which reads the untouched tree.

#ifndef ARTEXT_CLEAN_PREP_H_
#define ARTEXT_CLEAN_PREP_H_

#include <vector>

#include "dom/document.h"
#include "dom/stats.h"

namespace artext::clean {

struct PrepOptions {
  // Drop containers whose class/id looks like boilerplate. The grab pass
  // retries without it when too little text survives (Readability's
  // FLAG_STRIP_UNLIKELYS).
  bool strip_unlikely = true;
};

// Returns the number of elements marked removed. `raw` holds the statistics
// of the untouched tree (dom::ComputeStats before any removal): forms and
// prompt-named boxes are judged by how much text they hold.
int PrepareForContent(dom::Document* doc, const PrepOptions& options,
                      const std::vector<dom::NodeStats>& raw);

// Clears every `removed` mark, so another attempt can start afresh.
void ResetRemoved(dom::Document* doc);

}  // namespace artext::clean

#endif  // ARTEXT_CLEAN_PREP_H_
