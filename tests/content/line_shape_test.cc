// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/line_shape.h"

#include <gtest/gtest.h>

namespace artext::content {
namespace {

TEST(IsBylineLine, NamesAfterByWithOptionalEmail) {
  EXPECT_TRUE(IsBylineLine("By Jane Holm"));
  EXPECT_TRUE(IsBylineLine(
      "BY ESTHER CHUNG, CHUNG YEONG-GYO [chung.juhee@joongang.co.kr]"));
  EXPECT_TRUE(IsBylineLine("By Jane Holm and John Roe, Reuters"));
  EXPECT_TRUE(IsBylineLine("by Ana Ruiz jane@example.com"));
}

TEST(IsBylineLine, GlueWordsComeFromTheLexicon) {
  // Separators, name particles and joining prepositions, in any case.
  EXPECT_TRUE(IsBylineLine("By Anna Müller und Peter Schmidt"));
  EXPECT_TRUE(IsBylineLine("By Maria de la Cruz"));
  EXPECT_TRUE(IsBylineLine("By Jane Holm for The Times"));
  EXPECT_TRUE(IsBylineLine("BY JANE HOLM AND JOHN ROE"));
  EXPECT_FALSE(IsBylineLine("By Jane Holm, who covers politics"));
}

TEST(IsBylineLine, SentencesStartingWithByAreText) {
  EXPECT_FALSE(IsBylineLine("By the end of the year the bridge was closed."));
  EXPECT_FALSE(IsBylineLine("By Tuesday, councillors had voted to close it."));
  EXPECT_FALSE(IsBylineLine("Jane Holm"));
  EXPECT_FALSE(IsBylineLine("By"));
}

TEST(IsUrlLine, OnlyABareAddress) {
  EXPECT_TRUE(IsUrlLine("https://www.example.com/news/article-123.php"));
  EXPECT_TRUE(IsUrlLine("  www.example.com/a  "));
  EXPECT_FALSE(IsUrlLine("https://t.co/x is where the video was posted"));
  EXPECT_FALSE(IsUrlLine("See example.com for details"));
}

TEST(IsTimestampLine, StampWordsWithDigits) {
  EXPECT_TRUE(IsTimestampLine("Updated 11:21 pm CST, Tuesday, November 19, 2019"));
  EXPECT_TRUE(IsTimestampLine("Published: 12 Oct. 2023, 18:45"));
  EXPECT_TRUE(IsTimestampLine("05/10/2024 - Categoria: Cidade"));
  EXPECT_TRUE(IsTimestampLine("2019-11-19 11:21"));
}

TEST(IsTimestampLine, SentencesAndNumbersAreNot) {
  EXPECT_FALSE(IsTimestampLine("Updated figures show a fall. Officials said 3 more died."));
  EXPECT_FALSE(IsTimestampLine("Posted without a date"));
  EXPECT_FALSE(IsTimestampLine("4,200 residents signed the petition."));
  EXPECT_FALSE(IsTimestampLine("12.5 percent of the deck has rusted"));
}

}  // namespace
}  // namespace artext::content

namespace artext::content {
namespace {

TEST(IsCounterLine, GalleryAndPagerCounters) {
  EXPECT_TRUE(IsCounterLine("Image 1 of 5"));
  EXPECT_TRUE(IsCounterLine("3 / 12"));
  EXPECT_TRUE(IsCounterLine("Slide 2/9"));
  EXPECT_FALSE(IsCounterLine("1 of 5 residents signed"));
  EXPECT_FALSE(IsCounterLine("Chapter 3"));
  EXPECT_FALSE(IsCounterLine("Image 1 of"));
}

}  // namespace
}  // namespace artext::content

namespace artext::content {
namespace {

TEST(IsTimestampLine, YearAndClockTimeInAnyLanguage) {
  EXPECT_TRUE(IsTimestampLine("segunda-feira, 22 de janeiro de 2018 às 0:13"));
  EXPECT_TRUE(IsTimestampLine("Nov 19, 2019 11:21 pm"));
  EXPECT_FALSE(IsTimestampLine("The vote is at 10:30 on May 2, 2024."));
  EXPECT_FALSE(IsTimestampLine("Kickoff at 19:30"));
}

}  // namespace
}  // namespace artext::content

namespace artext::content {
namespace {

TEST(IsCallToActionLine, ShortPromotionsOnly) {
  EXPECT_TRUE(IsCallToActionLine("Sign up for our daily newsletter."));
  EXPECT_TRUE(IsCallToActionLine(
      "Get Motor Cycle Monthly delivered through your letterbox every month. "
      "12 issues for £11.99. Click here for more information."));
  EXPECT_TRUE(IsCallToActionLine("Follow us on Twitter @example."));
  EXPECT_FALSE(IsCallToActionLine(
      "If you just want Disney+, you can sign up for a free 7-day trial."));
  std::string long_para(250, 'x');
  EXPECT_FALSE(IsCallToActionLine(long_para + " click here"));
}

// A short heading that opens with a call and names a newsletter is a
// promotion; a sentence of the story about a newsletter is not.
TEST(IsCallToActionLine, NewsletterHeadings) {
  EXPECT_TRUE(IsCallToActionLine("Join Our Genius Newsletter"));
  EXPECT_TRUE(IsCallToActionLine("Subscribe to State of AI newsletter"));
  EXPECT_TRUE(IsCallToActionLine(
      "Like What You're Reading? Subscribe To The Monthly Newsletter!"));
  EXPECT_TRUE(IsCallToActionLine("Join our mailing list! Get a newsletter"));
  EXPECT_FALSE(IsCallToActionLine(
      "The newsletter, which he started in 2019, now has 40,000 readers."));
  EXPECT_FALSE(IsCallToActionLine(
      "Subscribers to the newsletter were told on Monday that the "
      "publication would close at the end of the month after ten years."));
}

}  // namespace
}  // namespace artext::content
