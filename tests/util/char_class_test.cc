// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/char_class.h"

#include <gtest/gtest.h>

namespace artext::util {
namespace {

TEST(CharClass, AsciiAndHtmlSpaceDifferOnlyInVerticalTab) {
  for (char32_t c = 0; c < 0x80; ++c) {
    EXPECT_EQ(IsHtmlSpace(c), IsAsciiSpace(c) && c != '\v') << int(c);
  }
  EXPECT_TRUE(IsAsciiSpace('\v'));
  EXPECT_FALSE(IsHtmlSpace('\v'));
  EXPECT_TRUE(IsHtmlSpace('\f'));
}

TEST(CharClass, CollapsibleSpaceIsUnicodeWhiteSpace) {
  for (char32_t c :
       {U' ', U'\t', U'\n', U'\u0085', U'\u00A0', U'\u1680', U'\u2000',
        U'\u200A', U'\u2028', U'\u2029', U'\u202F', U'\u205F', U'\u3000'}) {
    EXPECT_TRUE(IsCollapsibleSpace(c)) << int(c);
  }
  // Zero-width characters are dropped, not collapsed.
  for (char32_t c :
       {U'\u200B', U'\u200C', U'\u200D', U'\u2060', U'\uFEFF', U'\u00AD'}) {
    EXPECT_FALSE(IsCollapsibleSpace(c)) << int(c);
    EXPECT_TRUE(IsZeroWidth(c)) << int(c);
  }
  EXPECT_FALSE(IsCollapsibleSpace(U'x'));
}

TEST(CharClass, SeparatorSpaceTakesZeroWidthSpaceButNotLineSeparators) {
  EXPECT_TRUE(IsSeparatorSpace(U'\u200B'));
  EXPECT_TRUE(IsSeparatorSpace(U'\uFEFF'));
  EXPECT_TRUE(IsSeparatorSpace(U'\r'));
  EXPECT_FALSE(IsSeparatorSpace(U'\u2028'));
  EXPECT_FALSE(IsSeparatorSpace(U'\u0085'));
}

TEST(CharClass, WordGapSpace) {
  EXPECT_TRUE(IsWordGapSpace(U'\u3000'));
  EXPECT_TRUE(IsWordGapSpace(U'\u00A0'));
  EXPECT_FALSE(IsWordGapSpace(U'\f'));
}

TEST(CharClass, DigitsIncludeFullWidth) {
  EXPECT_TRUE(IsDigitChar(U'7'));
  EXPECT_TRUE(IsDigitChar(U'７'));
  EXPECT_FALSE(IsDigitChar(U'٧'));  // Arabic-Indic digits are not read
  EXPECT_EQ(DigitValue(U'7'), 7);
  EXPECT_EQ(DigitValue(U'７'), 7);
}

TEST(CharClass, Scripts) {
  EXPECT_TRUE(IsLatin1Letter(U'é'));
  EXPECT_FALSE(IsLatin1Letter(U'×'));
  EXPECT_TRUE(IsHangul(U'김'));
  EXPECT_TRUE(IsHangul(U'ㄱ'));  // compatibility jamo
  EXPECT_TRUE(IsKanaOrHan(U'年'));
  EXPECT_TRUE(IsKanaOrHan(U'カ'));
  EXPECT_FALSE(IsKanaOrHan(U'김'));
  EXPECT_TRUE(IsRtlLetter(U'ש'));
  EXPECT_TRUE(IsRtlLetter(U'م'));
  EXPECT_TRUE(IsRtlLetter(U'ﻡ'));  // presentation form
  EXPECT_FALSE(IsRtlLetter(U'a'));
  EXPECT_TRUE(block::kGreek.Contains(U'Ω'));
  EXPECT_TRUE(block::kCyrillic.Contains(U'ж'));
}

TEST(CharClass, UnspacedScripts) {
  for (char32_t c : {U'中', U'か', U'ก', U'ລ', U'မ', U'ក', U'𠀀'}) {
    EXPECT_TRUE(IsUnspacedScript(c)) << int(c);
  }
  EXPECT_FALSE(IsUnspacedScript(U'김'));  // Korean writes spaces
  EXPECT_FALSE(IsUnspacedScript(U'a'));
}

}  // namespace
}  // namespace artext::util
