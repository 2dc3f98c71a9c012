// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/parsers/date_tokens.h"

#include <gtest/gtest.h>

#include <string>

namespace artext::metadata {
namespace {

TEST(DateTokens, KindsValuesAndSpacing) {
  const std::string text = "Oct. 12, 2023T20:00";
  const DateTokens t = TokenizeForDates(text);
  ASSERT_EQ(t.size(), 9u);
  EXPECT_TRUE(IsWord(t, 0, "oct"));
  EXPECT_TRUE(IsPunct(t, 1, '.'));
  EXPECT_TRUE(IsNumber(t, 2, 2, 2));
  EXPECT_EQ(Value(t, 2), 12);
  EXPECT_FALSE(Adjacent(t, 2));  // space before "12"
  EXPECT_TRUE(IsPunct(t, 3, ','));
  EXPECT_TRUE(Adjacent(t, 3));
  EXPECT_TRUE(IsNumber(t, 4, 4, 4));
  EXPECT_TRUE(IsWord(t, 5, "t"));
  EXPECT_TRUE(Adjacent(t, 5));
  EXPECT_EQ(Value(t, 6), 20);
  EXPECT_TRUE(IsPunct(t, 7, ':'));
  EXPECT_EQ(t[8].digits, 2);
  EXPECT_EQ(Value(t, 8), 0);
  EXPECT_FALSE(IsNumber(t, 9, 1, 9));  // past the end
  EXPECT_FALSE(IsPunct(t, 9, ':'));
}

TEST(DateTokens, ScriptsSplitWords) {
  const std::string text = "2023年10月12日 오후 ОКТЯБРЯ Août";
  const DateTokens t = TokenizeForDates(text);
  ASSERT_EQ(t.size(), 9u);
  EXPECT_TRUE(IsWord(t, 1, "年"));
  EXPECT_TRUE(IsWord(t, 3, "月"));
  EXPECT_TRUE(IsWord(t, 5, "日"));
  EXPECT_TRUE(IsWord(t, 6, "오후"));
  EXPECT_TRUE(IsWord(t, 7, "октября"));
  EXPECT_TRUE(IsWord(t, 8, "aout"));
  EXPECT_TRUE(IsAnyWord(t, 8, {"x", "aout"}));
}

TEST(DateTokens, FullWidthDigitsAndLongNumbers) {
  const DateTokens t = TokenizeForDates("２０２３ 123456789012345678901234");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_TRUE(IsNumber(t, 0, 4, 4));
  EXPECT_EQ(Value(t, 0), 2023);
  EXPECT_EQ(t[1].digits, 24);
  EXPECT_EQ(t[1].value, -1);
  EXPECT_FALSE(IsNumber(t, 1, 1, 30));  // no value, never a date part
}

}  // namespace
}  // namespace artext::metadata
