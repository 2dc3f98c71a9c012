// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The headline chooser's reconciliation of declared titles with the
// article's <h1> (or, under a logo <h1>, its <h2>/<h3>), on hand-built
// PageFacts.

#include <gtest/gtest.h>

#include "dom/document.h"
#include "metadata/choosers/headline.h"
#include "metadata/parsers/entities.h"
#include "metadata/readers/visible.h"

namespace artext::metadata {
namespace {

// Facts with one declared title and the article's <h1>s, all in its area.
PageFacts WithArticleHeadings(std::vector<Candidate> titles,
                              std::vector<std::string> h1s) {
  PageFacts f;
  f.titles = std::move(titles);
  f.h1s = std::move(h1s);
  f.h1_nodes.assign(f.h1s.size(), nullptr);
  f.h1_in_article.assign(f.h1s.size(), true);
  return f;
}

TEST(HeadlineReconcile, HeadingBeforeALongSiteAffix) {
  // The affix runs to five words beside a one-word <h1>, but it is a chain
  // of segments ending in the site: the <h1> is the headline.
  PageFacts f = WithArticleHeadings(
      {{"Flexbox - Learn web development | Example Docs", "meta:og:title"}},
      {"Flexbox"});
  auto c = ChooseHeadline(f, "", "https://docs.example.org/flexbox", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Flexbox");
  EXPECT_EQ(c->source, "dom:h1");

  // One long affix naming the domain.
  f.titles = {{"Charges | Paystream API Reference", "meta:og:title"}};
  f.h1s = {"Charges"};
  c = ChooseHeadline(f, "", "https://docs.paystream.com/api", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Charges");

  // The same affix naming nothing of the site's: the declared title stays.
  c = ChooseHeadline(f, "", "https://docs.other.com/api", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Charges | Paystream API Reference");

  // A loose <h1> (outside the article's area) is not trusted that far.
  f.h1_in_article = {false};
  c = ChooseHeadline(f, "", "https://docs.paystream.com/api", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Charges | Paystream API Reference");
}

TEST(HeadlineReconcile, HeadingExtendingACutTitle) {
  PageFacts f = WithArticleHeadings(
      {{"Pros and Cons of Tiny House Living", "json-ld"}},
      {"Pros and Cons of Tiny House Living: Why Live in a Tiny House?"});
  auto c = ChooseHeadline(f, "", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Pros and Cons of Tiny House Living: Why Live in a Tiny House?");
  // A bracket after the title's words opens an aside, not more headline.
  f.h1s = {"Pros and Cons of Tiny House Living (example.com) 87"};
  c = ChooseHeadline(f, "", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Pros and Cons of Tiny House Living");
  // The <h1> shorter than the declared title does not cut it.
  f.titles = {{"Tiny House Living: the whole guide to the pros and cons", "json-ld"}};
  f.h1s = {"Tiny House Living"};
  c = ChooseHeadline(f, "", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Tiny House Living: the whole guide to the pros and cons");
}

TEST(HeadlineReconcile, HeadingBehindAFewWordsOfTitle) {
  PageFacts f = WithArticleHeadings(
      {{"15 Critical Security Tips for Small Businesses", "meta:og:title"}},
      {"Security Tips for Small Businesses"});
  auto c = ChooseHeadline(f, "", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Security Tips for Small Businesses");
  // More than a label's words in front: the title is a headline of its own.
  f.titles = {{"Why every owner should learn these Security Tips for Small Businesses",
               "meta:og:title"}};
  c = ChooseHeadline(f, "", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Why every owner should learn these Security Tips for Small Businesses");
}

TEST(HeadlineReconcile, DomainAndHostAreSiteNames) {
  // A declared "title" that is the site's name, known by its domain only.
  PageFacts f = WithArticleHeadings({{"Western Courier", "microdata"}},
                                    {"Ferry service resumes after the storm"});
  f.document_title = "Ferry service resumes after the storm";
  auto c = ChooseHeadline(f, "", "https://www.westerncourier.com/ferry", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Ferry service resumes after the storm");

  // The host as the affix: "- rp.pl".
  f = WithArticleHeadings({{"Granice zamknięte do odwołania - rp.pl", "json-ld"}}, {});
  c = ChooseHeadline(f, "", "https://www.rp.pl/kraj/art1", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Granice zamknięte do odwołania");

  // An <h1> that is the site's name is skipped for the article's own.
  f = PageFacts{};
  f.document_title = "How the Musical Came Back - Rolling Tone";
  f.h1s = {"Rolling Tone", "The Musical: How a Young Director Brought It Back"};
  f.h1_nodes = {nullptr, nullptr};
  f.h1_in_article = {true, true};
  c = ChooseHeadline(f, "", "https://www.rollingtone.com/movies/x", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "The Musical: How a Young Director Brought It Back");
}

TEST(HeadlineReconcile, RewordedHeadingSharingTheStorysNames) {
  PageFacts f = WithArticleHeadings(
      {}, {"Jury Finds Dylann Roof Guilty In Church Shooting"});
  f.document_title = "Dylann Roof Convicted Of Church Massacre : Blog : Radio";
  auto c = ChooseHeadline(f, "", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Jury Finds Dylann Roof Guilty In Church Shooting");
  // One shared name is not enough: a teaser of a listing.
  f.h1s = {"Save up to $800 on Matrix Treadmills"};
  f.document_title = "Treadmills, Ellipticals and Strength Equipment for the Home";
  c = ChooseHeadline(f, "", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Treadmills, Ellipticals and Strength Equipment for the Home");
}

TEST(HeadlineReconcile, PermalinkMarkIsNoPartOfTheHeading) {
  // Documentation generators print a "¶" link after each heading.
  dom::Document doc = dom::Document::Parse(
      "<main><h1>Advanced Usage<a class=\"headerlink\" href=\"#x\">\xC2\xB6</a></h1>"
      "<p>Text.</p></main>",
      dom::ParseOptions{});
  PageFacts f;
  ReadVisible(doc, &f);
  ASSERT_EQ(f.h1s.size(), 1u);
  EXPECT_EQ(f.h1s[0], "Advanced Usage");
}

TEST(HeadlineReconcile, SubheadingUnderASiteLogoH1) {
  // The <h1> is the site's logo; the <h2>/<h3> below it opens <title>
  // before punctuation and the site's (or a section's) name.
  dom::Document doc = dom::Document::Parse(
      "<h1><a href=\"/\"><img alt=\"Kaito Notes\" src=\"l.png\"></a></h1>"
      "<h2>Web development news</h2>"
      "<h3 class=hl>\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84\xE9\x81\x93\xE5\x85\xB7</h3>"
      "<p>Text.</p>",
      dom::ParseOptions{});
  PageFacts f;
  ReadVisible(doc, &f);
  f.document_title = "\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84\xE9\x81\x93\xE5\x85\xB7_KN";
  auto c = ChooseHeadline(f, "", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84\xE9\x81\x93\xE5\x85\xB7");
  EXPECT_EQ(c->source, "dom:subheading");

  // A heading cut mid-phrase, or one shorter than the rest (a section
  // name opening the title), is not the headline.
  f = PageFacts{};
  f.subheadings = {"Council approves", "News"};
  f.document_title = "Council approves the budget";
  c = ChooseHeadline(f, "", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Council approves the budget");
  f.document_title = "News: Council approves the budget";
  c = ChooseHeadline(f, "", "", false);
  ASSERT_TRUE(c);
  EXPECT_NE(c->value, "News");
}

TEST(HeadlineReconcile, KickerBeforeTheDeclaredHeadline) {
  // The <h1> sets a topic line before the headline that og:title declares.
  PageFacts f = WithArticleHeadings(
      {{"Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig",
        "json-ld"},
       {"Judy Lybke, ganz und gar nicht eigenartig", "meta:og:title"}},
      {"Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig"});
  auto c = ChooseHeadline(f, "", "https://www.n-tv.de/x", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Judy Lybke, ganz und gar nicht eigenartig");

  // Without an <h1> (it sits in a breadcrumb menu): the two declared
  // titles alone say where the headline starts.
  f = WithArticleHeadings(f.titles, {});
  c = ChooseHeadline(f, "", "https://www.n-tv.de/x", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Judy Lybke, ganz und gar nicht eigenartig");
  EXPECT_EQ(c->source, "meta:og:title");

  // A quote as kicker.
  f = WithArticleHeadings(
      {{"Trump spricht nach Tanker-Sturm: Bodeneinsatz bald", "meta:og:title"}},
      {"\"Es wird bald beginnen\": Trump spricht nach Tanker-Sturm: Bodeneinsatz bald"});
  c = ChooseHeadline(f, "", "https://www.n-tv.de/x", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Trump spricht nach Tanker-Sturm: Bodeneinsatz bald");

  // A headline with a colon of its own is no kicker and headline: the part
  // before it is as long as the part after.
  f = WithArticleHeadings(
      {{"Council approves the budget: what the vote means", "meta:og:title"},
       {"what the vote means", "meta:twitter:title"}},
      {"Council approves the budget: what the vote means"});
  c = ChooseHeadline(f, "", "https://gazette.example/x", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Council approves the budget: what the vote means");
}

TEST(HeadlineReconcile, DeclaredWordingThatThePagePrints) {
  // JSON-LD words it for search engines; og:title is the printed <h1>.
  PageFacts f = WithArticleHeadings(
      {{"Amp AI Fitness Machine Review With Photos", "json-ld"},
       {"I Tried Amp, the AI Strength Training System", "meta:og:title"}},
      {"I Tried Amp, the AI Strength Training System"});
  auto c = ChooseHeadline(f, "", "https://fitness.example/amp", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "I Tried Amp, the AI Strength Training System");
  EXPECT_EQ(c->source, "dom:h1");

  // The first declared title printed in capitals: it stands as declared.
  f = WithArticleHeadings({{"Tips for Online Success", "meta:og:title"},
                           {"TIPS FOR ONLINE SUCCESS", "meta:twitter:title"}},
                          {"TIPS FOR ONLINE SUCCESS"});
  c = ChooseHeadline(f, "", "https://shop.example/tips", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Tips for Online Success");

  // No later title is printed: the first declared title stands.
  f = WithArticleHeadings(
      {{"Amp AI Fitness Machine Review With Photos", "json-ld"},
       {"Amp review", "meta:og:title"}},
      {"Our verdict on the Amp"});
  c = ChooseHeadline(f, "", "https://fitness.example/amp", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Amp AI Fitness Machine Review With Photos");
}

TEST(HeadlineReconcile, BareDeclaredTitleBesideOneWithAnAffix) {
  // og:title carries "-Section|Site" without spaces; a "headline" meta
  // declares the headline alone. No <h1> to check either against.
  PageFacts f = WithArticleHeadings(
      {{"Budget deal reached after long night-Politics|Daily", "meta:og:title"},
       {"Budget deal reached after long night", "meta:headline"}},
      {});
  auto c = ChooseHeadline(f, "", "https://daily.example/x", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Budget deal reached after long night");
  EXPECT_EQ(c->source, "meta:headline");

  // A declared stub cut mid-phrase (no punctuation after it) is no bare
  // headline.
  f.titles = {{"Budget deal reached after long night talks", "meta:og:title"},
              {"Budget deal reached after long", "meta:headline"}};
  c = ChooseHeadline(f, "", "https://daily.example/x", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Budget deal reached after long night talks");
}

TEST(DecodeEntities, EscapedTwice) {
  EXPECT_EQ(DecodeEntities("And finally&amp;#8230; trouble"), "And finally\xE2\x80\xA6 trouble");
  EXPECT_EQ(DecodeEntities("R&amp;uuml;ckbau"), "R\xC3\xBC" "ckbau");
  EXPECT_EQ(DecodeEntities("Tom &amp; Jerry &amp;co"), "Tom & Jerry &co");
}

}  // namespace
}  // namespace artext::metadata
