// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "io/inflate.h"

#include <gtest/gtest.h>

#include "testing/warc_builder.h"

namespace artext::io {
namespace {

using namespace std::string_view_literals;

// Compresses `data` with zlib window bits (31: gzip, 15: zlib, -15: raw).
std::string Deflate(std::string_view data, int window_bits) {
  return testing::Compress(data, window_bits);
}

std::string Text(size_t n) {
  std::string s(n, 'a');
  for (size_t i = 0; i < n; i += 7) s[i] = static_cast<char>('a' + i % 26);
  return s;
}

TEST(InflateStream, DecodesOneMemberAndSaysWhereItEnded) {
  std::string gz = Deflate("hello", 31);
  std::string in = gz + "TAIL";
  Inflater inflater(Inflater::Wrapper::kGzip);
  ASSERT_TRUE(inflater.ok());
  std::string out = "> ";
  size_t consumed = 0;
  EXPECT_EQ(InflateStream(&inflater, in, 100, &out, &consumed),
            InflateEnd::kDone);
  EXPECT_EQ(out, "> hello");  // appended
  EXPECT_EQ(consumed, gz.size());
}

TEST(InflateStream, GzipOrZlibAndRawDeflateWrappers) {
  for (auto [bits, wrapper] :
       {std::pair{31, Inflater::Wrapper::kGzipOrZlib},
        std::pair{15, Inflater::Wrapper::kGzipOrZlib},
        std::pair{-15, Inflater::Wrapper::kRawDeflate}}) {
    Inflater inflater(wrapper);
    std::string out;
    size_t consumed = 0;
    EXPECT_EQ(InflateStream(&inflater, Deflate("body", bits), 100, &out,
                            &consumed),
              InflateEnd::kDone)
        << bits;
    EXPECT_EQ(out, "body");
  }
}

TEST(InflateStream, KeepsWhatWasDecodedBeforeTheInputEnds) {
  std::string text = Text(200000);
  std::string gz = Deflate(text, 31);
  Inflater inflater(Inflater::Wrapper::kGzip);
  std::string out;
  size_t consumed = 0;
  EXPECT_EQ(InflateStream(&inflater, std::string_view(gz).substr(0, gz.size() / 2),
                          1 << 20, &out, &consumed),
            InflateEnd::kTruncated);
  EXPECT_FALSE(out.empty());
  EXPECT_EQ(out, text.substr(0, out.size()));
}

TEST(InflateStream, CorruptDataHasZlibsMessage) {
  Inflater inflater(Inflater::Wrapper::kGzip);
  std::string out;
  size_t consumed = 0;
  // Method 7 is not deflate: zlib rejects the header.
  EXPECT_EQ(InflateStream(&inflater, "\x1f\x8b\x07\x00\x00\x00\x00\x00\x00\x03"sv,
                          100, &out, &consumed),
            InflateEnd::kCorrupt);
  EXPECT_STREQ(inflater.message(), "unknown compression method");
}

TEST(InflateStream, NeverGrowsPastOneByteOverTheLimit) {
  std::string bomb = Deflate(std::string(10 << 20, '\0'), 31);
  Inflater inflater(Inflater::Wrapper::kGzip);
  std::string out;
  size_t consumed = 0;
  EXPECT_EQ(InflateStream(&inflater, bomb, 1000, &out, &consumed),
            InflateEnd::kTooLarge);
  EXPECT_EQ(out.size(), 1001u);
}

TEST(InflateStream, ExactlyTheLimitIsAllowed) {
  Inflater inflater(Inflater::Wrapper::kGzip);
  std::string out;
  size_t consumed = 0;
  EXPECT_EQ(InflateStream(&inflater, Deflate(std::string(1000, 'x'), 31), 1000,
                          &out, &consumed),
            InflateEnd::kDone);
  EXPECT_EQ(out.size(), 1000u);
}

TEST(Inflater, ResetStartsTheNextMember) {
  std::string in = Deflate("one ", 31) + Deflate("two", 31);
  Inflater inflater(Inflater::Wrapper::kGzip);
  std::string out;
  size_t consumed = 0;
  ASSERT_EQ(InflateStream(&inflater, in, 100, &out, &consumed),
            InflateEnd::kDone);
  ASSERT_TRUE(inflater.Reset());
  std::string_view rest = std::string_view(in).substr(consumed);
  ASSERT_EQ(InflateStream(&inflater, rest, 100, &out, &consumed),
            InflateEnd::kDone);
  EXPECT_EQ(out, "one two");
}

TEST(LooksGzipped, ChecksTheMagicNumber) {
  EXPECT_TRUE(LooksGzipped("\x1f\x8b..."));
  EXPECT_FALSE(LooksGzipped("\x1f"));
  EXPECT_FALSE(LooksGzipped("<html>"));
}

}  // namespace
}  // namespace artext::io
