// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "clean/prep.h"

#include <string>

#include <gtest/gtest.h>

#include "dom/document.h"
#include "dom/text.h"
#include "dom/stats.h"

namespace artext::clean {
namespace {

std::string Prepared(const std::string& body) {
  dom::Document doc =
      dom::Document::Parse("<html><body>" + body + "</body></html>", {});
  std::vector<dom::NodeStats> raw = dom::ComputeStats(doc);
  PrepareForContent(&doc, {}, raw);
  return dom::FlatText(doc.body());
}

std::string Long(const char* sentence, int times) {
  std::string s;
  for (int i = 0; i < times; ++i) s += std::string(sentence) + " ";
  return s;
}

TEST(PrepareForContent, DropsHiddenElements) {
  std::string t = Prepared(
      "<p>seen</p><p hidden>a</p><p aria-hidden=true>b</p>"
      "<p style='display: none'>c</p>");
  EXPECT_EQ(t, "seen");
}

TEST(PrepareForContent, DropsControlFormsKeepsPageWrappingForms) {
  EXPECT_EQ(Prepared("<p>story</p><form><p>Log in</p><input type=password>"
                     "</form>"),
            "story");
  std::string story = Long("A sentence of the story, long enough to matter.", 30);
  std::string t = Prepared("<form id=aspnetForm><p>" + story + "</p></form>");
  EXPECT_NE(t.find("A sentence of the story"), std::string::npos);
}

TEST(PrepareForContent, PromptBoxesDroppedOnlyWhenShort) {
  EXPECT_EQ(Prepared("<p>story</p><div class=subscribe-prompt>Subscribe to "
                     "keep reading. Log in</div>"),
            "story");
  std::string gated =
      "<div class=paywall><p>One. </p><p>Two. </p><p>Three. </p><p>Four.</p>"
      "</div>";
  EXPECT_NE(Prepared(gated).find("Four."), std::string::npos);
}

TEST(PrepareForContent, DropsCaptionsAndBylineBoxes) {
  EXPECT_EQ(Prepared("<p>story</p><span class=caption>A rally in Seoul</span>"
                     "<p class=byline>BY JANE HOLM</p>"
                     "<div class=author-bio>Jane covers transport.</div>"),
            "story");
}

TEST(PrepareForContent, KeepsArticleEvenWhenNamedLikeBoilerplate) {
  EXPECT_EQ(Prepared("<article class=sidebar-layout><p>story</p></article>"),
            "story");
}

}  // namespace
}  // namespace artext::clean

namespace artext::clean {
namespace {

TEST(PrepareForContent, KeepsEmbeddedPostsNamedLikeShareBars) {
  std::string t = Prepared(
      "<p>story</p><div class=social-media-embed><blockquote "
      "class=twitter-tweet><p>A quoted post</p></blockquote></div>"
      "<div class=social-share><a href=/s>Share</a></div>");
  EXPECT_EQ(t, "story A quoted post");
}

}  // namespace
}  // namespace artext::clean
