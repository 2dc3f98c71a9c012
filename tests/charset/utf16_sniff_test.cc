// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/utf16_sniff.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "charset/decode.h"

namespace artext::charset {
namespace {

// ASCII `text` as UTF-16 code units, without a BOM.
std::string Utf16(std::string_view text, bool big_endian) {
  std::string out;
  for (char c : text) {
    if (big_endian) out += '\0';
    out += c;
    if (!big_endian) out += '\0';
  }
  return out;
}

constexpr std::string_view kPage =
    "<!doctype html><html><head><title>Harbour ferry</title></head>"
    "<body><h1>Harbour ferry</h1><p>The ferry sails at dawn.</p></body></html>";

TEST(SniffUtf16, RecognisesBothByteOrders) {
  EXPECT_EQ(SniffUtf16(Utf16(kPage, false)), "utf-16le");
  EXPECT_EQ(SniffUtf16(Utf16(kPage, true)), "utf-16be");
}

TEST(SniffUtf16, LeavesOtherInputAlone) {
  EXPECT_EQ(SniffUtf16(kPage), "");
  EXPECT_EQ(SniffUtf16(""), "");
  EXPECT_EQ(SniffUtf16(std::string(1, '\0')), "");
  // NULs in both byte positions: binary, not UTF-16.
  EXPECT_EQ(SniffUtf16(std::string(64, '\0')), "");
  // A few stray NULs in an ASCII page are not a pattern.
  std::string page(kPage);
  page[11] = '\0';
  page[41] = '\0';
  EXPECT_EQ(SniffUtf16(page), "");
}

TEST(SniffUtf16, DecodeUsesItWhenNothingIsDeclared) {
  Decoded d = Decode(Utf16(kPage, false), "", "");
  EXPECT_EQ(d.encoding, "utf-16le");
  EXPECT_EQ(d.source, "detected");
  EXPECT_EQ(d.utf8, kPage);
  d = Decode(Utf16(kPage, true), "", "");
  EXPECT_EQ(d.encoding, "utf-16be");
  EXPECT_EQ(d.utf8, kPage);
  // The user's --charset still wins.
  EXPECT_EQ(Decode(Utf16(kPage, false), "windows-1252", "").encoding,
            "windows-1252");
}

}  // namespace
}  // namespace artext::charset
