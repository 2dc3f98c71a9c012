// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Block extraction end to end over small pages: prepare, score, blocks.

#include "content/blocks.h"

#include <gtest/gtest.h>

#include "clean/prep.h"
#include "dom/document.h"
#include "score/grab.h"

namespace artext::content {
namespace {

struct Extracted {
  std::vector<Block> blocks;
  BlockCounts counts;
};

Extracted ExtractFrom(const std::string& body) {
  dom::Document doc = dom::Document::Parse("<html><body>" + body + "</body></html>", {});
  Options options;
  score::GrabResult g = score::GrabArticle(clean::Prepare(doc), options, &doc);
  Extracted e;
  e.blocks = ExtractBlocks(g.containers, g.stats, &e.counts);
  return e;
}

const std::string kPara =
    "<p>The council voted on Tuesday to close the old river bridge to cars, "
    "ending a decade of argument over the crossing, its cost and future.</p>";

TEST(ExtractBlocks, CaptionRepeatingAltTextIsDropped) {
  Extracted e = ExtractFrom("<article><img src=a.jpg alt=\"Activists hold a rally in "
                    "Seoul on Aug. 7\"><p>Activists hold a rally in Seoul on "
                    "Aug. 7</p>" + kPara + kPara + kPara + "</article>");
  ASSERT_EQ(e.blocks.size(), 3u);
  EXPECT_EQ(e.counts.kept, 3);
  EXPECT_EQ(e.counts.boilerplate, 1);
}

TEST(ExtractBlocks, HeadingRepeatingAltTextIsAnItemName) {
  // A listicle item: the product's picture, its name as the heading.
  Extracted e = ExtractFrom(
      "<article><h2>Sony WH-1000XM5 Wireless Headphones</h2>"
      "<img src=a.jpg alt=\"Sony WH-1000XM5 Wireless Headphones\">" + kPara +
      kPara + kPara + "</article>");
  ASSERT_EQ(e.blocks.size(), 4u);
  EXPECT_EQ(e.blocks[0].type, BlockType::kHeading);
  EXPECT_EQ(e.blocks[0].text, "Sony WH-1000XM5 Wireless Headphones");
  // An <h1> repeating an alt is a slideshow's caption or the headline.
  Extracted slide = ExtractFrom(
      "<article><img src=a.jpg alt=\"Astronauts work on the station's truss "
      "in 2006\"><h1>Astronauts work on the station's truss in 2006</h1>" +
      kPara + kPara + kPara + "</article>");
  EXPECT_EQ(slide.blocks.size(), 3u);
}

TEST(ExtractBlocks, AccordionQuestionInAHeadingButtonIsKept) {
  // The WAI-ARIA accordion: each question is <h3><button aria-controls>;
  // a button elsewhere ("Add to cart") is still a control.
  Extracted e = ExtractFrom(
      "<article>" + kPara + kPara +
      "<h3><button aria-controls=a1>Is the bridge closed to bikes?</button>"
      "</h3><div id=a1 hidden><p>No. Cyclists and pedestrians keep a "
      "lane across the old bridge until the footbridge opens.</p></div>"
      "<p><button>Add to cart</button></p>" + kPara + "</article>");
  ASSERT_EQ(e.blocks.size(), 5u);
  EXPECT_EQ(e.blocks[2].type, BlockType::kHeading);
  EXPECT_EQ(e.blocks[2].text, "Is the bridge closed to bikes?");
  EXPECT_EQ(e.blocks[3].text.rfind("No. Cyclists", 0), 0u);
}

TEST(ExtractBlocks, BylineAndUrlLinesAreDropped) {
  Extracted e = ExtractFrom("<article>" + kPara + kPara +
                    "<p>BY ESTHER CHUNG [e@example.com]</p>"
                    "<p>https://example.com/story.html</p></article>");
  ASSERT_EQ(e.blocks.size(), 2u);
  EXPECT_EQ(e.counts.boilerplate, 2);
}

TEST(ExtractBlocks, LooseTextBetweenBrsIsParagraphs) {
  Extracted e = ExtractFrom(
      "<div><p class=t>Title</p>First loose paragraph of the story, long "
      "enough to count, with commas, and a full stop.<br><br>Second loose "
      "paragraph, also long enough to count as running text here.</div>");
  ASSERT_EQ(e.blocks.size(), 3u);
  EXPECT_EQ(e.blocks[1].text.substr(0, 5), "First");
  EXPECT_EQ(e.blocks[2].text.substr(0, 6), "Second");
}

TEST(ExtractBlocks, CountsHeadlineLongLinkLines) {
  std::string list;
  for (int i = 0; i < 3; ++i) {
    list += "<p><a href=/x>A teaser headline that is long enough</a></p>";
  }
  Extracted e = ExtractFrom("<article>" + kPara + list + "<p><a href=/n>Next</a></p></article>");
  EXPECT_EQ(e.counts.link_lines, 3);  // "Next" is too short to be a teaser
}

}  // namespace
}  // namespace artext::content

namespace artext::content {
namespace {

TEST(ExtractBlocks, HoverCardInsideASentenceKeepsOnlyTheName) {
  Extracted e = ExtractFrom(
      "<article>" + kPara +
      "<p>A man threatened to kill Rep. <span class=rollover><a "
      "href=/people/omar>Ilhan Omar</a><span class=card><img src=o.jpg>"
      "<a href=/p>Omar</a><a href=/1>Progressives oppose funding bill</a> "
      "<a href=/2>Omar asks court for compassion</a> <a href=/more>MORE</a>"
      "</span></span> (D-Minn.), prosecutors said on Monday.</p></article>");
  ASSERT_EQ(e.blocks.size(), 2u);
  EXPECT_EQ(e.blocks[1].text,
            "A man threatened to kill Rep. Ilhan Omar (D-Minn.), prosecutors "
            "said on Monday.");
}

// Joined block texts, "|" between.
std::string Texts(const Extracted& e) {
  std::string out;
  for (const Block& b : e.blocks) out += (out.empty() ? "" : "|") + b.text;
  return out;
}

TEST(ExtractBlocks, StorySectionsWrittenAsArticlesStay) {
  // A guide whose tabs are <article>s: plain headings, paragraphs of text.
  std::string tab = "<article><h2>Kitchen costs</h2>" + kPara + kPara + kPara +
                    kPara + kPara + kPara + "</article>";
  Extracted e = ExtractFrom("<div class=guide>" + tab + tab + "</div>");
  EXPECT_EQ(e.blocks.size(), 14u) << Texts(e);
}

TEST(ExtractBlocks, TeaserCardsBesideTheStoryGo) {
  // A row of cards, each a linked headline over a long excerpt.
  std::string card =
      "<article><h3><a href=/other>Another story from the same blog</a></h3>" +
      kPara + kPara + kPara + kPara + kPara + kPara + "</article>";
  Extracted e = ExtractFrom("<div class=post>" + kPara + kPara + kPara +
                            "<div class=row>" + card + card + "</div></div>");
  EXPECT_EQ(Texts(e).find("Another story"), std::string::npos) << Texts(e);
}

// A buying guide's product cards are named "widget" (a negative class
// word): one holding a paragraph of prose stays in the story; a widget of
// links inside the story does not.
TEST(ExtractBlocks, ProductCardsNamedWidgetKeepTheirProse) {
  const std::string card =
      "<div class=product-widget><p>The Acer runs games smoothly. It stays "
      "cool under load. The screen is bright enough outdoors. The battery "
      "lasts a working day. The keyboard is firm and quiet to type on. For "
      "the price, nothing else on this list plays newer games as well, and "
      "it is the one we would buy with our own money this year. We tested "
      "it for a month.</p>"
      "</div>";
  Extracted e = ExtractFrom(
      "<article>" + kPara + kPara + card + card + "<div class=tag-widget>"
      "<a href=/a>Laptops</a> <a href=/b>Gaming</a></div>" + kPara +
      "</article>");
  int cards = 0;
  for (const Block& b : e.blocks) {
    if (b.text.find("Acer runs games") != std::string::npos) ++cards;
    EXPECT_EQ(b.text.find("Gaming"), std::string::npos);
  }
  EXPECT_EQ(cards, 2);
}

// An affiliate disclosure is a boilerplate line however long it runs; a
// sentence of the story that mentions affiliate links is not.
TEST(IsBoilerplateLine, AffiliateDisclosuresButNotTheStorysSentences) {
  EXPECT_TRUE(IsBoilerplateLine(
      "This post contains affiliate links. If you buy through them, we may "
      "earn a small commission at no cost to you."));
  EXPECT_TRUE(IsBoilerplateLine(
      "We may earn commission from links on this page, but we only "
      "recommend products we back."));
  EXPECT_FALSE(IsBoilerplateLine(
      "I use this liquid castile soap, just in case you were wondering "
      "(both are affiliate links)."));
  EXPECT_FALSE(IsBoilerplateLine(
      "Affiliates earn a commission on every sale, which is why networks "
      "pay them monthly."));
  EXPECT_FALSE(IsBoilerplateLine(
      "The person was hospitalized in the Inner Mongolia Autonomous Region, "
      "the agency said, citing the regional health commission."));
}

// A related-posts label or the comment form's heading is a boilerplate
// line when it stands alone; the story's sentence opening alike is not.
TEST(IsBoilerplateLine, RelatedPostLabelsAndCommentHeadings) {
  EXPECT_TRUE(IsBoilerplateLine("You might also like..."));
  EXPECT_TRUE(IsBoilerplateLine("Other Posts You May Enjoy"));
  EXPECT_TRUE(IsBoilerplateLine("What others are reading"));
  EXPECT_TRUE(IsBoilerplateLine("You may be interested in these posts:"));
  EXPECT_TRUE(IsBoilerplateLine("Add A Comment"));
  EXPECT_FALSE(IsBoilerplateLine(
      "You might like the second season better: the writers had found "
      "their footing by then."));
  EXPECT_FALSE(IsBoilerplateLine(
      "Add a comment to the form and the clerk files it with the rest."));
}

}  // namespace
}  // namespace artext::content
