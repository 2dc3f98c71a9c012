// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/control_chars.h"

#include <gtest/gtest.h>

namespace artext::util {
namespace {

TEST(StripControlChars, DropsTerminalControlsKeepsTabNewline) {
  EXPECT_EQ(StripControlChars("a\x1b]0;pwned\x07" "b"), "a]0;pwnedb");
  EXPECT_EQ(StripControlChars("a\tb\nc\rd\x7f" "e"), "a\tb\ncde");
  // U+009B (CSI) in UTF-8; U+00A0 and U+00E9 are kept.
  EXPECT_EQ(StripControlChars("x\xc2\x9b" "2Jy\xc2\xa0\xc3\xa9"),
            "x2Jy\xc2\xa0\xc3\xa9");
  EXPECT_EQ(StripControlChars(std::string_view("n\0ul", 4)), "nul");
  EXPECT_EQ(StripControlChars("plain"), "plain");
}

TEST(HasControlChars, Detects) {
  EXPECT_FALSE(HasControlChars("tab\tand\nnewline"));
  EXPECT_TRUE(HasControlChars("bell\x07"));
}

}  // namespace
}  // namespace artext::util
