// Copyright (c) artext authors. MIT licence (see LICENSE).

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli/bounded_output.h"

namespace artext::cli {
namespace {

Article ArticleOfQuotes(size_t blocks) {
  Article a;
  a.headline = "Headline";
  for (size_t i = 0; i < blocks; ++i) {
    Block b;
    b.text = std::string(100, '"') + std::to_string(i);
    if (!a.text.empty()) a.text += "\n\n";
    a.text += b.text;
    a.body.push_back(std::move(b));
  }
  return a;
}

TEST(RenderWithin, AnArticleWithinTheLimitIsRenderedWhole) {
  Article a = ArticleOfQuotes(3);
  for (Format f : {Format::kJson, Format::kJsonl, Format::kText,
                   Format::kMarkdown, Format::kHtml}) {
    BoundedOutput out = RenderWithin(a, f, {}, OutputLimit(1000));
    EXPECT_TRUE(out.fits);
    EXPECT_EQ(out.blocks_left_out, 0u);
    EXPECT_EQ(out.output, Render(a, f, {}));
  }
}

TEST(RenderWithin, CutsTheBodyAtABlockBoundaryAndSaysSo) {
  Article a = ArticleOfQuotes(2000);  // ~400 bytes a block in JSON
  const size_t limit = 100000;
  for (Format f : {Format::kJson, Format::kJsonl, Format::kText,
                   Format::kMarkdown, Format::kHtml}) {
    SCOPED_TRACE(static_cast<int>(f));
    BoundedOutput out = RenderWithin(a, f, {}, limit);
    ASSERT_TRUE(out.fits);
    EXPECT_LE(out.output.size(), limit);
    EXPECT_EQ(out.blocks, 2000u);
    EXPECT_GT(out.blocks_left_out, 0u);
    EXPECT_LT(out.blocks_left_out, 2000u);
    if (f == Format::kJson || f == Format::kJsonl) {
      nlohmann::json j = nlohmann::json::parse(out.output);
      EXPECT_EQ(j["truncated"], true);
      size_t kept = 2000 - out.blocks_left_out;
      ASSERT_EQ(j["body"].size(), kept);
      // The kept blocks are the first ones, whole, and `text` follows them.
      EXPECT_EQ(j["body"][kept - 1]["text"], a.body[kept - 1].text);
      std::string text;
      for (size_t i = 0; i < kept; ++i) text += (i ? "\n\n" : "") + a.body[i].text;
      EXPECT_EQ(j["text"], text);
    } else {
      EXPECT_NE(out.output.find("artext: output truncated"), std::string::npos);
    }
  }
}

TEST(RenderWithin, FailsWhenEvenTheMetadataIsOverTheLimit) {
  Article a = ArticleOfQuotes(10);
  a.description = std::string(10000, 'd');
  BoundedOutput out = RenderWithin(a, Format::kJson, {}, 5000);
  EXPECT_FALSE(out.fits);
  EXPECT_TRUE(out.output.empty());
}

}  // namespace
}  // namespace artext::cli
