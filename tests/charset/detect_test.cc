// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/detect.h"

#include <gtest/gtest.h>

#include "charset/fixtures.h"

namespace artext::charset {
namespace {

TEST(CanonicalFromUchardet, MapsDetectorNames) {
  EXPECT_EQ(CanonicalFromUchardet("UHC"), "euc-kr");
  EXPECT_EQ(CanonicalFromUchardet("EUC-KR"), "euc-kr");
  EXPECT_EQ(CanonicalFromUchardet("SHIFT_JIS"), "shift_jis");
  EXPECT_EQ(CanonicalFromUchardet("GB18030"), "gb18030");
  EXPECT_EQ(CanonicalFromUchardet("WINDOWS-1251"), "windows-1251");
  EXPECT_EQ(CanonicalFromUchardet("ISO-8859-1"), "windows-1252");
  EXPECT_EQ(CanonicalFromUchardet("MAC-CYRILLIC"), "x-mac-cyrillic");
  EXPECT_EQ(CanonicalFromUchardet("UTF-16"), "");
  EXPECT_EQ(CanonicalFromUchardet("ISO-2022-KR"), "");  // replacement
  EXPECT_EQ(CanonicalFromUchardet("IBM855"), "");       // not WHATWG
  EXPECT_EQ(CanonicalFromUchardet(""), "");
}

TEST(DetectEncoding, FindsLegacyEncodings) {
  EXPECT_EQ(DetectEncoding(testing::Encode(testing::kKoreanNews, "EUC-KR")),
            "euc-kr");
  EXPECT_EQ(DetectEncoding(testing::Encode(testing::kRussianNews, "KOI8-R")),
            "koi8-r");
  EXPECT_EQ(DetectEncoding(testing::kChineseNews), "utf-8");
  EXPECT_EQ(DetectEncoding(""), "");
}

}  // namespace
}  // namespace artext::charset
