// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The command line's rendering: the text formats carry no control
// characters (a page's ESC and BEL must not reach a terminal).

#include <gtest/gtest.h>

#include <string>

#include "cli/format.h"

namespace artext::cli {
namespace {

Article OneParagraph(std::string text) {
  Article a;
  Block b;
  b.text = std::move(text);
  a.body.push_back(std::move(b));
  return a;
}

TEST(Render, TextFormatsCarryNoControlChars) {
  Article a = OneParagraph("bell\x07 esc\x1b]0;title\x07 csi\xc2\x9b" "2J end");
  for (Format f : {Format::kText, Format::kMarkdown, Format::kHtml}) {
    std::string out = Render(a, f, OutputOptions());
    EXPECT_EQ(out.find('\x07'), std::string::npos);
    EXPECT_EQ(out.find('\x1b'), std::string::npos);
    EXPECT_EQ(out.find("\xc2\x9b"), std::string::npos);
  }
}

}  // namespace
}  // namespace artext::cli
