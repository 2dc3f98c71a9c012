// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "score/grab.h"

#include <string>

#include <gtest/gtest.h>

#include "dom/document.h"

namespace artext::score {
namespace {

const std::string kPara =
    "<p>The council voted on Tuesday to close the old river bridge to cars, "
    "ending a decade of argument over the crossing, its cost and future.</p>";

// The class attributes of the chosen containers, joined by "|".
std::string Containers(const std::string& body) {
  dom::Document doc =
      dom::Document::Parse("<html><body>" + body + "</body></html>", {});
  GrabResult g = GrabArticle(clean::Prepare(doc), Options{}, &doc);
  std::string out;
  for (const dom::Node* c : g.containers) {
    if (!out.empty()) out += "|";
    out += std::string(c->Attr("class"));
  }
  return out;
}

TEST(GrabArticle, ChunksWithAdRailsJoinAtTheChunkLevel) {
  std::string chunk = "<div class=chunk><div class=body>" + kPara + kPara +
                      "</div><div class=rail></div></div>";
  EXPECT_EQ(Containers("<div class=story>" + chunk +
                       "<div class=ad>Advertisement</div>" + chunk + chunk +
                       "</div>"),
            "chunk|ad|chunk|chunk");  // the label goes in the block pass
}

TEST(GrabArticle, DeepSameClassChunksJoin) {
  // The third chunk's paragraphs sit deeper than scores propagate.
  std::string deep = "<div><div><div><div><div><div>" + kPara + kPara + kPara +
                     "</div></div></div></div></div></div>";
  std::string out = Containers("<div class=wrap><div class=part>" + kPara +
                               kPara + kPara + kPara + "</div><div class=part>" +
                               deep + "</div></div>");
  EXPECT_EQ(out, "part|part");
}

TEST(GrabArticle, LooseTextScoresItsContainer) {
  std::string loose =
      "First loose paragraph of the story, with commas, and more words to "
      "make it long enough to count.<br><br>";
  std::string out = Containers("<div class=nav><a href=/>Home</a></div>"
                               "<div class=loose><p>Title</p>" +
                               loose + loose + loose + "</div>");
  EXPECT_EQ(out, "loose");
}

TEST(GrabArticle, StandfirstBeforeTheBodyJoins) {
  std::string out = Containers(
      "<article><div class=standfirst><p>Ten years of argument end with a "
      "vote on the crossing, and shops fear for their trade.</p></div>"
      "<div class=body>" + kPara + kPara + kPara + kPara + "</div></article>");
  EXPECT_EQ(out, "standfirst|body");
}

TEST(GrabArticle, PageBuilderModulesJoinAtTheirCommonWrapper) {
  // Divi/Elementor write one heading and a few paragraphs per module, each
  // module three wrappers deep: the best module alone is a fifth of the
  // story, and its siblings sit beyond its parent.
  auto module = [](const std::string& extra) {
    return "<div class=section><div class=row><div class=module>"
           "<h2>Part</h2>" + kPara + extra + "</div></div></div>";
  };
  std::string out = Containers(
      "<div class=builder>" + module(kPara + kPara) + module("") +
      module(kPara) + module("") + module("") + "</div>");
  EXPECT_EQ(out, "builder");
}

TEST(GrabArticle, StoryHoldingMostOfThePageStaysPut) {
  // A story beside a short unrelated text box does not climb to the page.
  std::string out = Containers(
      "<div class=page><div class=story>" + kPara + kPara + kPara + kPara +
      "</div><div class=box><div class=inner>" + kPara + "</div></div></div>");
  EXPECT_EQ(out, "story");
}

TEST(GrabArticle, HeadingModulesBetweenJoinedModulesJoin) {
  std::string text = "<div class=text>" + kPara + kPara + "</div>";
  std::string out = Containers(
      "<div class=wrap><div class=heading><h2>Part one</h2></div>" + text +
      "<div class=heading><h2>Part two</h2></div>" + text +
      "<div class=heading><h2>Part three</h2></div>" + text + "</div>");
  EXPECT_EQ(out, "heading|text|heading|text|heading|text");
}

TEST(GrabArticle, BuilderModulesThatAreTheBodysChildrenJoin) {
  // The same modules written straight into <body>, one <section> each,
  // with the menu before them and a teaser row after: no wrapper holds the
  // story alone, so the run of modules is the story.
  auto module = [](const std::string& extra) {
    return "<section class=module><div class=grid><div class=cell>"
           "<h2>Part</h2>" + kPara + extra + "</div></div></section>";
  };
  std::string out = Containers(
      "<section class=top><a href=/a>Home</a> <a href=/b>Shop</a></section>" +
      module(kPara) + "<section class=quote><p>Short words.</p></section>" +
      module("") + module(kPara) + module("") +
      "<section class=teasers><a href=/c>Another story about the bridge "
      "and the council's long vote</a></section>");
  EXPECT_EQ(out, "module|quote|module|module|module");
}

TEST(GrabArticle, TeasersAfterAMainElementDoNotJoin) {
  // A <main> is the page's word on where the story ends: teasers with
  // summaries below it are not more modules, however much text they hold.
  // (The teasers sit deeper than scores propagate, as in a grid of cards.)
  std::string teaser = "<div class=card><div><div><div class=teaser><h3>"
                       "<a href=/t>Other story</a></h3>" + kPara +
                       "</div></div></div></div>";
  std::string out = Containers(
      "<main class=story>" + kPara + kPara + kPara + "</main>"
      "<div class=below><div class=grid>" + teaser + teaser + teaser + teaser +
      teaser + "</div></div>");
  EXPECT_EQ(out, "story");
}

}  // namespace
}  // namespace artext::score
