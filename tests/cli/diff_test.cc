// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/diff.h"

#include <gtest/gtest.h>

namespace artext::cli {
namespace {

TEST(SplitLines, TrailingNewlineAddsNoLine) {
  EXPECT_EQ(SplitLines("a\n\nb\n"), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_TRUE(SplitLines("").empty());
}

TEST(UnifiedDiff, EqualInputsGiveNothing) {
  EXPECT_EQ(UnifiedDiff({"a", "b"}, {"a", "b"}, "x", "y"), "");
}

TEST(UnifiedDiff, OneChangedLineWithContext) {
  std::vector<std::string> a = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
  std::vector<std::string> b = a;
  b[4] = "five";
  EXPECT_EQ(UnifiedDiff(a, b, "want", "got"),
            "--- want\n+++ got\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n"
            " 6\n 7\n 8\n");
}

TEST(UnifiedDiff, InsertionsDeletionsAndSeparateHunks) {
  std::vector<std::string> a;
  for (int i = 0; i < 20; ++i) a.push_back(std::to_string(i));
  std::vector<std::string> b = a;
  b.erase(b.begin() + 1);           // delete "1"
  b.insert(b.begin() + 17, "new");  // insert before "18"
  std::string d = UnifiedDiff(a, b, "a", "b", 1);
  EXPECT_EQ(d,
            "--- a\n+++ b\n@@ -1,3 +1,2 @@\n 0\n-1\n 2\n"
            "@@ -18,2 +17,3 @@\n 17\n+new\n 18\n");
}

TEST(UnifiedDiff, EmptySides) {
  EXPECT_EQ(UnifiedDiff({}, {"x"}, "a", "b"), "--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n");
  EXPECT_EQ(UnifiedDiff({"x"}, {}, "a", "b"), "--- a\n+++ b\n@@ -1,1 +0,0 @@\n-x\n");
}

TEST(UnifiedDiff, HugeInputsFallBackWithoutTheTable) {
  std::vector<std::string> a, b;
  for (int i = 0; i < 5000; ++i) {
    a.push_back("a" + std::to_string(i));
    b.push_back("b" + std::to_string(i));
  }
  std::string d = UnifiedDiff(a, b, "a", "b");
  EXPECT_NE(d.find("@@ -1,5000 +1,5000 @@"), std::string::npos);
  EXPECT_NE(d.find("-a4999\n"), std::string::npos);
  EXPECT_NE(d.find("+b0\n"), std::string::npos);
}

}  // namespace
}  // namespace artext::cli
