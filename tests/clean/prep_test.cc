// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "clean/prep.h"

#include <string>

#include <gtest/gtest.h>

#include "dom/document.h"
#include "dom/text.h"

namespace artext::clean {
namespace {

// The body's text once the strict level's elements are marked removed.
std::string StrictText(const std::string& body) {
  dom::Document doc =
      dom::Document::Parse("<html><body>" + body + "</body></html>", {});
  MarkRemoved(Prepare(doc).levels[0], &doc);
  return dom::FlatText(doc.body());
}

std::string Long(const char* sentence, int times) {
  std::string s;
  for (int i = 0; i < times; ++i) s += std::string(sentence) + " ";
  return s;
}

// Each level lists only its top-most removed elements; keep-unlikely finds
// inside an unlikely container what strict drops with it.
TEST(Prepare, LevelsListTheTopMostRemovedElements) {
  dom::Document doc = dom::Document::Parse(
      "<html><head><title>t</title></head><body>"
      "<div class=sidebar><nav>menu</nav><p>aside text</p></div>"
      "<p>story</p><script>x()</script></body></html>",
      {});
  Prepared p = Prepare(doc);
  ASSERT_EQ(p.levels.size(), 3u);
  auto tags = [&doc](const Cleaning& c) {
    std::string out;
    for (uint32_t order : c.removed) {
      out += std::string(doc.node(order)->name) + " ";
    }
    return out;
  };
  EXPECT_STREQ(p.levels[0].name, "strict");
  EXPECT_EQ(tags(p.levels[0]), "head div script ");
  EXPECT_STREQ(p.levels[1].name, "keep-unlikely");
  EXPECT_EQ(tags(p.levels[1]), "head nav script ");
  EXPECT_STREQ(p.levels[2].name, "reveal-hidden");
  EXPECT_TRUE(p.levels[2].reveals_hidden);
  EXPECT_EQ(tags(p.levels[2]), "head nav script ");
  EXPECT_EQ(p.raw.size(), doc.node_count());
}

// Discourse serves its posts in <noscript>, React streams its render into
// <div hidden>: only the last level keeps them, and it still drops the
// scripts and menus inside.
TEST(Prepare, OnlyTheLastLevelRevealsHiddenContent) {
  dom::Document doc = dom::Document::Parse(
      "<html><body><noscript><nav>menu</nav><p>post</p></noscript>"
      "<div hidden><p>streamed</p><script>x()</script></div></body></html>",
      {});
  Prepared p = Prepare(doc);
  ASSERT_EQ(p.levels.size(), 3u);
  auto tags = [&doc](const Cleaning& c) {
    std::string out;
    for (uint32_t order : c.removed) {
      out += std::string(doc.node(order)->name) + " ";
    }
    return out;
  };
  EXPECT_EQ(tags(p.levels[0]), "head noscript div ");
  EXPECT_EQ(tags(p.levels[1]), "head noscript div ");
  EXPECT_EQ(tags(p.levels[2]), "head nav script ");
}

TEST(Prepare, DropsHiddenElements) {
  std::string t = StrictText(
      "<p>seen</p><p hidden>a</p><p aria-hidden=true>b</p>"
      "<p style='display: none'>c</p>");
  EXPECT_EQ(t, "seen");
}

TEST(Prepare, TabAndAccordionPanelsAreNotHidden) {
  // A closed accordion's answer, named by its header's aria-controls.
  std::string t = StrictText(
      "<p>seen</p><button aria-controls=\"faq-1 faq-x\">Question?</button>"
      "<div id=faq-1 style='display:none'>answer</div>"
      "<div role=tabpanel hidden>second tab</div>"
      "<div id=other hidden>gone</div>");
  EXPECT_NE(t.find("answer"), std::string::npos);
  EXPECT_NE(t.find("second tab"), std::string::npos);
  EXPECT_EQ(t.find("gone"), std::string::npos);
}

TEST(Prepare, DisclosedPanelIsStillJudgedByItsName) {
  // The menu a hamburger button opens is revealed, then dropped as a menu.
  std::string t = StrictText(
      "<p>seen</p><button aria-controls=\"m p\">Menu</button>"
      "<div id=m class=mobile-menu hidden><a href=/>Home</a></div>"
      "<div id=p hidden>panel</div>");
  EXPECT_EQ(t, "seen panel");
}

TEST(Prepare, FigureHoldingATableIsText) {
  std::string t = StrictText(
      "<p>seen</p><figure class=wp-block-table><table><tr><td>Fee</td>"
      "<td>$50</td></tr></table><figcaption>Fees</figcaption></figure>"
      "<figure><img src=a.jpg><figcaption>A photo</figcaption></figure>");
  EXPECT_NE(t.find("$50"), std::string::npos);
  EXPECT_EQ(t.find("Fees"), std::string::npos);
  EXPECT_EQ(t.find("A photo"), std::string::npos);
}

TEST(Prepare, DropsControlFormsKeepsPageWrappingForms) {
  EXPECT_EQ(StrictText("<p>story</p><form><p>Log in</p><input type=password>"
                     "</form>"),
            "story");
  std::string story = Long("A sentence of the story, long enough to matter.", 30);
  std::string t = StrictText("<form id=aspnetForm><p>" + story + "</p></form>");
  EXPECT_NE(t.find("A sentence of the story"), std::string::npos);
}

TEST(Prepare, PromptBoxesDroppedOnlyWhenShort) {
  EXPECT_EQ(StrictText("<p>story</p><div class=subscribe-prompt>Subscribe to "
                     "keep reading. Log in</div>"),
            "story");
  std::string gated =
      "<div class=paywall><p>One. </p><p>Two. </p><p>Three. </p><p>Four.</p>"
      "</div>";
  EXPECT_NE(StrictText(gated).find("Four."), std::string::npos);
}

TEST(Prepare, DropsCaptionsAndBylineBoxes) {
  EXPECT_EQ(StrictText("<p>story</p><span class=caption>A rally in Seoul</span>"
                     "<p class=byline>BY JANE HOLM</p>"
                     "<div class=author-bio>Jane covers transport.</div>"),
            "story");
}

TEST(Prepare, KeepsArticleEvenWhenNamedLikeBoilerplate) {
  EXPECT_EQ(StrictText("<article class=sidebar-layout><p>story</p></article>"),
            "story");
}

}  // namespace
}  // namespace artext::clean

namespace artext::clean {
namespace {

TEST(Prepare, KeepsEmbeddedPostsNamedLikeShareBars) {
  std::string t = StrictText(
      "<p>story</p><div class=social-media-embed><blockquote "
      "class=twitter-tweet><p>A quoted post</p></blockquote></div>"
      "<div class=social-share><a href=/s>Share</a></div>");
  EXPECT_EQ(t, "story A quoted post");
}

TEST(Prepare, HeaderHoldingTheStoryIsContent) {
  // Webflow writes the rich-text story inside a <header>.
  std::string story = Long("The plan sets money aside for every year ahead.", 8);
  std::string text = StrictText("<header><a href=/>Logo</a></header>"
                                "<header class=rich-text><p>" + story +
                                "</p></header>");
  EXPECT_EQ(text.find("Logo"), std::string::npos);
  EXPECT_NE(text.find("money aside"), std::string::npos);
}

TEST(Prepare, HeaderWithAPaywallOfferBesideTheStoryGoes) {
  // Sentences alone do not make a header content: it must hold most of
  // the page's text.
  std::string offer = Long("Enjoy unlimited access to every article.", 6);
  std::string story = Long("The council voted to close the bridge today.", 30);
  std::string text = StrictText("<header><ul><li>" + offer +
                                "</li></ul></header><div><p>" + story +
                                "</p></div>");
  EXPECT_EQ(text.find("unlimited access"), std::string::npos);
}

}  // namespace
}  // namespace artext::clean

namespace artext::clean {
namespace {

// A layout wrapper named for its sidebar ("layout-sidebar-right") that
// holds the headline and most of the page's text is the page, not a
// sidebar: the story survives, the real sidebar inside still goes.
TEST(Prepare, LayoutWrapperNamedLikeASidebarKeepsTheStory) {
  std::string story = Long("The images passed an independent security review.", 10);
  std::string text = StrictText(
      "<div class=layout-sidebar-right><h1>Images validated</h1><div><p>" +
      story + "</p></div><div class=sidebar><a href=/a>Popular posts</a>"
      "</div></div><div class=footer>Legal</div>");
  EXPECT_NE(text.find("independent security review"), std::string::npos);
  EXPECT_EQ(text.find("Popular posts"), std::string::npos);
  EXPECT_EQ(text.find("Legal"), std::string::npos);
}

// Without the headline it is judged by its name as before: a sidebar with
// a long text of its own is still a sidebar.
TEST(Prepare, SidebarWithoutTheHeadlineStillGoes) {
  std::string promo = Long("Our newsletter brings the best stories weekly.", 10);
  std::string story = Long("The council voted to close the bridge today.", 3);
  std::string text = StrictText("<main><h1>Bridge</h1><p>" + story +
                                "</p></main><div class=sidebar><p>" + promo +
                                "</p></div>");
  EXPECT_EQ(text.find("newsletter"), std::string::npos);
}

}  // namespace
}  // namespace artext::clean

namespace artext::clean {
namespace {

// "widget" and "banner" also name layout: a buying guide's product card
// that holds a paragraph of prose is the story, and so are its parts named
// after it; a sidebar widget of links, or a widget also named "related",
// is not.
TEST(Prepare, ProductCardNamedWidgetKeepsItsProse) {
  std::string review = Long("The laptop runs games smoothly, and it stays cool.", 8);
  std::string text = StrictText(
      "<div class=product-widget><div class=product-widget__name>Acer 16</div>"
      "<p>" + review + "</p></div>"
      "<div class=sidebar-widget><a href=/a>Archives</a> <a href=/b>Tags</a>"
      "</div>"
      "<div class=related-widget><p>" + review + "</p></div>");
  EXPECT_EQ(text.find("Archives"), std::string::npos);
  EXPECT_NE(text.find("Acer 16"), std::string::npos);
  // The product card's review is there; the related widget's copy is not.
  const size_t first = text.find("runs games");
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(text.find("runs games", first + review.size()), std::string::npos);
}

TEST(Prepare, WidgetWithAOneLineBlurbStillGoes) {
  EXPECT_EQ(StrictText("<p>story</p><div class=widget><p>About me. I write "
                       "about travel.</p></div>"),
            "story");
}

}  // namespace
}  // namespace artext::clean
