// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The library's limits and failure statuses (docs/robustness.md): inputs that
// are not pages, the size limit, the time budget.

#include <gtest/gtest.h>

#include <string>

#include "artext/extract.h"

namespace artext {
namespace {

constexpr const char* kPage =
    "<html><head><title>Harbour ferry</title></head><body><h1>Harbour "
    "ferry</h1><p>The ferry sails at dawn, and the harbour master counts "
    "every passenger twice before the gangway is raised.</p></body></html>";

Status RunExtract(std::string_view bytes, const Options& options = {}) {
  Article article;
  return Extract(bytes, options, &article);
}

TEST(Limits, NotHtmlInputs) {
  EXPECT_EQ(RunExtract("").code(), Status::Code::kNotHtml);
  EXPECT_EQ(RunExtract("").ToString(), "not HTML: empty input");
  EXPECT_EQ(RunExtract("  \n ").code(), Status::Code::kNotHtml);
  EXPECT_EQ(RunExtract("%PDF-1.4\n").ToString(), "not HTML: a PDF document");
  EXPECT_TRUE(RunExtract(kPage).ok());
  EXPECT_TRUE(RunExtract("plain text without any tag").ok());
}

TEST(Limits, MaxInputBytes) {
  Options options;
  options.max_input_bytes = 64;
  Status s = RunExtract(kPage, options);
  EXPECT_EQ(s.code(), Status::Code::kTooLarge);
  EXPECT_NE(s.message().find("the limit is 64"), std::string::npos) << s.message();
  options.max_input_bytes = std::string(kPage).size();
  EXPECT_TRUE(RunExtract(kPage, options).ok());  // exactly the limit is fine
}

TEST(Limits, TimeBudget) {
  Options options;
  options.timeout_seconds = 1e-9;  // spent before the first pass ends
  Status s = RunExtract(kPage, options);
  EXPECT_EQ(s.code(), Status::Code::kTimeout);
  EXPECT_EQ(s.message().rfind("extraction stopped after decoding: ", 0), 0u)
      << s.message();
  options.timeout_seconds = 0;  // no budget
  EXPECT_TRUE(RunExtract(kPage, options).ok());
  options.timeout_seconds = 3600;
  Article article;
  ASSERT_TRUE(Extract(kPage, options, &article).ok());
  EXPECT_EQ(article.headline, "Harbour ferry");
}

// The prescan caps nesting depth before gumbo (Options::max_nesting_depth).
// Without it gumbo takes minutes on this input (its time is quadratic in
// depth); with it this runs in about the time of a normal 6 MB page.
TEST(Limits, MillionDeepNestingGivesAResult) {
  constexpr int kDepth = 1000000;
  std::string page = "<html><body>";
  for (int i = 0; i < kDepth; ++i) page += "<div>";
  page += "<p>The text at the bottom of a million nested divisions survives "
          "the depth limit, and the page still gives a result.</p>";
  Article article;
  Status s = Extract(page, Options{}, &article);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_NE(article.text.find("bottom of a million"), std::string::npos);
}

}  // namespace
}  // namespace artext
