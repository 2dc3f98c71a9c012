// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/convert.h"

#include <gtest/gtest.h>

#include <string>

namespace artext::charset {
namespace {

std::string Convert(std::string_view bytes, std::string_view encoding,
                    size_t* invalid = nullptr) {
  std::string out;
  size_t count = 0;
  EXPECT_TRUE(AppendDecoded(bytes, encoding, &out, &count)) << encoding;
  if (invalid != nullptr) *invalid = count;
  return out;
}

TEST(AppendDecoded, Windows1252FollowsTheWhatwgIndex) {
  EXPECT_EQ(Convert("\x80\x82\x85\x91\x92\x93\x94\x96\x97\x99\x9F",
                    "windows-1252"),
            "€‚…‘’“”–—™Ÿ");
  // Unassigned bytes are the C1 controls of the same value, not errors.
  size_t invalid = 99;
  EXPECT_EQ(Convert("\x81\x8D", "windows-1252", &invalid), "\u0081\u008D");
  EXPECT_EQ(invalid, 0u);
  EXPECT_EQ(Convert("\xA0\xE9\xFF", "windows-1252"), "\u00A0éÿ");
}

TEST(AppendDecoded, XUserDefined) {
  EXPECT_EQ(Convert("a\x80\xFF", "x-user-defined"), "a\uF780\uF7FF");
}

TEST(AppendDecoded, Utf16) {
  // "A", U+1F600 as a surrogate pair, "中".
  EXPECT_EQ(Convert(std::string("A\0\x3D\xD8\x00\xDE\x2D\x4E", 8), "utf-16le"),
            "A😀中");
  EXPECT_EQ(Convert(std::string("\0A\xD8\x3D\xDE\x00", 6), "utf-16be"),
            "A😀");
  size_t invalid = 0;
  // A lone high surrogate, then a lone low surrogate.
  EXPECT_EQ(Convert(std::string("\x3D\xD8" "A\0" "\x00\xDE", 6), "utf-16le",
                    &invalid),
            "\uFFFDA\uFFFD");
  EXPECT_EQ(invalid, 2u);
}

TEST(AppendDecoded, IconvContinuesAfterErrors) {
  size_t invalid = 0;
  // GBK "中", an undecodable byte, "国".
  EXPECT_EQ(Convert("\xD6\xD0\xFF\xB9\xFA", "gbk", &invalid), "中\uFFFD国");
  EXPECT_EQ(invalid, 1u);
  // A bad trail byte that is ASCII: the lead becomes U+FFFD, the ASCII
  // byte survives.
  EXPECT_EQ(Convert("\xC7" "A", "euc-kr"), "\uFFFDA");
  // Undefined ISO-8859-7 byte.
  EXPECT_EQ(Convert("\xAE", "iso-8859-7", &invalid), "\uFFFD");
  EXPECT_EQ(invalid, 1u);
}

TEST(AppendDecoded, StatefulIso2022Jp) {
  // ESC $ B switches to JIS X 0208 ("日本" = 46 7C 4B 5C), ESC ( B back.
  EXPECT_EQ(Convert("a\x1B$BF|K\\\x1B(Bb", "iso-2022-jp"), "a日本b");
}

TEST(AppendDecoded, AppendsToExistingText) {
  std::string out = "head:";
  ASSERT_TRUE(AppendDecoded("\xC7\xD1", "euc-kr", &out, nullptr));
  EXPECT_EQ(out, "head:한");
}

TEST(AppendDecoded, RefusesUnknownAndReplacement) {
  std::string out = "unchanged";
  EXPECT_FALSE(AppendDecoded("abc", "replacement", &out, nullptr));
  EXPECT_FALSE(AppendDecoded("abc", "klingon", &out, nullptr));
  EXPECT_FALSE(AppendDecoded("abc", "EUC-KR", &out, nullptr));  // not canonical
  EXPECT_EQ(out, "unchanged");
}

}  // namespace
}  // namespace artext::charset
