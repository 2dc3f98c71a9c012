// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Visible-page reader: what a reader sees rather than what the page
// declares. <title>, the <h1>s, bylines ("By Jane Doe" lines, elements
// classed byline/author/writer/reporter, rel=author links), <time datetime>
// and datelines (elements classed date/time/published/posted/timestamp).
// Bylines and datelines are taken anywhere in the page — near the headline
// or after the body, as on the JoongAng Daily reference page — except inside
// comment sections, related-story lists, sidebars and the site footer,
// which hold other people's names and other stories' dates.

#ifndef ARTEXT_METADATA_READERS_VISIBLE_H_
#define ARTEXT_METADATA_READERS_VISIBLE_H_

#include <string>
#include <string_view>

#include "dom/document.h"
#include "metadata/page_facts.h"

namespace artext::metadata {

// Containers whose names and dates are not the article's (comments,
// related stories, sidebars, teasers, the footer, <nav>). Matched on
// class/id tokens, so "no-sidebar" or "has-comments" flags on a wrapper do
// not hide the whole page; <html> and <body> carry only such flags.
// `ci`: clean::ClassAndId(n).
bool IsForeignContainer(const dom::Node* n, std::string_view ci);

void ReadVisible(const dom::Document& doc, PageFacts* facts);

// The text of the first <title>, whitespace collapsed ("" when none). The
// JSON-LD reader needs it before the visible reader runs.
std::string DocumentTitle(const dom::Document& doc);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_READERS_VISIBLE_H_
