// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Reading a byline's text as a reader sees it. A byline element holds the
// name and, beside it, pieces that are no name: a role, a "Follow" button,
// a Twitter link, a label ("Veröffentlicht von") whose name is in the next
// element. Templates often print these pieces without a space between
// them, so the names come out glued ("Gina TrapaniCEO", "ByAlex").

#ifndef ARTEXT_METADATA_READERS_BYLINE_LINES_H_
#define ARTEXT_METADATA_READERS_BYLINE_LINES_H_

#include <string>

#include "dom/node.h"

namespace artext::metadata {

// The text of `n` (dom::InnerText: block elements and <br> are line
// breaks), with a line break also where two elements' texts meet without a
// space between them: `<span>Gina Trapani</span><span>CEO</span>` reads
// "Gina Trapani\nCEO", as the page shows it on two boxes. ParseAuthors
// reads a line break as a separator. Text joined by white space, or an
// element inside a word's run with no element edge between ("<b>J</b>ane"
// is one run), is left as it is.
std::string BylineText(const dom::Node* n);

// True if `byline` sits inside a link to another page that holds more than
// the byline: a teaser card whose whole box is a link to its story
// (`<a href=...><span>Headline</span><span>Von Jane Doe</span></a>`).
// A link around the name alone (the author's page) is no teaser.
// `byline_chars`: the length of the byline's text.
bool InLinkedTeaser(const dom::Node* byline, size_t byline_chars);

// The element holding a byline that a label opens, in the languages of
// lexicon::kBylineLabels: `n` itself when its text starts with a label and
// a name follows ("Autor: Jane Doe", "Veröffentlicht von Jane Doe",
// "著者：後藤大地", "Autorin/Autor Roman Goncharenko"); the next element
// sibling when `n` holds only the label (`<dt>Autor</dt><dd>Jane Doe</dd>`,
// `<span>By</span><a>Jane Doe</a>`, `<h2>Article by</h2><div>Jane Doe</div>`);
// else null. Bylines that no class names are found this way; ParseAuthors
// strips the label. `n` is a leaf-like element (no block children).
const dom::Node* LabelledByline(const dom::Node* n);

// The first words of `n`, from its first `max_nodes` nodes only and stopping
// once `enough_bytes` are read: labels and by-words are short, and nested
// spans must not each flatten their whole subtree.
std::string LeadingText(const dom::Node* n, int max_nodes, size_t enough_bytes);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_READERS_BYLINE_LINES_H_
