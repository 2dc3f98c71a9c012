// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "score/weights.h"

#include <algorithm>

#include "heuristics.h"

namespace artext::score {

double TagPrior(dom::Tag tag) {
  switch (tag) {
    case dom::Tag::kDiv: case dom::Tag::kArticle: case dom::Tag::kMain:
    case dom::Tag::kSection:
      return heuristics::kProseContainerPrior;
    case dom::Tag::kPre: case dom::Tag::kTd: case dom::Tag::kBlockquote:
      return heuristics::kQuoteOrCellPrior;
    case dom::Tag::kAddress: case dom::Tag::kOl: case dom::Tag::kUl:
    case dom::Tag::kDl: case dom::Tag::kDd: case dom::Tag::kDt:
    case dom::Tag::kLi: case dom::Tag::kForm:
      return heuristics::kListOrFormPrior;
    case dom::Tag::kH1: case dom::Tag::kH2: case dom::Tag::kH3:
    case dom::Tag::kH4: case dom::Tag::kH5: case dom::Tag::kH6:
    case dom::Tag::kTh:
      return heuristics::kHeadingPrior;
    default:
      return 0;
  }
}

double ParagraphScore(const NodeStats& s) {
  return 1.0 + s.commas +
         std::min(s.chars / heuristics::kCharsPerLengthPoint,
                  heuristics::kMaxLengthPoints);
}

bool IsParagraphLike(const dom::Node* n, const NodeStats& s) {
  if (n->removed || s.chars < heuristics::kMinParagraphChars) return false;
  switch (n->tag) {
    case dom::Tag::kP: case dom::Tag::kPre: case dom::Tag::kTd:
    case dom::Tag::kBlockquote:
      return true;
    case dom::Tag::kDiv: case dom::Tag::kSection: case dom::Tag::kArticle:
    case dom::Tag::kCenter:
      return !s.has_block_child;
    default:
      return false;
  }
}

bool HasParagraphOfOwnText(const dom::Node* n, const NodeStats& s) {
  if (n->removed || !s.has_block_child ||
      s.own_chars < heuristics::kMinParagraphChars) {
    return false;
  }
  switch (n->tag) {
    case dom::Tag::kDiv: case dom::Tag::kSection: case dom::Tag::kArticle:
    case dom::Tag::kMain: case dom::Tag::kTd: case dom::Tag::kCenter:
    case dom::Tag::kForm: case dom::Tag::kBody:
      return true;
    default:
      return false;
  }
}

NodeStats OwnText(const NodeStats& s) {
  NodeStats own;
  own.chars = s.own_chars;
  own.commas = s.own_commas;
  return own;
}

int ElementChildCount(const dom::Node* n) {
  int count = 0;
  for (const dom::Node* c = n->first_child; c; c = c->next_sibling) {
    if (c->is_element() && !c->removed) ++count;
  }
  return count;
}

}  // namespace artext::score
