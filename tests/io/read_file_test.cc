// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "io/read_file.h"

#include <gtest/gtest.h>

#include "cli/temp_dir.h"
#include "testing/warc_builder.h"

namespace artext::io {
namespace {

using cli::TempDir;
using testing::GzipMember;

TEST(Gunzip, RoundTripsAndJoinsMembers) {
  std::string out;
  ASSERT_TRUE(Gunzip(GzipMember("hello ") + GzipMember("world"), 1000, &out).ok());
  EXPECT_EQ(out, "hello world");
}

TEST(Gunzip, TruncatedDataIsAnError) {
  std::string big(100000, 'a');
  for (size_t i = 0; i < big.size(); i += 7) big[i] = static_cast<char>('a' + i % 26);
  std::string gz = GzipMember(big);
  std::string out;
  IoStatus s =
      Gunzip(std::string_view(gz).substr(0, gz.size() / 2), 1 << 20, &out);
  EXPECT_TRUE(s.io_error());
  EXPECT_NE(s.message().find("truncated"), std::string::npos);
}

TEST(Gunzip, CorruptDataIsAnError) {
  std::string gz = GzipMember("some text to compress, some text to compress");
  gz[12] ^= 0x55;
  gz[13] ^= 0x55;
  std::string out;
  EXPECT_FALSE(Gunzip(gz, 1 << 20, &out).ok());
}

TEST(Gunzip, StopsAtTheSizeLimit) {
  std::string bomb = GzipMember(std::string(10 << 20, '\0'));
  std::string out;
  IoStatus s = Gunzip(bomb, 1 << 20, &out);
  EXPECT_EQ(s.status().code(), Status::Code::kTooLarge);
  EXPECT_EQ(s.message(), "decompressed input exceeds 1048576 bytes");
  EXPECT_LE(out.size(), (1u << 20) + (64u << 10));
}

TEST(Gunzip, IgnoresTrailingBytesThatAreNotGzip) {
  std::string out;
  ASSERT_TRUE(Gunzip(GzipMember("page") + std::string(8, '\0'), 1000, &out).ok());
  EXPECT_EQ(out, "page");
}

TEST(Gunzip, CorruptDataSaysWhatZlibSaw) {
  std::string gz = GzipMember("some text to compress, some text to compress");
  gz[12] ^= 0x55;
  gz[13] ^= 0x55;
  std::string out;
  IoStatus s = Gunzip(gz, 1 << 20, &out);
  EXPECT_TRUE(s.io_error());
  EXPECT_EQ(s.message().rfind("corrupt gzip data: ", 0), 0u) << s.message();
}

TEST(ReadFile, ReadsPlainAndGzipByContent) {
  TempDir dir;
  std::string plain = dir.Write("a.html", "<p>plain</p>");
  std::string packed = dir.Write("b.html", GzipMember("<p>packed</p>"));
  std::string out;
  ASSERT_TRUE(ReadFile(plain, 1000, &out).ok());
  EXPECT_EQ(out, "<p>plain</p>");
  ASSERT_TRUE(ReadFile(packed, 1000, &out).ok());
  EXPECT_EQ(out, "<p>packed</p>");
}

TEST(ReadFile, ErrorsForMissingDirectoryAndTooLarge) {
  TempDir dir;
  std::string out;
  IoStatus missing = ReadFile(dir / "none.html", 1000, &out);
  EXPECT_TRUE(missing.io_error());
  EXPECT_EQ(missing.message(), "No such file or directory");
  EXPECT_EQ(ReadFile(dir.path(), 1000, &out).message(), "is a directory");
  std::string big = dir.Write("big.html", std::string(2000, 'x'));
  IoStatus too_large = ReadFile(big, 1999, &out);
  EXPECT_EQ(too_large.status().code(), Status::Code::kTooLarge);
  EXPECT_EQ(too_large.message(),
            "input is 2000 bytes; the limit is 1999");
  EXPECT_TRUE(ReadFile(big, 2000, &out).ok());
}

TEST(ReadFile, ACompressedFileIsLimitedAfterDecompression) {
  TempDir dir;
  std::string packed = dir.Write("p.html.gz", GzipMember(std::string(5000, 'x')));
  std::string out;
  IoStatus s = ReadFile(packed, 4000, &out);
  EXPECT_EQ(s.status().code(), Status::Code::kTooLarge);
  EXPECT_EQ(s.message(), "decompressed input exceeds 4000 bytes");
  ASSERT_TRUE(ReadFile(packed, 5000, &out).ok());
  EXPECT_EQ(out, std::string(5000, 'x'));
}

}  // namespace
}  // namespace artext::io
