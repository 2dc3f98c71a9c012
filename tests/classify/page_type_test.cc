// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// ClassifyPageType on hand-made signals: each decision rule alone.

#include "classify/page_type.h"

#include <gtest/gtest.h>

#include "heuristics.h"

namespace artext::classify {
namespace {

namespace h = heuristics;

// A page of plain text with enough words and nothing else.
ArticleEvidence Words(int words, std::string url = "") {
  ArticleEvidence e;
  e.words = words;
  e.kept_blocks = 10;
  e.url = std::move(url);
  return e;
}

PageType Type(const PageSignals& s, const ArticleEvidence& e) {
  return ClassifyPageType(s, e, Options{}).type;
}

TEST(ClassifyPageType, PlainTextIsArticle) {
  PageTypeResult r = ClassifyPageType({}, Words(300), Options{});
  EXPECT_EQ(r.type, PageType::kArticle);
  EXPECT_FALSE(r.reasons.empty());
}

TEST(ClassifyPageType, TooFewWordsIsOther) {
  EXPECT_EQ(Type({}, Words(h::kMinArticleWords - 1)), PageType::kOther);
}

TEST(ClassifyPageType, FirmArticleEvidenceKeepsShortArticle) {
  PageSignals s;
  s.declared = {{"newsarticle", "json-ld"}};
  ArticleEvidence e = Words(20);
  e.has_authors = true;
  e.has_date = true;
  EXPECT_EQ(Type(s, e), PageType::kArticle);
}

TEST(ClassifyPageType, ErrorHeadlineIsOther) {
  ArticleEvidence e = Words(100);
  e.error_headline = true;
  EXPECT_EQ(Type({}, e), PageType::kOther);
}

TEST(ClassifyPageType, DeclaredProductWithPricesIsProduct) {
  PageSignals s;
  s.declared = {{"product", "json-ld"}};
  s.price_texts = h::kMinProductPrices;
  EXPECT_EQ(Type(s, Words(300)), PageType::kProduct);
}

TEST(ClassifyPageType, DeclaredQaPageIsForum) {
  PageSignals s;
  s.declared = {{"qapage", "json-ld"}};
  EXPECT_EQ(Type(s, Words(300)), PageType::kForum);
}

TEST(ClassifyPageType, FaqQuestionsAreNoForum) {
  PageSignals s;
  s.declared = {{"faqpage", "json-ld"}, {"question", "json-ld"}};
  EXPECT_EQ(Type(s, Words(300)), PageType::kArticle);
}

TEST(ClassifyPageType, TechArticleIsDocumentation) {
  PageSignals s;
  s.declared = {{"techarticle", "json-ld"}};
  EXPECT_EQ(Type(s, Words(300)), PageType::kDocumentation);
}

TEST(ClassifyPageType, CodeHeavyDocsPathIsDocumentation) {
  PageSignals s;
  s.code_blocks = h::kMinDocsCodeBlocks;
  EXPECT_EQ(Type(s, Words(300, "https://x.org/docs/install")),
            PageType::kDocumentation);
}

TEST(ClassifyPageType, TeaserLinksAreListing) {
  ArticleEvidence e = Words(300);
  e.link_lines = h::kMinIndexLinkLines;
  e.kept_blocks = h::kMinIndexLinkLines;
  EXPECT_EQ(Type({}, e), PageType::kListing);
}

TEST(ClassifyPageType, HomePageIsService) {
  EXPECT_EQ(Type({}, Words(300, "https://example.com/")), PageType::kService);
}

TEST(ClassifyPageType, StrongArticleEvidenceBeatsOneWeakType) {
  PageSignals s;
  s.long_paragraphs = h::kMinArticleProseParagraphs;
  s.top_prose_run_chars = 5000;
  ArticleEvidence e = Words(h::kLongArticleWords, "https://x.com/services/a");
  e.has_authors = true;
  e.has_date = true;
  EXPECT_EQ(Type(s, e), PageType::kArticle);
}

// --- The shape signals ------------------------------------------------------

TEST(ClassifyPageType, ManyPostsWithoutAProseRunIsForum) {
  PageSignals s;
  s.post_units = h::kMinForumPosts;
  s.top_prose_run_chars = h::kArticleProseRunChars - 1;
  PageTypeResult r = ClassifyPageType(s, Words(300), Options{});
  EXPECT_EQ(r.type, PageType::kForum);
  EXPECT_NE(r.reasons[0].find("posts"), std::string::npos);
}

TEST(ClassifyPageType, FewPostsAreNoForum) {
  PageSignals s;
  s.post_units = h::kMinForumPosts - 1;
  EXPECT_EQ(Type(s, Words(300)), PageType::kArticle);
}

TEST(ClassifyPageType, StoryWithCommentThreadStaysArticle) {
  PageSignals s;
  s.post_units = 30;
  s.top_prose_run_chars = h::kArticleProseRunChars;
  EXPECT_EQ(Type(s, Words(300)), PageType::kArticle);
}

TEST(ClassifyPageType, CallsToActionWithoutAProseRunAreService) {
  PageSignals s;
  s.cta_controls = h::kMinServiceCtas;
  PageTypeResult r = ClassifyPageType(s, Words(300), Options{});
  EXPECT_EQ(r.type, PageType::kService);
  EXPECT_NE(r.reasons[0].find("calls to action"), std::string::npos);
}

TEST(ClassifyPageType, PressReleaseContactStaysArticle) {
  PageSignals s;
  s.cta_controls = h::kMinServiceCtas;
  s.top_prose_run_chars = h::kArticleProseRunChars;
  EXPECT_EQ(Type(s, Words(300)), PageType::kArticle);
}

TEST(ClassifyPageType, CardGridOfLinksIsListingEvidence) {
  PageSignals s;
  s.card_grid_items = h::kMinListingGridItems;
  s.text_chars = 1000;
  s.link_chars = 500;
  s.linked_headings = h::kMinListingLinkedHeadings;
  EXPECT_EQ(Type(s, Words(300)), PageType::kListing);
  // The same grid on a page whose text is mostly outside links is a
  // story's related-links box: one point is not enough.
  s.link_chars = 100;
  EXPECT_EQ(Type(s, Words(300)), PageType::kArticle);
}

TEST(ClassifyPageType, DebugWritesTheSignalsLine) {
  Options options;
  options.debug = true;
  PageSignals s;
  s.cta_controls = 2;
  PageTypeResult r = ClassifyPageType(s, Words(300), options);
  EXPECT_NE(r.signals_line.find("cta=2"), std::string::npos);
}

}  // namespace
}  // namespace artext::classify
