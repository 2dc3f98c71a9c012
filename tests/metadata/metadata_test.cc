// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/metadata.h"

#include <string>

#include <gtest/gtest.h>

#include "dom/document.h"

namespace artext::metadata {
namespace {

Metadata Extract(const dom::Document& doc) {
  return ExtractMetadata(doc, ParseJsonLdScripts(doc), Options{});
}

TEST(ExtractMetadata, ReturnsChoicesWithTheirSourcesAndConsumedNodes) {
  dom::Document doc = dom::Document::Parse(
      "<html lang=en><head></head>"
      "<body><h1 id=h>Bridge to close</h1>"
      "<p class=byline id=b>By Jane Holm</p>"
      "<time id=t datetime=\"2024-03-05T10:00:00Z\">5 March</time>"
      "<p>The council voted on Tuesday.</p></body></html>",
      dom::ParseOptions{});
  Metadata meta = Extract(doc);
  ASSERT_TRUE(meta.headline);
  EXPECT_EQ(meta.headline->value, "Bridge to close");
  EXPECT_EQ(meta.headline->source, "dom:h1");
  EXPECT_EQ(meta.authors.source, "dom:byline");
  ASSERT_TRUE(meta.dates.published);
  EXPECT_EQ(meta.dates.published->source, "dom:time");

  ASSERT_NE(meta.consumed.headline, nullptr);
  EXPECT_EQ(meta.consumed.headline->Attr("id"), "h");
  ASSERT_NE(meta.consumed.byline, nullptr);
  EXPECT_EQ(meta.consumed.byline->Attr("id"), "b");
  ASSERT_NE(meta.consumed.dateline, nullptr);
  EXPECT_EQ(meta.consumed.dateline->Attr("id"), "t");
}

TEST(ExtractMetadata, DeclaredValuesConsumeNoNode) {
  dom::Document doc = dom::Document::Parse(
      "<html><head><script type=\"application/ld+json\">"
      "{\"@type\": \"NewsArticle\", \"headline\": \"Bridge to close\","
      " \"author\": {\"@type\": \"Person\", \"name\": \"Jane Holm\"},"
      " \"datePublished\": \"2024-03-05\"}</script></head>"
      "<body><h1>Bridge to close</h1><p>Text.</p></body></html>",
      dom::ParseOptions{});
  Metadata meta = Extract(doc);
  ASSERT_TRUE(meta.headline);
  EXPECT_EQ(meta.headline->source, "json-ld");
  EXPECT_EQ(meta.consumed.headline, nullptr);
  EXPECT_EQ(meta.consumed.byline, nullptr);
  EXPECT_EQ(meta.consumed.dateline, nullptr);
}

// On a page that is not an article, a printed date among others is a
// teaser's and goes; on an article, or when the date is declared, it stays.
TEST(ForgetArticleCredits, DropsATeasersDateOnlyOffArticles) {
  Metadata meta;
  meta.dates.published = Candidate{"2023-10-12", "dom:dateline"};
  meta.dates.published_among_teasers = true;
  Metadata article = meta;
  ForgetArticleCredits(PageType::kArticle, false, &article);
  EXPECT_TRUE(article.dates.published);
  Metadata forum = meta;
  ForgetArticleCredits(PageType::kForum, false, &forum);
  EXPECT_TRUE(forum.dates.published);
  for (PageType t : {PageType::kListing, PageType::kService,
                     PageType::kDocumentation}) {
    Metadata m = meta;
    ForgetArticleCredits(t, false, &m);
    EXPECT_FALSE(m.dates.published) << PageTypeName(t);
  }
  meta.dates.published_among_teasers = false;
  ForgetArticleCredits(PageType::kListing, false, &meta);
  EXPECT_TRUE(meta.dates.published);
}

// On a page that is not an article, a declared date it never prints is a
// record date (a build's, a catalogue's) and goes; on an article it stays.
TEST(ForgetArticleCredits, DropsAnUnprintedDeclaredDateOnlyOffArticles) {
  Metadata meta;
  meta.dates.published = Candidate{"2026-02-26T14:07:09", "meta:article:published_time"};
  meta.dates.published_unprinted = true;
  for (PageType t : {PageType::kArticle, PageType::kForum}) {
    Metadata m = meta;
    ForgetArticleCredits(t, false, &m);
    EXPECT_TRUE(m.dates.published) << PageTypeName(t);
  }
  for (PageType t : {PageType::kListing, PageType::kService,
                     PageType::kDocumentation}) {
    Metadata m = meta;
    ForgetArticleCredits(t, false, &m);
    EXPECT_FALSE(m.dates.published) << PageTypeName(t);
  }
  // So with a printed update taken as the only date.
  meta.dates.published = Candidate{"2026-03-02", "dom:dateline"};
  meta.dates.published_unprinted = false;
  meta.dates.published_is_update = true;
  Metadata article = meta;
  ForgetArticleCredits(PageType::kArticle, false, &article);
  EXPECT_TRUE(article.dates.published);
  ForgetArticleCredits(PageType::kDocumentation, false, &meta);
  EXPECT_FALSE(meta.dates.published);
}

}  // namespace

}  // namespace artext::metadata
