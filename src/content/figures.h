// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Figures: the article's pictures with their captions and credits. Captions
// are dropped from the body (they describe a picture, they are not the
// story), so this pass keeps them where they belong: in Article::images.
// It reads the untouched tree, before cleaning removes the caption nodes.

#ifndef ARTEXT_CONTENT_FIGURES_H_
#define ARTEXT_CONTENT_FIGURES_H_

#include <string_view>
#include <vector>

#include "artext/article.h"
#include "decisions/record.h"
#include "dom/document.h"

namespace artext::content {

// Every captioned picture of the page body, once each, in document order:
// <figure> with its <figcaption>, and an <img> whose wrapper (up to
// heuristics::kCaptionSearchLevels levels up) holds an element named like
// a caption ("caption", "wp-caption-text", itemprop=caption). Pictures
// without a caption are left out: on news pages they are logos, icons,
// avatars and teaser thumbnails far more often than story pictures.
// Addresses are resolved against `base_url`, the page's (Options::url, else
// its canonical URL); relative ones stay relative when it is empty.
// `record` (may be null) gets the caption element of each image kept.
std::vector<Image> CollectFigures(const dom::Document& doc,
                                  std::string_view base_url,
                                  decisions::Record* record = nullptr);

}  // namespace artext::content

#endif  // ARTEXT_CONTENT_FIGURES_H_
