// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/hex.h"

#include <gtest/gtest.h>

namespace artext::util {
namespace {

TEST(Hex, DigitValuesInEitherCase) {
  EXPECT_EQ(HexDigitValue('0'), 0);
  EXPECT_EQ(HexDigitValue('9'), 9);
  EXPECT_EQ(HexDigitValue('a'), 10);
  EXPECT_EQ(HexDigitValue('F'), 15);
  EXPECT_EQ(HexDigitValue('g'), -1);
  EXPECT_EQ(HexDigitValue('G'), -1);
  EXPECT_EQ(HexDigitValue(' '), -1);
}

TEST(Hex, FourDigitsOrNone) {
  EXPECT_EQ(Hex4("00e9", 0), 0xE9);
  EXPECT_EQ(Hex4("\\uD83D", 2), 0xD83D);
  EXPECT_EQ(Hex4("12x4", 0), -1);
  EXPECT_EQ(Hex4("123", 0), -1);    // too short
  EXPECT_EQ(Hex4("1234", 1), -1);   // runs past the end
  EXPECT_EQ(Hex4("1234", 9), -1);   // starts past the end
}

}  // namespace
}  // namespace artext::util
