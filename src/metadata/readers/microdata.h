// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Microdata reader: elements carrying itemprop="headline", "author",
// "creator", "datePublished", "dateModified" (the <meta itemprop> form is
// read with the other meta tags). An author item with itemscope gives its
// own itemprop="name"; values inside a Comment or Review item belong to the
// comment, not the article, and are skipped.

#ifndef ARTEXT_METADATA_READERS_MICRODATA_H_
#define ARTEXT_METADATA_READERS_MICRODATA_H_

#include "dom/document.h"
#include "metadata/page_facts.h"

namespace artext::metadata {

void ReadMicrodata(const dom::Document& doc, PageFacts* facts);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_READERS_MICRODATA_H_
