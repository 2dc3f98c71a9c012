// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/assemble.h"

#include <algorithm>

#include "content/direction.h"
#include "content/judge.h"
#include "heuristics.h"
#include "util/text.h"

namespace artext::content {
void Assemble(const Options& options, const BlockCounts& counts,
              Article* article) {
  auto& body = article->body;
  // The headline and captions are metadata; drop blocks that only repeat
  // them (the page prints them inside the article container).
  body.erase(std::remove_if(body.begin(), body.end(),
                            [&](const Block& b) {
                              if (article->headline &&
                                  b.text == *article->headline) {
                                return true;
                              }
                              for (const Image& img : article->images) {
                                if (!img.caption.empty() && b.text == img.caption) {
                                  return true;
                                }
                              }
                              return false;
                            }),
             body.end());
  article->text.clear();
  for (const Block& b : body) {
    if (!article->text.empty()) article->text += "\n\n";
    article->text += b.text;
  }
  article->word_count = util::CountWords(article->text);
  article->direction = TextDirection(article->text);
  Judgement j = JudgeArticle(options, counts, *article);
  article->is_article = j.is_article;
  if (options.debug) article->debug.push_back("judgement: " + j.reason);
}

}  // namespace artext::content
