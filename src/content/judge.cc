// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/judge.h"

#include <algorithm>

#include "heuristics.h"
#include "lexicon/lexicon.h"
#include "util/text.h"

namespace artext::content {

bool IsErrorHeadline(std::string_view headline) {
  std::string lower = util::AsciiLower(headline);
  return lexicon::kErrorTitlePhrases.FoundIn(lower);
}

Judgement JudgeArticle(const Options& options, const BlockCounts& counts,
                       const Article& article) {
  int min_words = std::max(options.min_words, heuristics::kMinArticleWords);
  if (article.word_count < min_words) {
    return {false, "too few words (" + std::to_string(article.word_count) + ")"};
  }
  if (article.headline && IsErrorHeadline(*article.headline) &&
      article.word_count < heuristics::kMaxErrorPageWords) {
    return {false, "error page headline"};
  }
  // An index: the chosen blocks are mostly teaser links (headline links
  // dropped as link lines, each with a short standfirst kept).
  if (counts.link_lines >= heuristics::kMinIndexLinkLines &&
      counts.link_lines >= counts.kept * heuristics::kIndexLinkLineRatio) {
    return {false, "index: " + std::to_string(counts.link_lines) +
                       " link lines for " + std::to_string(counts.kept) +
                       " text blocks"};
  }
  return {true, "article"};
}

}  // namespace artext::content
