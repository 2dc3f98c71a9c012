// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/main_region.h"

#include "content/blocks.h"
#include "heuristics.h"

namespace artext::content {

namespace {

// Running text: a paragraph's worth, with a sentence, little linked.
bool IsProse(const dom::NodeStats& s) {
  return s.chars >= heuristics::kSiblingParagraphChars && s.sentences > 0 &&
         dom::LinkDensity(s) < heuristics::kSiblingMaxLinkDensity;
}

// A sibling of `child` (under `parent`) that is running text: the intro
// above a grid of cards, which the region must keep.
bool HasProseBeside(const dom::Node* parent, const dom::Node* child,
                    const std::vector<dom::NodeStats>& stats) {
  for (const dom::Node* c = parent->first_child; c; c = c->next_sibling) {
    if (c != child && !c->removed && c->is_element() &&
        IsProse(stats[c->order])) {
      return true;
    }
  }
  return false;
}

}  // namespace

const dom::Node* FindMainRegion(const dom::Document& doc,
                                const std::vector<dom::NodeStats>& stats) {
  const dom::Node* n = const_cast<dom::Document&>(doc).body();
  if (!n || stats[n->order].chars == 0) return nullptr;
  const double share = heuristics::kMainRegionChildShare;
  for (;;) {
    const dom::Node* best = nullptr;
    for (const dom::Node* c = n->first_child; c; c = c->next_sibling) {
      if (c->removed || !c->is_element()) continue;
      if (!best || stats[c->order].chars > stats[best->order].chars) best = c;
    }
    if (!best || stats[best->order].chars < share * stats[n->order].chars ||
        HasProseBeside(n, best, stats)) {
      return n;
    }
    n = best;
  }
}

std::vector<Block> ReadMainRegion(const dom::Document& doc,
                                  const std::vector<dom::NodeStats>& stats,
                                  decisions::Record* record) {
  const dom::Node* region = FindMainRegion(doc, stats);
  if (!region) return {};
  if (record) record->Add(region, decisions::Rule::kMainRegion);
  return ExtractPageBlocks({region}, stats, nullptr, record);
}

}  // namespace artext::content
