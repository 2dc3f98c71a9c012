// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/jsonld_body.h"

#include <gtest/gtest.h>

namespace artext::content {
namespace {

const char* kStory[] = {
    "The council voted on Tuesday to close the old river bridge to cars from "
    "next spring, ending a decade of argument over the crossing, its cost "
    "and its future, and leaving shopkeepers on both banks worried.",
    "Engineers told councillors that the steel deck had lost almost a third "
    "of its strength to corrosion since it was built in 1931, and that "
    "repairs would only buy a few more years of safe use.",
    "The council said a new footbridge would open within two years, paid for "
    "by a regional grant, and buses would be rerouted meanwhile.",
};

std::string LdBody() {
  return std::string(kStory[0]) + "\n" + kStory[1] + "\n" + kStory[2];
}

std::vector<Block> Blocks(std::initializer_list<std::string> texts) {
  std::vector<Block> v;
  for (const std::string& t : texts) {
    Block b;
    b.text = t;
    v.push_back(b);
  }
  return v;
}

TEST(FindJsonLdArticleBody, ReadsNestedGraphAndPicksTheLongest) {
  dom::Document doc = dom::Document::Parse(
      "<html><head><script type=\"application/ld+json\">"
      "{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\","
      "\"articleBody\":\"Full text of the story here.\"}]}</script>"
      "<script type=application/ld+json>{\"articleBody\":\"Short.\"}</script>"
      "<script type=application/ld+json>{not json</script>"
      "</head><body></body></html>",
      {});
  EXPECT_EQ(FindJsonLdArticleBody(metadata::ParseJsonLdScripts(doc)),
            "Full text of the story here.");
}

// Only blocks that were valid JSON as they stood count, of any "ld+json"
// type; a repaired block (trailing comma) is metadata's alone.
TEST(FindJsonLdArticleBody, OnlyStrictBlocksCount) {
  // Without the prescan, which empties every script but the standard type.
  dom::ParseOptions no_prescan;
  no_prescan.prescan = false;
  dom::Document doc = dom::Document::Parse(
      "<html><head><script type=\"application/ld+json\">"
      "{\"articleBody\":\"The longer, repaired body text.\",}</script>"
      "<script type=text/ld+json>{\"articleBody\":\"Strict body.\"}</script>"
      "</head><body></body></html>",
      no_prescan);
  EXPECT_EQ(FindJsonLdArticleBody(metadata::ParseJsonLdScripts(doc)),
            "Strict body.");
}

TEST(Fingerprint, KeepsLettersAndDigitsOnly) {
  EXPECT_EQ(Fingerprint("It\u2019s 4,200 \u201cpeople\u201d!"), "its4200people");
  EXPECT_EQ(Fingerprint("Страница, 页面。"), "Страница页面");
}

TEST(TrimToJsonLdBody, DropsFurnitureOutsideTheVerifiedStory) {
  std::vector<Block> b = Blocks({"Listen to this article", kStory[0], kStory[1],
                                 kStory[2], "Jane Holm contributed to this report.",
                                 "Sign up for our newsletter today"});
  Trimmed t = TrimToJsonLdBody(LdBody(), b);
  EXPECT_EQ(t.dropped, 3);
  ASSERT_EQ(t.blocks.size(), 3u);
  EXPECT_EQ(t.blocks.front().text, kStory[0]);
  EXPECT_EQ(t.blocks.back().text, kStory[2]);
}

TEST(TrimToJsonLdBody, ATruncatedBodyChangesNothing) {
  // The JSON-LD text is a truncated teaser: its last words are in no
  // block, so it cannot say where the story ends and trims nothing.
  std::vector<Block> b = Blocks({kStory[0], kStory[1], kStory[2], "More text."});
  std::string teaser = std::string(kStory[0]) + " Read the full story...";
  Trimmed t = TrimToJsonLdBody(teaser, b);
  EXPECT_EQ(t.dropped, 0);
  EXPECT_EQ(t.blocks.size(), 4u);
}

TEST(TrimToJsonLdBody, ShortOrMissingBodyChangesNothing) {
  std::vector<Block> b = Blocks({"Intro line", kStory[0]});
  EXPECT_EQ(TrimToJsonLdBody("", b).dropped, 0);
  Trimmed t = TrimToJsonLdBody("A teaser.", b);
  EXPECT_EQ(t.dropped, 0);
  EXPECT_EQ(t.blocks.size(), 2u);
}

}  // namespace
}  // namespace artext::content
