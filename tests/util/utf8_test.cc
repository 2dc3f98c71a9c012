// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace artext::util {
namespace {

std::u32string DecodeAll(std::string_view s, Utf8Check check) {
  std::u32string cps;
  for (size_t pos = 0; pos < s.size();)
    cps.push_back(DecodeUtf8(s, &pos, check));
  return cps;
}

TEST(Utf8, DecodeAndAppendRoundTrip) {
  const std::string s = "aé€😀";
  const std::u32string cps = DecodeAll(s, Utf8Check::kStrict);
  EXPECT_EQ(cps, (std::u32string{U'a', U'é', U'€', U'😀'}));
  EXPECT_EQ(DecodeAll(s, Utf8Check::kLenient), cps);
  std::string out;
  for (char32_t cp : cps) AppendUtf8(cp, &out);
  EXPECT_EQ(out, s);
}

TEST(Utf8, AppendEncodesEveryLength) {
  std::string out;
  for (char32_t cp : {U'A', U'é', U'中', U'😀', U'\U0010FFFF'}) {
    AppendUtf8(cp, &out);
  }
  EXPECT_EQ(out, "Aé中😀\U0010FFFF");
}

TEST(Utf8, AppendWritesNonCharactersAsReplacement) {
  std::string out;
  AppendUtf8(0xD800, &out);    // surrogate, e.g. from "&#xD800;"
  AppendUtf8(0x110000, &out);  // above the Unicode range
  EXPECT_EQ(out, std::string(kReplacementUtf8) + std::string(kReplacementUtf8));
}

TEST(Utf8, MalformedBytesAdvanceByOne) {
  // Bad shapes: both readings give U+FFFD and move one byte on.
  for (const std::string s : {"\x80", "\xC3", "\xE2\x82", "\xFF", "\xC3x"}) {
    for (Utf8Check check : {Utf8Check::kStrict, Utf8Check::kLenient}) {
      size_t pos = 0;
      EXPECT_EQ(DecodeUtf8(s, &pos, check), kReplacementChar) << s.size();
      EXPECT_EQ(pos, 1u);
    }
  }
}

TEST(Utf8, StrictRejectsWhatLenientReads) {
  struct Case {
    std::string bytes;
    char32_t lenient;
  };
  const Case cases[] = {
      {"\xC0\xAF", U'/'},              // overlong '/'
      {"\xE0\x82\xA0", 0xA0},          // overlong no-break space
      {"\xED\xA0\x80", 0xD800},        // surrogate
      {"\xF4\x90\x80\x80", 0x110000},  // above U+10FFFF
  };
  for (const Case& c : cases) {
    size_t pos = 0;
    EXPECT_EQ(DecodeUtf8(c.bytes, &pos), kReplacementChar);
    EXPECT_EQ(pos, 1u);
    pos = 0;
    EXPECT_EQ(DecodeUtf8(c.bytes, &pos, Utf8Check::kLenient), c.lenient);
    EXPECT_EQ(pos, c.bytes.size());
  }
}

TEST(Utf8, TruncateKeepsWholeCharacters) {
  EXPECT_EQ(TruncateUtf8("abc", 10), "abc");
  EXPECT_EQ(TruncateUtf8("abc", 2), "ab");
  EXPECT_EQ(TruncateUtf8("a€", 2), "a");  // € is 3 bytes
  EXPECT_EQ(TruncateUtf8("a€", 3), "a");
  EXPECT_EQ(TruncateUtf8("a€", 4), "a€");
  EXPECT_EQ(TruncateUtf8("", 0), "");
}

}  // namespace
}  // namespace artext::util
