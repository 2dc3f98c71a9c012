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

TEST(ClassifyPageType, PricedCardGridIsACategoryNotAProduct) {
  PageSignals s;
  s.price_texts = 40;
  s.cart_buttons = 20;
  s.cart_marks = 20;
  EXPECT_EQ(Type(s, Words(300)), PageType::kProduct);
  // The same prices and buttons, each on a card of one grid: a category.
  s.priced_card_grid_items = h::kMinPricedGridItems;
  PageTypeResult r = ClassifyPageType(s, Words(300), Options{});
  EXPECT_EQ(r.type, PageType::kListing);
  ASSERT_FALSE(r.reasons.empty());
  EXPECT_NE(r.reasons[0].find("priced cards"), std::string::npos);
  // A product page's related-products row is fewer cards.
  s.priced_card_grid_items = h::kMinPricedGridItems - 1;
  EXPECT_EQ(Type(s, Words(300)), PageType::kProduct);
}

TEST(ClassifyPageType, ForumSoftwareAddressIsAThread) {
  // A JavaScript-rendered thread: no text, only its address.
  ArticleEvidence e = Words(0, "https://forum.example.org/t/which-lens/4021");
  PageTypeResult r = ClassifyPageType({}, e, Options{});
  EXPECT_EQ(r.type, PageType::kForum);
  EXPECT_EQ(r.reasons.at(0), "forum software address");
  for (const char* url :
       {"https://www.reddit.com/r/cooking/comments/1abc/best_pan/",
        "https://bbs.example.net/viewtopic.php?id=12",
        "https://x.example/community/threads/new-build.8812/",
        "https://x.stackexchange.com/questions/1234/how-to"}) {
    EXPECT_EQ(Type({}, Words(0, url)), PageType::kForum) << url;
  }
  // A story under /t/ without the id, or a "comments" section, is not.
  EXPECT_EQ(Type({}, Words(300, "https://news.example/t/today-in-brief")),
            PageType::kArticle);
  EXPECT_EQ(Type({}, Words(300, "https://news.example/comments/letters")),
            PageType::kArticle);
}

TEST(ClassifyPageType, LabelHeadlineLowersTheBar) {
  // One docs-path point is not enough against a story's headline...
  ArticleEvidence e = Words(300, "https://example.dev/docs/guides/auth");
  e.has_date = true;
  e.headline_words = 8;
  EXPECT_EQ(Type({}, e), PageType::kArticle);
  // ...but a page titled "Auth" is a label with a docs path.
  e.headline_words = 1;
  PageTypeResult r = ClassifyPageType({}, e, Options{});
  EXPECT_EQ(r.type, PageType::kDocumentation);
  EXPECT_NE(r.reasons.back().find("headline a label"), std::string::npos);
  // The same page with one long run of prose is an entry titled by its
  // subject.
  PageSignals run;
  run.top_prose_run_chars = h::kArticleProseRunChars;
  EXPECT_EQ(Type(run, e), PageType::kArticle);
  // Chrome counts are no section of the address: the bar stays.
  PageSignals chrome;
  chrome.docs_marks = h::kManyDocsChromeMarks;
  ArticleEvidence story = Words(300);
  story.has_date = true;
  story.headline_words = 2;
  EXPECT_EQ(Type(chrome, story), PageType::kArticle);
  // A short headline alone makes no other type.
  EXPECT_EQ(Type({}, Words(300)), PageType::kArticle);
  ArticleEvidence plain = Words(300);
  plain.headline_words = 2;
  EXPECT_EQ(Type({}, plain), PageType::kArticle);
}

TEST(ClassifyPageType, BodyOfLinksIsAnIndex) {
  ArticleEvidence e = Words(2000);
  e.body_chars = 12000;
  e.body_link_chars = 7000;
  PageTypeResult r = ClassifyPageType({}, e, Options{});
  EXPECT_EQ(r.type, PageType::kListing);
  EXPECT_NE(r.reasons.at(0).find("body mostly link text"), std::string::npos);
  // A story with many inline links is still a story.
  e.body_link_chars = 3000;
  EXPECT_EQ(Type({}, e), PageType::kArticle);
}

TEST(ClassifyPageType, HomePageOfDatedCardsIsAFrontPage) {
  PageSignals s;
  s.time_elements = h::kMinListingTimes * 4;
  ArticleEvidence e = Words(1200, "https://news.example.com/");
  e.has_date = true;
  EXPECT_EQ(Type(s, e), PageType::kListing);
  // The same page deeper in the site is a story with its sidebar.
  e.url = "https://news.example.com/2024/05/storm";
  EXPECT_EQ(Type(s, e), PageType::kArticle);
  // A home page without cards is a landing page, as before.
  e.url = "https://example.com/";
  EXPECT_EQ(Type({}, e), PageType::kService);
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
