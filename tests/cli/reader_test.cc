// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/reader.h"

#include <zlib.h>

#include <gtest/gtest.h>

#include "cli/gunzip.h"
#include "cli/temp_dir.h"

namespace artext::cli {
namespace {

std::string Gzip(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8,
               Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

TEST(Gunzip, RoundTripsAndJoinsMembers) {
  std::string out;
  ASSERT_TRUE(Gunzip(Gzip("hello ") + Gzip("world"), 1000, &out).ok());
  EXPECT_EQ(out, "hello world");
}

TEST(Gunzip, TruncatedDataIsAnError) {
  std::string big(100000, 'a');
  for (size_t i = 0; i < big.size(); i += 7) big[i] = static_cast<char>('a' + i % 26);
  std::string gz = Gzip(big);
  std::string out;
  Status s = Gunzip(std::string_view(gz).substr(0, gz.size() / 2), 1 << 20, &out);
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find("truncated"), std::string::npos);
}

TEST(Gunzip, CorruptDataIsAnError) {
  std::string gz = Gzip("some text to compress, some text to compress");
  gz[12] ^= 0x55;
  gz[13] ^= 0x55;
  std::string out;
  EXPECT_FALSE(Gunzip(gz, 1 << 20, &out).ok());
}

TEST(Gunzip, StopsAtTheSizeLimit) {
  std::string bomb = Gzip(std::string(10 << 20, '\0'));
  std::string out;
  Status s = Gunzip(bomb, 1 << 20, &out);
  EXPECT_EQ(s.code(), Status::Code::kTooLarge);
  EXPECT_LE(out.size(), (1u << 20) + (64u << 10));
}

TEST(ReadInput, ReadsPlainAndGzipByContent) {
  TempDir dir;
  std::string plain = dir.Write("a.html", "<p>plain</p>");
  std::string packed = dir.Write("b.html", Gzip("<p>packed</p>"));
  std::string out;
  ASSERT_TRUE(ReadInput(plain, 1000, &out).ok());
  EXPECT_EQ(out, "<p>plain</p>");
  ASSERT_TRUE(ReadInput(packed, 1000, &out).ok());
  EXPECT_EQ(out, "<p>packed</p>");
}

TEST(ReadInput, ErrorsForMissingDirectoryAndTooLarge) {
  TempDir dir;
  std::string out;
  Status missing = ReadInput(dir / "none.html", 1000, &out);
  EXPECT_EQ(missing.code(), Status::Code::kIoError);
  EXPECT_EQ(missing.message(), "No such file or directory");
  EXPECT_EQ(ReadInput(dir.path(), 1000, &out).message(), "is a directory");
  std::string big = dir.Write("big.html", std::string(2000, 'x'));
  EXPECT_EQ(ReadInput(big, 1999, &out).code(), Status::Code::kTooLarge);
  EXPECT_TRUE(ReadInput(big, 2000, &out).ok());
}

}  // namespace
}  // namespace artext::cli
