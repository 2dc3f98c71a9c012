// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Markdown output is data, not markup: page text renders as itself, link
// targets cannot run script or break out of their parentheses.

#include <gtest/gtest.h>

#include <string>

#include "artext/output.h"

namespace artext {
namespace {

Article OneParagraph(std::string text, std::vector<Link> links = {}) {
  Article a;
  Block b;
  b.text = std::move(text);
  b.links = std::move(links);
  a.body.push_back(std::move(b));
  return a;
}

TEST(Markdown, EscapesRawHtml) {
  std::string md = ToMarkdown(OneParagraph("<img src=x onerror=alert(1)>"));
  EXPECT_EQ(md, "\\<img src=x onerror=alert\\(1\\)\\>\n");
}

TEST(Markdown, EscapesInlineAndBlockSyntax) {
  EXPECT_EQ(ToMarkdown(OneParagraph("Stars *and* stripes")),
            "Stars \\*and\\* stripes\n");
  EXPECT_EQ(ToMarkdown(OneParagraph("1986. A year")), "1986\\. A year\n");
  EXPECT_EQ(ToMarkdown(OneParagraph("# not a heading")), "\\# not a heading\n");
  EXPECT_EQ(ToMarkdown(OneParagraph("- not a list")), "\\- not a list\n");
  EXPECT_EQ(ToMarkdown(OneParagraph("AT&amp;T")), "AT\\&amp;T\n");
  // A line break inside a block cannot open a heading on its next line.
  EXPECT_EQ(ToMarkdown(OneParagraph("one\n# two")), "one\\\n\\# two\n");
}

TEST(Markdown, HeadlineIsEscaped) {
  Article a;
  a.headline = "<script>x</script>";
  EXPECT_EQ(ToMarkdown(a), "# \\<script\\>x\\</script\\>\n\n");
}

TEST(Markdown, UnsafeLinkTargetsKeepTextOnly) {
  for (const char* href : {"javascript:alert(1)", "data:text/html,x",
                           "vbscript:x", "java\tscript:alert(1)"}) {
    std::string md = ToMarkdown(OneParagraph("see this", {{"this", href}}));
    EXPECT_EQ(md, "see this\n") << href;
  }
}

TEST(Markdown, LinkTargetCannotBreakOut) {
  std::string md = ToMarkdown(OneParagraph(
      "a link", {{"link", "https://ok.example/a b)[x](javascript:alert(2)"}}));
  EXPECT_EQ(md,
            "a [link](https://ok.example/a%20b%29%5Bx%5D%28javascript:alert%282%29)\n");
}

TEST(Markdown, CodeFenceLongerThanCode) {
  Article a;
  Block b;
  b.type = BlockType::kCode;
  b.text = "```\n<b>x</b>";
  a.body.push_back(b);
  EXPECT_EQ(ToMarkdown(a), "````\n```\n<b>x</b>\n````\n");
}

TEST(Html, UnsafeLinkTargetsKeepTextOnly) {
  std::string html = ToHtml(OneParagraph("see this", {{"this", "javascript:alert(1)"}}));
  EXPECT_EQ(html.find("javascript"), std::string::npos) << html;
  html = ToHtml(OneParagraph("see this", {{"this", "https://ok.example/?a='b'"}}));
  EXPECT_NE(html.find("<a href=\"https://ok.example/?a=&#39;b&#39;\">this</a>"),
            std::string::npos)
      << html;
}

TEST(Json, UnsafePageAndImageUrlsAreNull) {
  Article a;
  a.url = "javascript:alert(1)";
  a.image = "data:image/png;base64,AAAA";
  a.images.push_back({"javascript:x.jpg", "caption", ""});
  std::string json = ToJson(a, OutputOptions());
  EXPECT_EQ(json.find("javascript"), std::string::npos) << json;
  EXPECT_EQ(json.find("data:"), std::string::npos) << json;
}

}  // namespace
}  // namespace artext
