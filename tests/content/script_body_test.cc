// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/script_body.h"

#include <string>

#include <gtest/gtest.h>

#include "artext/extract.h"
#include "heuristics.h"

namespace artext::content {
namespace {

const std::string kStory =
    "<p>The council voted on Tuesday to close the old bridge to cars after "
    "engineers found cracks in two of its piers.</p>"
    "<p>Repairs will take at least a year, the city's transport office said, "
    "and buses will be diverted over the ring road until then.</p>"
    "<p>Shop owners on both banks said they feared losing customers, and "
    "asked the council for help with the rent while the work goes on.</p>"
    "<p>The bridge, built in 1911, carries twelve thousand cars a day, and "
    "its last full repair was in the 1980s, according to city records.</p>"
    "<p>A public meeting on the plans is set for next month.</p>";

// The story as a JSON string, as page data carries it: "<" as \u003c,
// quotes escaped.
std::string AsJsonString(const std::string& html) {
  std::string out = "\"";
  for (char c : html) {
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\'') {
      out += "\\u0027";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

TEST(ScriptBody, ReadsTheStoryFromPageData) {
  const std::string page =
      "<html><body><div id=root></div><script id=__NEXT_DATA__ "
      "type=application/json>{\"props\":{\"menu\":\"<p>Home</p>\","
      "\"article\":{\"contentHtml\":" + AsJsonString(kStory) +
      "}}}</script></body></html>";
  EXPECT_EQ(FindScriptBodyHtml(page), kStory);
}

TEST(ScriptBody, ReadsATemplate) {
  const std::string page = "<body><script type=\"text/template\">" + kStory +
                           "</script></body>";
  EXPECT_EQ(FindScriptBodyHtml(page), kStory);
}

TEST(ScriptBody, IgnoresStringsThatAreNoStory) {
  // One paragraph (a consent dialog), and code.
  EXPECT_EQ(FindScriptBodyHtml(
                "<script>var t = \"<p>We use cookies to improve your "
                "experience of this site, see our policy.</p>\"; if (a < b) "
                "{ x('<p>'); }</script>"),
            "");
  // An unterminated script and string end the scan, not the program.
  EXPECT_EQ(FindScriptBodyHtml("<script>var s = \"<p>a<p>b<p>c"), "");
}

TEST(ScriptBody, ExtractUsesItOnlyWhenTheDomBodyIsShort) {
  const std::string page =
      "<html><head><title>Bridge closed</title></head><body><div "
      "id=root></div><script>window.__DATA__={\"body\":" +
      AsJsonString(kStory) + "}</script></body></html>";
  Article article;
  ASSERT_TRUE(Extract(page, Options{}, &article).ok());
  ASSERT_EQ(article.body.size(), 5u);
  EXPECT_EQ(article.body[4].text,
            "A public meeting on the plans is set for next month.");
  // The DOM gives a line (the site's tagline), under kMinScriptBodyChars:
  // the script's story holds more and wins.
  const std::string with_line =
      "<html><body><header><p>News from the valley, every morning since "
      "1921.</p></header><div id=root></div><script>window.__DATA__={"
      "\"body\":" + AsJsonString(kStory) + "}</script></body></html>";
  ASSERT_TRUE(Extract(with_line, Options{}, &article).ok());
  ASSERT_EQ(article.body.size(), 5u);
  // With a story of its own in the DOM, the script is not read.
  std::string story;
  for (int i = 0; i < 5; ++i) {
    story += "<p>The mayor opened the new library on Monday, after three "
             "years of building work and a long fight over its cost, part " +
             std::to_string(i + 1) + ".</p>";
  }
  ASSERT_GE(story.size(), heuristics::kMinScriptBodyChars);
  const std::string with_dom = "<html><body><article>" + story +
                               "</article><script>window.__DATA__={\"body\":" +
                               AsJsonString(kStory) + "}</script></body></html>";
  ASSERT_TRUE(Extract(with_dom, Options{}, &article).ok());
  ASSERT_EQ(article.body.size(), 5u);
  EXPECT_EQ(article.body[0].text.substr(0, 29), "The mayor opened the new libr");
}

}  // namespace
}  // namespace artext::content
