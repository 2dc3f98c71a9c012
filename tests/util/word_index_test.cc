// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/word_index.h"

#include <gtest/gtest.h>

#include <string>

namespace artext::util {
namespace {

constexpr WordIndex kWords{std::array<std::string_view, 4>{
    "share", "sharing", "ad-", "comment"}};

TEST(WordIndex, FindsAnyWordAnywhere) {
  EXPECT_TRUE(kWords.FoundIn("share"));
  EXPECT_TRUE(kWords.FoundIn("post-sharing-bar"));
  EXPECT_TRUE(kWords.FoundIn("x comments-count"));
  EXPECT_TRUE(kWords.FoundIn("top ad-slot"));
  EXPECT_FALSE(kWords.FoundIn(""));
  EXPECT_FALSE(kWords.FoundIn("shar"));        // a prefix of a word only
  EXPECT_FALSE(kWords.FoundIn("comm ent ad"));  // split words, "ad" not "ad-"
  EXPECT_FALSE(kWords.FoundIn("SHARE"));        // case-sensitive: callers lower
}

TEST(WordIndex, AgreesWithFindOnEveryCut) {
  // Every substring of a string mixing the words: same answer as find().
  const std::string text = "xsharinad-commentsharex";
  for (size_t b = 0; b <= text.size(); ++b) {
    for (size_t e = b; e <= text.size(); ++e) {
      std::string_view s = std::string_view(text).substr(b, e - b);
      bool expected = false;
      for (std::string_view w : {"share", "sharing", "ad-", "comment"}) {
        expected = expected || s.find(w) != std::string_view::npos;
      }
      EXPECT_EQ(kWords.FoundIn(s), expected) << s;
    }
  }
}

}  // namespace
}  // namespace artext::util
