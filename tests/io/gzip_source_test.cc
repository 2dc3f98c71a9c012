// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "io/gzip_source.h"

#include <gtest/gtest.h>

#include <vector>

#include "testing/warc_builder.h"

namespace artext::io {
namespace {

using testing::GzipMember;

struct Piece {
  std::string data;
  uint64_t origin;
};

// Reads `source` to its end, recording every piece with its origin and
// every error with its offset. Stops after a generous number of calls so a
// looping source fails the test instead of hanging it.
struct Drained {
  std::string data;
  std::vector<Piece> pieces;
  std::vector<std::string> errors;
  std::vector<uint64_t> error_offsets;
};

Drained Drain(GzipSource* source, size_t piece = 4096) {
  Drained out;
  std::string buf(piece, '\0');
  for (int calls = 0; calls < 100000; ++calls) {
    std::string err;
    size_t n = source->Read(buf.data(), buf.size(), &err);
    if (n > 0) {
      EXPECT_EQ(err, "");
      out.data.append(buf, 0, n);
      out.pieces.push_back({buf.substr(0, n), source->last_read_origin()});
      continue;
    }
    if (err.empty()) return out;
    out.errors.push_back(err);
    out.error_offsets.push_back(source->error_offset());
  }
  ADD_FAILURE() << "source never ended";
  return out;
}

TEST(GzipSource, PassesPlainDataThrough) {
  std::string data = "WARC/1.0\r\nplain text, not gzip\r\n";
  StringSource inner(data, 5);
  GzipSource source(&inner);
  Drained got = Drain(&source, 7);
  EXPECT_FALSE(source.is_gzip());
  EXPECT_EQ(got.data, data);
  EXPECT_TRUE(got.errors.empty());
  // Plain origins are the offsets of each piece's first byte.
  uint64_t expected = 0;
  for (const Piece& piece : got.pieces) {
    EXPECT_EQ(piece.origin, expected);
    expected += piece.data.size();
  }
}

TEST(GzipSource, PassesThroughDataThatStartsLikeGzipButIsShort) {
  StringSource one_byte("\x1f");
  GzipSource source(&one_byte);
  Drained got = Drain(&source);
  EXPECT_EQ(got.data, "\x1f");
  EXPECT_TRUE(got.errors.empty());
}

TEST(GzipSource, EmptyInputEndsCleanly) {
  StringSource empty("");
  GzipSource source(&empty);
  Drained got = Drain(&source);
  EXPECT_EQ(got.data, "");
  EXPECT_TRUE(got.errors.empty());
}

TEST(GzipSource, ReadsEveryMemberOfAMultiMemberFile) {
  std::vector<std::string> parts = {"first member\n", std::string(100000, 'b'),
                                    "", "third\n"};
  std::string file;
  std::vector<uint64_t> starts;
  for (const std::string& part : parts) {
    starts.push_back(file.size());
    file += GzipMember(part);
  }
  for (size_t inner_piece : {size_t{1}, size_t{13}, SIZE_MAX}) {
    StringSource inner(file, inner_piece);
    GzipSource source(&inner);
    Drained got = Drain(&source, 1000);
    EXPECT_TRUE(source.is_gzip());
    EXPECT_EQ(got.data, parts[0] + parts[1] + parts[3]);
    EXPECT_TRUE(got.errors.empty()) << got.errors[0];
    // Every piece comes from one member, named by the member's offset.
    std::string by_member[4];
    for (const Piece& piece : got.pieces) {
      size_t member = 0;
      while (member < starts.size() && starts[member] != piece.origin) {
        ++member;
      }
      ASSERT_LT(member, starts.size()) << "origin " << piece.origin;
      by_member[member] += piece.data;
    }
    for (size_t i = 0; i < parts.size(); ++i) EXPECT_EQ(by_member[i], parts[i]);
  }
}

TEST(GzipSource, ReportsATruncatedMemberAndKeepsWhatItDecoded) {
  std::string whole = GzipMember("complete\n") +
                      GzipMember(std::string(5000, 'z') + "tail");
  std::string cut = whole.substr(0, whole.size() - 6);  // loses the trailer
  StringSource inner(cut);
  GzipSource source(&inner);
  Drained got = Drain(&source);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].find("truncated"), std::string::npos);
  EXPECT_EQ(got.error_offsets[0], GzipMember("complete\n").size());
  EXPECT_EQ(got.data.substr(0, 9), "complete\n");
}

TEST(GzipSource, ReportsAFileCutInsideTheGzipHeader) {
  StringSource inner(std::string("\x1f\x8b\x08\x00", 4));
  GzipSource source(&inner);
  Drained got = Drain(&source);
  EXPECT_EQ(got.data, "");
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.error_offsets[0], 0u);
}

TEST(GzipSource, SkipsACorruptMemberAndContinuesWithTheNext) {
  std::string a = GzipMember("alpha\n");
  std::string b = GzipMember(std::string(3000, 'q'));
  std::string c = GzipMember("gamma\n");
  // Damage the deflate data of b (after its 10-byte header).
  for (size_t i = 12; i < 20; ++i) b[i] = static_cast<char>(0xff);
  StringSource inner(a + b + c, 3);
  GzipSource source(&inner);
  Drained got = Drain(&source);
  ASSERT_GE(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].find("corrupt"), std::string::npos);
  EXPECT_EQ(got.error_offsets[0], a.size());
  EXPECT_EQ(got.data.substr(0, 6), "alpha\n");
  ASSERT_GE(got.data.size(), 6u);
  EXPECT_EQ(got.data.substr(got.data.size() - 6), "gamma\n");
  EXPECT_EQ(got.pieces.back().origin, a.size() + b.size());
}

// A reader needs to know when bytes already returned can no longer turn out
// damaged: only once their member's end, CRC and length, is checked.
TEST(GzipSource, SaysWhenTheLastBytesReturnedAreChecked) {
  std::string big = GzipMember(std::string(100000, 'b'));
  std::string bad = GzipMember(std::string(3000, 'q'));
  bad[bad.size() - 7] ^= 0x01;  // its CRC
  StringSource inner(big + bad);
  GzipSource source(&inner);
  std::string buf(1000, '\0');
  std::string err;
  size_t total = 0;
  while (total < 100000) {
    size_t n = source.Read(buf.data(), buf.size(), &err);
    ASSERT_GT(n, 0u) << err;
    total += n;
    // Every piece but the member's last is unchecked.
    EXPECT_EQ(source.last_read_checked(), total == 100000) << total;
  }
  bool corrupt = false;
  for (int calls = 0; calls < 100; ++calls) {
    err.clear();
    size_t n = source.Read(buf.data(), buf.size(), &err);
    if (n > 0) {
      EXPECT_EQ(source.last_read_origin(), big.size());
      EXPECT_FALSE(source.last_read_checked());
    }
    if (!err.empty()) corrupt = true;
    if (n == 0 && err.empty()) break;
  }
  EXPECT_TRUE(corrupt);
  StringSource plain("WARC/1.0\r\n");
  GzipSource plain_source(&plain);
  ASSERT_GT(plain_source.Read(buf.data(), buf.size(), &err), 0u);
  EXPECT_TRUE(plain_source.last_read_checked());
}

TEST(GzipSource, ReportsGarbageBetweenMembersOnce) {
  std::string a = GzipMember("alpha\n");
  std::string c = GzipMember("gamma\n");
  StringSource inner(a + "junk bytes" + c);
  GzipSource source(&inner);
  Drained got = Drain(&source);
  EXPECT_EQ(got.data, "alpha\ngamma\n");
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].find("10 bytes"), std::string::npos);
  EXPECT_EQ(got.error_offsets[0], a.size());
}

TEST(GzipSource, IgnoresTrailingNulPadding) {
  StringSource inner(GzipMember("alpha\n") + std::string(100, '\0'));
  GzipSource source(&inner);
  Drained got = Drain(&source);
  EXPECT_EQ(got.data, "alpha\n");
  EXPECT_TRUE(got.errors.empty());
}

TEST(GzipSource, ReportsTrailingGarbage) {
  StringSource inner(GzipMember("alpha\n") + "x");
  GzipSource source(&inner);
  Drained got = Drain(&source);
  EXPECT_EQ(got.data, "alpha\n");
  EXPECT_EQ(got.errors.size(), 1u);
}

// A source that fails after serving some bytes.
class FailingSource : public ByteSource {
 public:
  explicit FailingSource(std::string data) : data_(std::move(data)) {}
  size_t Read(char* buf, size_t n, std::string* err) override {
    if (served_) {
      *err = "disk on fire";
      return 0;
    }
    served_ = true;
    size_t count = std::min(n, data_.size());
    std::copy_n(data_.data(), count, buf);
    return count;
  }

 private:
  std::string data_;
  bool served_ = false;
};

TEST(GzipSource, ReportsAnErrorOfTheWrappedSourceThenEnds) {
  std::string member = GzipMember(std::string(10000, 'k'));
  FailingSource inner(member.substr(0, member.size() / 2));
  GzipSource source(&inner);
  Drained got = Drain(&source);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0], "disk on fire");
}

}  // namespace
}  // namespace artext::io
