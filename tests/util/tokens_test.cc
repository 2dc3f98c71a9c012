// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/tokens.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace artext::util {
namespace {

std::vector<std::string_view> All(std::string_view value) {
  std::vector<std::string_view> out;
  for (std::string_view t : Tokens(value)) out.push_back(t);
  return out;
}

TEST(Tokens, SplitAtAsciiWhitespace) {
  using V = std::vector<std::string_view>;
  EXPECT_EQ(All("node node--promoted"), (V{"node", "node--promoted"}));
  EXPECT_EQ(All("  a\tb\n\fc  "), (V{"a", "b", "c"}));
  EXPECT_EQ(All("one"), (V{"one"}));
  EXPECT_EQ(All(""), V{});
  EXPECT_EQ(All(" \t "), V{});
  // A no-break space is no separator in HTML.
  EXPECT_EQ(All("a\xC2\xA0" "b c"), (V{"a\xC2\xA0" "b", "c"}));
}

}  // namespace
}  // namespace artext::util
