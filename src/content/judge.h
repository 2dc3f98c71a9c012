// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Is the page an article at all? Index, tag and home pages, galleries with no
// text and error pages still yield some text; they must be reported as
// is_article = false rather than presenting a random block as the story.

#ifndef ARTEXT_CONTENT_JUDGE_H_
#define ARTEXT_CONTENT_JUDGE_H_

#include <string>

#include "artext/article.h"
#include "artext/options.h"
#include "content/blocks.h"

namespace artext::content {

struct Judgement {
  bool is_article = false;
  std::string reason;  // for --debug: why not (or "article")
};

// Needs article->text, word_count and headline set.
Judgement JudgeArticle(const Options& options, const BlockCounts& counts,
                       const Article& article);

// True when the headline or title reads like an HTTP error page
// ("404", "Page not found", "Seite nicht gefunden", "페이지를 찾을 수 없습니다").
bool IsErrorHeadline(std::string_view headline);

}  // namespace artext::content

#endif  // ARTEXT_CONTENT_JUDGE_H_
