// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/judge.h"

#include <algorithm>
#include <array>

#include "heuristics.h"
#include "util/text.h"

namespace artext::content {
namespace {

using std::string_view_literals::operator""sv;

// Origin: the titles of error pages of the major CMSs (WordPress "Page not
// found", Drupal, Arc, Naver/Daum, Yahoo Japan) in the corpus languages.
constexpr std::array kErrorPhrases = {
    "404"sv,
    "page not found"sv,
    "not found"sv,
    "page doesn't exist"sv,
    "page does not exist"sv,
    "no longer available"sv,
    "página no encontrada"sv,
    "página não encontrada"sv,
    "page introuvable"sv,
    "seite nicht gefunden"sv,
    "pagina non trovata"sv,
    "страница не найдена"sv,  // AsciiLower leaves Cyrillic capitals
    "Страница не найдена"sv,
    "페이지를 찾을 수 없습니다"sv,
    "ページが見つかりません"sv,
    "页面不存在"sv,
    "找不到页面"sv,
    "الصفحة غير موجودة"sv,
};

}  // namespace

bool IsErrorHeadline(std::string_view headline) {
  std::string lower = util::AsciiLower(headline);
  for (std::string_view p : kErrorPhrases) {
    if (lower.find(p) != std::string::npos) return true;
  }
  return false;
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
