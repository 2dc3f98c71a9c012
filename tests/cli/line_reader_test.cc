// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/line_reader.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cli/base64.h"
#include "io/byte_source.h"

namespace artext::cli {
namespace {

// "line" or "!error" for each result.
std::vector<std::string> ReadLines(const std::string& data, size_t max_line,
                                   size_t piece = SIZE_MAX) {
  io::StringSource source(data, piece);
  LineReader reader(&source, max_line);
  std::vector<std::string> out;
  std::string line, err;
  while (reader.Next(&line, &err)) {
    out.push_back(err.empty() ? line : "!" + err);
    if (out.size() > 100) break;
  }
  return out;
}

TEST(LineReader, SplitsOnNewlinesWhateverTheReadSizes) {
  const std::string data = "one\r\ntwo\n\nthree";
  for (size_t piece : {size_t{1}, size_t{2}, size_t{3}, SIZE_MAX}) {
    EXPECT_EQ(ReadLines(data, 100, piece),
              (std::vector<std::string>{"one", "two", "", "three"}))
        << "piece " << piece;
  }
}

TEST(LineReader, EmptyInputHasNoLines) {
  EXPECT_TRUE(ReadLines("", 100).empty());
  EXPECT_EQ(ReadLines("\n", 100), (std::vector<std::string>{""}));
}

TEST(LineReader, AnOverlongLineIsAnErrorAndReadingGoesOn) {
  std::string big(100000, 'x');
  for (size_t piece : {size_t{7}, SIZE_MAX}) {
    auto lines = ReadLines("a\n" + big + "\nb\n" + big, 1000, piece);
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[0], "a");
    EXPECT_EQ(lines[1], "!line longer than 1000 bytes");
    EXPECT_EQ(lines[2], "b");
    EXPECT_EQ(lines[3], "!line longer than 1000 bytes");
  }
}

TEST(LineReader, CountsLines) {
  io::StringSource source("a\n\nb\n");
  LineReader reader(&source, 10);
  std::string line, err;
  ASSERT_TRUE(reader.Next(&line, &err));
  ASSERT_TRUE(reader.Next(&line, &err));
  ASSERT_TRUE(reader.Next(&line, &err));
  EXPECT_EQ(line, "b");
  EXPECT_EQ(reader.line_number(), 3u);
  EXPECT_FALSE(reader.Next(&line, &err));
}

TEST(Base64, DecodesPaddedUnpaddedUrlSafeAndWrapped) {
  std::string out;
  ASSERT_TRUE(DecodeBase64("PGh0bWw+", &out));
  EXPECT_EQ(out, "<html>");
  ASSERT_TRUE(DecodeBase64("PGI+", &out));
  EXPECT_EQ(out, "<b>");
  ASSERT_TRUE(DecodeBase64("w6k=", &out));
  EXPECT_EQ(out, "\xC3\xA9");
  ASSERT_TRUE(DecodeBase64("w6k", &out));
  EXPECT_EQ(out, "\xC3\xA9");
  ASSERT_TRUE(DecodeBase64("-_8=", &out));  // URL-safe alphabet
  EXPECT_EQ(out, "\xFB\xFF");
  ASSERT_TRUE(DecodeBase64("PGh0\r\nbWw+", &out));
  EXPECT_EQ(out, "<html>");
  ASSERT_TRUE(DecodeBase64("", &out));
  EXPECT_EQ(out, "");
}

TEST(Base64, RejectsForeignCharactersAndDanglingBits) {
  std::string out;
  EXPECT_FALSE(DecodeBase64("PGh0bWw*", &out));
  EXPECT_FALSE(DecodeBase64("PGh0b", &out));     // one character left over
  EXPECT_FALSE(DecodeBase64("w6k=w6k=", &out));  // data after padding
}

}  // namespace
}  // namespace artext::cli
