// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Scoring building blocks: small pure functions, after Readability's
// _initializeNode, _getLinkDensity and paragraph scoring.

#ifndef ARTEXT_SCORE_WEIGHTS_H_
#define ARTEXT_SCORE_WEIGHTS_H_

#include "dom/node.h"
#include "heuristics.h"
#include "dom/stats.h"

namespace artext::score {

using dom::NodeStats;
using heuristics::kAncestorLevels;
using heuristics::kMinParagraphChars;
using heuristics::kMinSiblingScore;
using heuristics::kSiblingMaxLinkDensity;
using heuristics::kSiblingParagraphChars;
using heuristics::kSiblingScoreRatio;

// The score an ancestor starts from, by tag (Readability's _initializeNode).
double TagPrior(dom::Tag tag);

// A paragraph's contribution: 1 + commas + length points.
double ParagraphScore(const NodeStats& s);

// A block that holds running text itself: <p>, <pre>, <td>, <blockquote>, or
// any block element with no block children (a <div> used as a paragraph),
// long enough to score.
bool IsParagraphLike(const dom::Node* n, const NodeStats& s);

// A container with block children whose own loose text (outside them) is
// long enough to score as a paragraph.
bool HasParagraphOfOwnText(const dom::Node* n, const NodeStats& s);

// The own-text part of `s` as stats of its own (chars and commas).
NodeStats OwnText(const NodeStats& s);

// Number of element children not removed.
int ElementChildCount(const dom::Node* n);

}  // namespace artext::score

#endif  // ARTEXT_SCORE_WEIGHTS_H_
