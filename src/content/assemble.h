// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Final pass: removes blocks that repeat the headline or an image caption,
// joins the body into `text`, counts words and judges whether the page is an
// article at all.

#ifndef ARTEXT_CONTENT_ASSEMBLE_H_
#define ARTEXT_CONTENT_ASSEMBLE_H_

#include "artext/article.h"
#include "artext/options.h"
#include "content/blocks.h"

namespace artext::content {

// `counts` come from ExtractBlocks (evidence for the article judgement).
void Assemble(const Options& options, const BlockCounts& counts,
              Article* article);

}  // namespace artext::content

#endif  // ARTEXT_CONTENT_ASSEMBLE_H_
