// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Per-node text statistics, computed for the whole tree in one reverse scan
// (children before parents), so scoring never re-walks a subtree: the cost is
// linear in the page however deep it nests. Cleaning (forms and prompts are
// judged by size), scoring and block extraction all read them; they live in
// dom/ so that none of those stages depends on another for them.

#ifndef ARTEXT_DOM_STATS_H_
#define ARTEXT_DOM_STATS_H_

#include <cstdint>
#include <vector>

#include "dom/document.h"

namespace artext::dom {

struct NodeStats {
  uint32_t chars = 0;       // visible characters (white space collapsed)
  uint32_t link_chars = 0;  // of which inside <a href>
  uint32_t quote_chars = 0;  // of which inside <blockquote>
  uint32_t links = 0;   // <a href> elements
  uint32_t images = 0;  // <img> elements
  uint32_t commas = 0;      // commas of any script (, ， 、 ،)
  uint32_t sentences = 0;   // sentence ends (. ! ? 。 ！ ？) followed by space/end
  bool has_block_child = false;  // a non-removed block element child
  // Text that is the element's own, outside its block children: the loose
  // text of a <div> that mixes text, <br>s and block children, which a
  // reader sees as a paragraph of its own.
  uint32_t own_chars = 0;
  uint32_t own_commas = 0;
};

// Indexed by Node::order. Removed nodes and non-content elements count zero
// (<noscript> and <template> count unless removed: IsFallbackContentTag).
std::vector<NodeStats> ComputeStats(const Document& doc);

// The same, taking each text node's counts (chars, commas, sentences) from
// `earlier`, stats of the same document computed with fewer nodes removed:
// a text node's own counts never change, and counting them is most of the
// work. score::GrabArticle recomputes stats once per cleaning attempt.
std::vector<NodeStats> ComputeStats(const Document& doc,
                                    const std::vector<NodeStats>& earlier);

// A wrapper whose text is all inside blockquotes is an embedded post
// (<div class="social-embed"><blockquote class="twitter-tweet">): quoted
// content the story cites, however it is named.
inline bool IsEmbeddedQuote(const NodeStats& s) {
  return s.chars > 0 && s.quote_chars == s.chars;
}

// link_chars / chars, 0 for empty nodes.
inline double LinkDensity(const NodeStats& s) {
  return s.chars == 0 ? 0.0 : static_cast<double>(s.link_chars) / s.chars;
}

}  // namespace artext::dom

#endif  // ARTEXT_DOM_STATS_H_
