// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "io/byte_source.h"

#include <unistd.h>

#include <gtest/gtest.h>

#include "testing/warc_builder.h"

namespace artext::io {
namespace {

std::string ReadAll(ByteSource* source, size_t piece) {
  std::string out;
  std::string buf(piece, '\0');
  std::string err;
  while (size_t n = source->Read(buf.data(), buf.size(), &err)) {
    out.append(buf, 0, n);
  }
  EXPECT_EQ(err, "");
  return out;
}

TEST(StringSource, ServesPiecesOfAtMostMaxPiece) {
  StringSource source("abcdefg", 3);
  char buf[16];
  std::string err;
  EXPECT_EQ(source.Read(buf, sizeof(buf), &err), 3u);
  EXPECT_EQ(std::string(buf, 3), "abc");
  EXPECT_EQ(source.Read(buf, 2, &err), 2u);
  EXPECT_EQ(std::string(buf, 2), "de");
  EXPECT_EQ(source.Read(buf, sizeof(buf), &err), 2u);
  EXPECT_EQ(source.Read(buf, sizeof(buf), &err), 0u);
  EXPECT_EQ(err, "");
}

TEST(FdSource, ReadsAFileToTheEnd) {
  std::string data(200000, 'x');
  data[123456] = 'y';
  std::string path = testing::WriteTempFile(data);
  std::string err;
  std::unique_ptr<FdSource> source = FdSource::Open(path, &err);
  ASSERT_NE(source, nullptr) << err;
  EXPECT_EQ(ReadAll(source.get(), 4096), data);
  unlink(path.c_str());
}

TEST(FdSource, OpenReportsAMissingFile) {
  std::string err;
  EXPECT_EQ(FdSource::Open("/nonexistent/artext/file.warc", &err), nullptr);
  // The bare reason: callers put the path in front.
  EXPECT_EQ(err, "No such file or directory");
}

TEST(FdSource, ReportsAReadError) {
  FdSource source(-1);
  char buf[8];
  std::string err;
  EXPECT_EQ(source.Read(buf, sizeof(buf), &err), 0u);
  EXPECT_NE(err, "");
}

}  // namespace
}  // namespace artext::io
