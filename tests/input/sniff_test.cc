// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "input/sniff.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace artext::input {
namespace {

TEST(WhyNotHtml, EmptyAndWhitespace) {
  EXPECT_EQ(WhyNotHtml(""), "empty input");
  EXPECT_EQ(WhyNotHtml("\xEF\xBB\xBF"), "empty input");  // a BOM alone
  EXPECT_EQ(WhyNotHtml(" \n\t\r\n "), "only whitespace (6 bytes)");
}

TEST(WhyNotHtml, KnownSignatures) {
  EXPECT_EQ(WhyNotHtml(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)),
            "a PNG image");
  EXPECT_EQ(WhyNotHtml("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"), "a PDF document");
  EXPECT_EQ(WhyNotHtml("\xFF\xD8\xFF\xE0"), "a JPEG image");
  EXPECT_EQ(WhyNotHtml("GIF89a\x01\x00"), "a GIF image");
  EXPECT_EQ(WhyNotHtml("\x1F\x8B\x08\x00"),
            "gzip-compressed data (decompress it first)");
  EXPECT_EQ(WhyNotHtml(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)),
            "a WebP image");
  EXPECT_EQ(WhyNotHtml(std::string("\0\0\0\x18" "ftypmp42", 12)),
            "an MP4/QuickTime media file");
}

TEST(WhyNotHtml, RandomBytesAreBinary) {
  std::mt19937 rng(7);
  std::string bytes(65536, '\0');
  for (char& c : bytes) c = static_cast<char>(rng());
  bytes[0] = '<';  // not a signature, still binary
  EXPECT_EQ(WhyNotHtml(bytes).rfind("binary data (", 0), 0u) << WhyNotHtml(bytes);
}

TEST(WhyNotHtml, TextIsAccepted) {
  EXPECT_EQ(WhyNotHtml("<p>hello</p>"), "");
  EXPECT_EQ(WhyNotHtml("just a line of text, no tags"), "");
  EXPECT_EQ(WhyNotHtml("  \n<html>"), "");
  // Legacy-encoded and UTF-8 text: bytes >= 0x80 are not control bytes.
  EXPECT_EQ(WhyNotHtml("<p>caf\xE9 \xC3\xA9t\xC3\xA9</p>"), "");
  // A few NULs in a page (seen in crawls) do not make it binary.
  std::string page = "<html><body><p>" + std::string(2000, 'a') + "</p>";
  page[100] = '\0';
  page[900] = '\0';
  EXPECT_EQ(WhyNotHtml(page), "");
  EXPECT_EQ(WhyNotHtml(std::string("<p>Some\0 text with\0\0 NULs.</p>", 30)), "");
  // UTF-16 without a BOM is all NULs in one byte position: text.
  std::string utf16;
  for (char c : std::string("<html><body><p>Hello</p></body></html>")) {
    utf16 += c;
    utf16 += '\0';
  }
  EXPECT_EQ(WhyNotHtml(utf16), "");
  // UTF-32 with its mark (issue 17: called "binary data").
  std::string utf32le("\xFF\xFE\0\0", 4), utf32be("\0\0\xFE\xFF", 4);
  for (char c : std::string("<html><body><p>Hello</p></body></html>")) {
    utf32le += std::string(1, c) + std::string(3, '\0');
    utf32be += std::string(3, '\0') + std::string(1, c);
  }
  EXPECT_EQ(WhyNotHtml(utf32le), "");
  EXPECT_EQ(WhyNotHtml(utf32be), "");
  EXPECT_EQ(WhyNotHtml(std::string("\xFF\xFE\0\0", 4)), "empty input");
}

}  // namespace
}  // namespace artext::input
