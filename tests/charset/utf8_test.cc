// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace artext::charset {
namespace {

std::string Repair(std::string_view bytes, size_t* invalid = nullptr) {
  std::string out;
  const size_t count = AppendValidUtf8(bytes, &out);
  if (invalid != nullptr) *invalid = count;
  return out;
}

TEST(ScanUtf8, CountsCharactersAndErrors) {
  Utf8Stats stats = ScanUtf8("plain ascii text that is longer than 8");
  EXPECT_EQ(stats.invalid_sequences, 0u);
  EXPECT_EQ(stats.multibyte_chars, 0u);
  stats = ScanUtf8("é中😀 and \xFF");
  EXPECT_EQ(stats.multibyte_chars, 3u);
  EXPECT_EQ(stats.invalid_sequences, 1u);
  stats = ScanUtf8(std::string("a\0b\0", 4));
  EXPECT_EQ(stats.nul_bytes, 2u);
}

TEST(AppendValidUtf8, ValidInputIsCopied) {
  const std::string text = "Grüße, 世界! 😀 \u00A0 \U0010FFFF \uFFFD end";
  size_t invalid = 99;
  EXPECT_EQ(Repair(text, &invalid), text);
  EXPECT_EQ(invalid, 0u);
  std::string out = "prefix:";
  AppendValidUtf8("abc", &out);
  EXPECT_EQ(out, "prefix:abc");
}

TEST(AppendValidUtf8, MaximalSubparts) {
  size_t invalid = 0;
  // Unicode 15, Table 3-8.
  EXPECT_EQ(Repair("a\xF1\x80\x80\xE1\x80\xC2" "b\x80" "c\x80\xBF" "d",
                   &invalid),
            "a\uFFFD\uFFFD\uFFFD" "b\uFFFD" "c\uFFFD\uFFFD" "d");
  EXPECT_EQ(invalid, 6u);
  // Overlong forms: every byte is its own subpart.
  EXPECT_EQ(Repair("\xC0\xAF"), "\uFFFD\uFFFD");
  EXPECT_EQ(Repair("\xE0\x80\xAF"), "\uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(Repair("\xF0\x80\x80\xAF"), "\uFFFD\uFFFD\uFFFD\uFFFD");
  // Surrogates and code points above U+10FFFF.
  EXPECT_EQ(Repair("\xED\xA0\x80"), "\uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(Repair("\xF4\x90\x80\x80"), "\uFFFD\uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(Repair("\xF5\xFE\xFF"), "\uFFFD\uFFFD\uFFFD");
  // A truncated sequence is one subpart, and the breaking byte is kept.
  EXPECT_EQ(Repair("\xE4\xB8x"), "\uFFFDx");
  EXPECT_EQ(Repair("\xF0\x9F\x98"), "\uFFFD");
  EXPECT_EQ(Repair("\xE4\xB8\xE4\xB8\xAD"), "\uFFFD中");
}

TEST(AppendValidUtf8, NulBecomesReplacementCharacter) {
  size_t invalid = 99;
  EXPECT_EQ(Repair(std::string("a\0b", 3), &invalid), "a\uFFFDb");
  EXPECT_EQ(invalid, 0u);
}

TEST(AppendValidUtf8, ErrorAtEveryOffsetAcrossWordBoundaries) {
  // The ASCII fast path reads 8 bytes at a time; a bad byte or NUL at any
  // position must still be found.
  for (size_t offset = 0; offset < 40; ++offset) {
    for (char bad : {'\xFF', '\0', '\x80'}) {
      std::string input(40, 'x');
      input[offset] = bad;
      std::string expected(40, 'x');
      expected.replace(offset, 1, "\uFFFD");
      EXPECT_EQ(Repair(input), expected) << offset;
    }
  }
}

}  // namespace
}  // namespace artext::charset
