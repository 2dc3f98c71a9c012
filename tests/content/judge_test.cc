// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/judge.h"

#include <gtest/gtest.h>

namespace artext::content {
namespace {

Article WithWords(int words, const char* headline = "A story") {
  Article a;
  a.word_count = words;
  a.headline = headline;
  return a;
}

TEST(JudgeArticle, EnoughTextIsAnArticle) {
  BlockCounts c;
  c.kept = 8;
  c.link_lines = 2;
  EXPECT_TRUE(JudgeArticle({}, c, WithWords(400)).is_article);
}

TEST(JudgeArticle, TooFewWordsIsNot) {
  BlockCounts c;
  c.kept = 1;
  EXPECT_FALSE(JudgeArticle({}, c, WithWords(12)).is_article);
  Options o;
  o.min_words = 500;
  EXPECT_FALSE(JudgeArticle(o, c, WithWords(400)).is_article);
}

TEST(JudgeArticle, ErrorHeadlineWithLittleTextIsNot) {
  BlockCounts c;
  c.kept = 2;
  EXPECT_FALSE(JudgeArticle({}, c, WithWords(70, "Page not found")).is_article);
  // A long story about a "404" is still a story.
  EXPECT_TRUE(JudgeArticle({}, c, WithWords(800, "The 404 bus route is cut")).is_article);
}

TEST(JudgeArticle, MostlyTeaserLinksIsAnIndex) {
  BlockCounts c;
  c.kept = 8;
  c.link_lines = 8;
  EXPECT_FALSE(JudgeArticle({}, c, WithWords(120)).is_article);
  c.link_lines = 5;  // below kMinIndexLinkLines
  EXPECT_TRUE(JudgeArticle({}, c, WithWords(120)).is_article);
}

TEST(IsErrorHeadline, SeveralLanguages) {
  EXPECT_TRUE(IsErrorHeadline("404 | Example"));
  EXPECT_TRUE(IsErrorHeadline("Page Not Found – The Gazette"));
  EXPECT_TRUE(IsErrorHeadline("Страница не найдена"));
  EXPECT_TRUE(IsErrorHeadline("ページが見つかりません"));
  EXPECT_FALSE(IsErrorHeadline("Council votes to close the bridge"));
}

}  // namespace
}  // namespace artext::content
