// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "warc/warc_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <vector>

#include "io/byte_source.h"
#include "testing/warc_builder.h"

namespace artext::warc {
namespace {

using testing::BuildWarc;
using testing::GzipMember;
using testing::SampleRecords;
using testing::WarcFile;
using testing::WarcRecord;
using testing::WarcRecordSpec;

// One result of Reader::Next.
struct Item {
  Record rec;
  std::string err;
};

// Reads `data` to the end; stops after a generous number of calls so a
// reader that never ends fails instead of hanging.
std::vector<Item> ReadAll(const std::string& data, size_t piece = SIZE_MAX,
                          uint64_t max_record = kMaxRecordBytes) {
  io::StringSource source(data, piece);
  Reader reader(&source, max_record);
  std::vector<Item> items;
  Item item;
  while (reader.Next(&item.rec, &item.err)) {
    items.push_back(item);
    if (items.size() > 1000) {
      ADD_FAILURE() << "reader never ended";
      break;
    }
  }
  return items;
}

std::string Id(const std::string& uuid) { return "<urn:uuid:" + uuid + ">"; }

void ExpectSampleRecords(const std::vector<Item>& items, const WarcFile& file,
                         const std::vector<uint64_t>& offsets) {
  ASSERT_EQ(items.size(), file.records.size());
  for (size_t i = 0; i < items.size(); ++i) {
    const Record& rec = items[i].rec;
    const WarcRecordSpec& spec = file.records[i];
    EXPECT_EQ(items[i].err, "") << "record " << i;
    EXPECT_EQ(rec.type, spec.type);
    EXPECT_EQ(rec.record_id, Id(spec.id));
    EXPECT_EQ(rec.target_uri, spec.target_uri);
    EXPECT_EQ(rec.date, "2024-03-01T12:00:00Z");
    EXPECT_EQ(rec.content_type, spec.content_type);
    EXPECT_EQ(rec.block, spec.block);
    EXPECT_EQ(rec.offset, offsets[i]) << "record " << i;
  }
}

TEST(WarcReader, ReadsEveryRecordKindFromAPlainWarc) {
  WarcFile file = BuildWarc(SampleRecords());
  ExpectSampleRecords(ReadAll(file.plain), file, file.plain_offsets);
}

TEST(WarcReader, ReadsAMultiMemberGzipWarc) {
  WarcFile file = BuildWarc(SampleRecords());
  std::vector<Item> items = ReadAll(file.gzip);
  ExpectSampleRecords(items, file, file.gzip_offsets);
  EXPECT_EQ(items[2].rec.type, "response");
  EXPECT_EQ(items[5].rec.type, "revisit");
}

TEST(WarcReader, ResultsDoNotDependOnHowTheInputIsSplit) {
  WarcFile file = BuildWarc(SampleRecords());
  for (size_t piece : {size_t{1}, size_t{2}, size_t{7}, size_t{100}}) {
    SCOPED_TRACE(piece);
    ExpectSampleRecords(ReadAll(file.plain, piece), file, file.plain_offsets);
    ExpectSampleRecords(ReadAll(file.gzip, piece), file, file.gzip_offsets);
  }
}

TEST(WarcReader, ReadsAWholeFileGzipAsOneMember) {
  WarcFile file = BuildWarc(SampleRecords());
  std::vector<Item> items = ReadAll(GzipMember(file.plain));
  // Every record lives in the single member at offset 0.
  ExpectSampleRecords(items, file, std::vector<uint64_t>(items.size(), 0));
}

// Seeks to each record's offset in a real file and reads one record there.
void ExpectOffsetsSeekable(const std::string& data,
                           const std::vector<uint64_t>& offsets,
                           const std::vector<WarcRecordSpec>& specs) {
  std::string path = testing::WriteTempFile(data);
  for (size_t i = 0; i < offsets.size(); ++i) {
    int fd = open(path.c_str(), O_RDONLY);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(lseek(fd, static_cast<off_t>(offsets[i]), SEEK_SET),
              static_cast<off_t>(offsets[i]));
    io::FdSource source(fd, /*owns_fd=*/true);
    Reader reader(&source);
    Record rec;
    std::string err;
    ASSERT_TRUE(reader.Next(&rec, &err));
    EXPECT_EQ(err, "");
    EXPECT_EQ(rec.record_id, Id(specs[i].id));
    EXPECT_EQ(rec.block, specs[i].block);
    EXPECT_EQ(rec.offset, 0u);  // relative to where reading started
  }
  unlink(path.c_str());
}

TEST(WarcReader, OffsetsLocateRecordsInTheFile) {
  WarcFile file = BuildWarc(SampleRecords());
  // The offsets the reader reports are the ones a seek needs.
  std::vector<Item> plain = ReadAll(file.plain);
  std::vector<Item> gzip = ReadAll(file.gzip);
  std::vector<uint64_t> plain_offsets, gzip_offsets;
  for (const Item& item : plain) plain_offsets.push_back(item.rec.offset);
  for (const Item& item : gzip) gzip_offsets.push_back(item.rec.offset);
  ExpectOffsetsSeekable(file.plain, plain_offsets, file.records);
  ExpectOffsetsSeekable(file.gzip, gzip_offsets, file.records);
}

TEST(WarcReader, ReadsFromAFileDescriptor) {
  WarcFile file = BuildWarc(SampleRecords());
  std::string path = testing::WriteTempFile(file.gzip);
  std::string err;
  std::unique_ptr<io::FdSource> source = io::FdSource::Open(path, &err);
  ASSERT_NE(source, nullptr);
  Reader reader(source.get());
  Record rec;
  size_t count = 0;
  while (reader.Next(&rec, &err)) {
    EXPECT_EQ(err, "");
    EXPECT_EQ(rec.offset, file.gzip_offsets[count]);
    ++count;
  }
  EXPECT_EQ(count, file.records.size());
  EXPECT_TRUE(reader.is_gzip());
  unlink(path.c_str());
}

TEST(WarcReader, EmptyInputHasNoRecords) {
  EXPECT_TRUE(ReadAll("").empty());
  EXPECT_TRUE(ReadAll("\r\n\r\n").empty());
  EXPECT_TRUE(ReadAll(GzipMember("")).empty());
}

TEST(WarcReader, GarbageIsOneErrorThenTheEnd) {
  std::vector<Item> items = ReadAll("this is not a WARC file\nat all\n");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_NE(items[0].err.find("not a WARC record"), std::string::npos);
  EXPECT_EQ(items[0].rec.offset, 0u);
}

TEST(WarcReader, TruncatedLastRecordIsAnError) {
  WarcFile file = BuildWarc(SampleRecords());
  size_t last = file.records.size() - 1;
  // Cut the plain file in the middle of the last record's block.
  std::string cut = file.plain.substr(0, file.plain.size() - 20);
  std::vector<Item> items = ReadAll(cut);
  ASSERT_EQ(items.size(), file.records.size());
  for (size_t i = 0; i < last; ++i) EXPECT_EQ(items[i].err, "");
  EXPECT_NE(items[last].err.find("truncated record"), std::string::npos);
  EXPECT_EQ(items[last].rec.offset, file.plain_offsets[last]);
  EXPECT_EQ(items[last].rec.record_id, Id(file.records[last].id));
  EXPECT_EQ(items[last].rec.block, "");

  // The same in a gzip file: the last member is cut short.
  std::string gz_cut = file.gzip.substr(0, file.gzip.size() - 10);
  items = ReadAll(gz_cut);
  ASSERT_EQ(items.size(), file.records.size());
  for (size_t i = 0; i < last; ++i) EXPECT_EQ(items[i].err, "");
  EXPECT_NE(items[last].err, "");
  EXPECT_EQ(items[last].rec.offset, file.gzip_offsets[last]);
}

TEST(WarcReader, TruncatedHeaderIsAnError) {
  std::string data = WarcRecord(SampleRecords()[0]) + "WARC/1.0\r\nWARC-Ty";
  std::vector<Item> items = ReadAll(data);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].err, "");
  EXPECT_NE(items[1].err.find("truncated WARC header"), std::string::npos);
}

TEST(WarcReader, ResynchronisesAfterACorruptRecord) {
  WarcFile file = BuildWarc(SampleRecords());
  // Damage the version line of record 2 in the plain file.
  std::string plain = file.plain;
  plain[file.plain_offsets[2] + 3] = 'X';  // "WARX/1.0"
  std::vector<Item> items = ReadAll(plain);
  ASSERT_EQ(items.size(), file.records.size());
  EXPECT_EQ(items[1].err, "");
  EXPECT_NE(items[2].err, "");
  EXPECT_EQ(items[2].rec.offset, file.plain_offsets[2]);
  EXPECT_EQ(items[3].err, "");
  EXPECT_EQ(items[3].rec.record_id, Id(file.records[3].id));
  EXPECT_EQ(items[3].rec.offset, file.plain_offsets[3]);
}

TEST(WarcReader, ResynchronisesAfterACorruptGzipMember) {
  WarcFile file = BuildWarc(SampleRecords());
  std::string gzip = file.gzip;
  // Overwrite deflate data inside record 2's member (after its header).
  for (size_t i = 15; i < 40; ++i) {
    gzip[file.gzip_offsets[2] + i] = static_cast<char>(0xAA ^ i);
  }
  std::vector<Item> items = ReadAll(gzip);
  // Records 0, 1, the error for 2, then 3, 4, 5.
  ASSERT_EQ(items.size(), file.records.size());
  EXPECT_EQ(items[1].err, "");
  EXPECT_NE(items[2].err, "");
  EXPECT_EQ(items[2].rec.offset, file.gzip_offsets[2]);
  size_t next = items.size() - 3;
  for (size_t i = 3; i < file.records.size(); ++i, ++next) {
    EXPECT_EQ(items[next].err, "");
    EXPECT_EQ(items[next].rec.record_id, Id(file.records[i].id));
    EXPECT_EQ(items[next].rec.offset, file.gzip_offsets[i]);
  }
}

// The record before a garbled member ends exactly where its own member's
// data does; checking that member's CRC must not read on into the garbled
// one and take its damage as this record's (issue 17).
TEST(WarcReader, AGarbledMemberDoesNotCostTheRecordBeforeIt) {
  WarcFile file = BuildWarc(SampleRecords());
  std::string gzip = file.gzip;
  for (uint64_t i = file.gzip_offsets[3] + 20; i < file.gzip_offsets[4] - 10;
       i += 7) {
    gzip[i] ^= 0x5a;
  }
  for (size_t piece : {size_t{7}, SIZE_MAX}) {
    std::vector<Item> items = ReadAll(gzip, piece);
    ASSERT_EQ(items.size(), file.records.size()) << "piece " << piece;
    for (size_t i = 0; i < items.size(); ++i) {
      if (i == 3) {
        EXPECT_NE(items[i].err, "");
        EXPECT_EQ(items[i].rec.offset, file.gzip_offsets[3]);
        continue;
      }
      EXPECT_EQ(items[i].err, "") << "record " << i << ", piece " << piece;
      EXPECT_EQ(items[i].rec.record_id, Id(file.records[i].id));
      EXPECT_EQ(items[i].rec.block, file.records[i].block) << "record " << i;
      EXPECT_EQ(items[i].rec.offset, file.gzip_offsets[i]);
    }
  }
}

TEST(WarcReader, RecordOfAMemberFailingItsCrcIsAnError) {
  WarcFile file = BuildWarc(SampleRecords());
  std::string gzip = file.gzip;
  // The CRC32 is the member's 8th-to-last to 5th-to-last bytes.
  gzip[file.gzip_offsets[3] - 7] ^= 0x01;  // record 2's CRC
  std::vector<Item> items = ReadAll(gzip);
  ASSERT_EQ(items.size(), file.records.size());
  EXPECT_NE(items[2].err.find("corrupt"), std::string::npos);
  EXPECT_EQ(items[2].rec.offset, file.gzip_offsets[2]);
  EXPECT_EQ(items[3].err, "");
  EXPECT_EQ(items[3].rec.record_id, Id(file.records[3].id));
}

// Flips every byte of a file in turn: the reader must always end, lose at
// most the two records around the damage, and (for gzip, whose CRCs catch
// damage) never return a damaged record as good. The exception is the
// file's first two bytes, the gzip magic.
TEST(WarcReader, SurvivesAFlippedByteAnywhere) {
  WarcFile file = BuildWarc(SampleRecords());
  for (bool gzip : {false, true}) {
    const std::string& original = gzip ? file.gzip : file.plain;
    for (size_t at = 0; at < original.size(); ++at) {
      SCOPED_TRACE((gzip ? "gzip, byte " : "plain, byte ") +
                   std::to_string(at));
      std::string damaged = original;
      damaged[at] ^= 0x55;
      std::vector<Item> items = ReadAll(damaged, 97);
      if (gzip && at < 2) {
        // The magic decides the format: the file now reads as plain data,
        // which is one error, not silence.
        ASSERT_EQ(items.size(), 1u);
        EXPECT_NE(items[0].err, "");
        continue;
      }
      size_t good = 0;
      for (const Item& item : items) {
        if (!item.err.empty()) continue;
        ++good;
        if (!gzip) continue;
        bool known = false;
        for (size_t i = 0; i < file.records.size(); ++i) {
          known |= item.rec.record_id == Id(file.records[i].id) &&
                   item.rec.block == file.records[i].block &&
                   item.rec.offset == file.gzip_offsets[i];
        }
        EXPECT_TRUE(known) << item.rec.record_id;
      }
      EXPECT_GE(good + 2, file.records.size());
      EXPECT_LE(items.size(), file.records.size() + 3);
    }
  }
}

// The sample file with record 2's Content-Length replaced by `value`.
std::string WithContentLength(const std::string& value, bool gzip,
                              std::vector<uint64_t>* offsets) {
  std::vector<WarcRecordSpec> specs = SampleRecords();
  std::string out;
  offsets->clear();
  for (size_t i = 0; i < specs.size(); ++i) {
    std::string record = WarcRecord(specs[i]);
    if (i == 2) {
      std::string field =
          "Content-Length: " + std::to_string(specs[i].block.size());
      size_t at = record.find(field);
      record.replace(at, field.size(), "Content-Length: " + value);
    }
    offsets->push_back(out.size());
    out += gzip ? GzipMember(record) : record;
  }
  return out;
}

TEST(WarcReader, BadContentLengthIsAnErrorAndTheNextRecordIsFound) {
  size_t real = SampleRecords()[2].block.size();
  for (bool gzip : {false, true}) {
    for (const std::string& value : std::vector<std::string>{
             std::to_string(real - 7), std::to_string(real + 300), "12x", "-5",
             "", "99999999999999999999999"}) {
      SCOPED_TRACE((gzip ? "gzip, " : "plain, ") + value);
      std::vector<uint64_t> offsets;
      std::vector<Item> items = ReadAll(WithContentLength(value, gzip, &offsets));
      ASSERT_EQ(items.size(), 6u);
      EXPECT_EQ(items[1].err, "");
      EXPECT_NE(items[2].err, "");
      EXPECT_EQ(items[2].rec.offset, offsets[2]);
      for (size_t i = 3; i < 6; ++i) {
        EXPECT_EQ(items[i].err, "");
        EXPECT_EQ(items[i].rec.offset, offsets[i]);
      }
    }
  }
}

TEST(WarcReader, MissingContentLengthIsAnError) {
  std::string record = WarcRecord(SampleRecords()[0]);
  size_t at = record.find("Content-Length");
  record.replace(at, 1, "X");  // "Xontent-Length"
  std::vector<Item> items = ReadAll(record + WarcRecord(SampleRecords()[1]));
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].err, "missing Content-Length");
  EXPECT_EQ(items[1].err, "");
}

TEST(WarcReader, OversizedRecordIsSkippedWithoutBeingBuffered) {
  std::vector<WarcRecordSpec> specs = SampleRecords();
  specs[2].block = std::string(300000, 'h');
  WarcFile file = BuildWarc(specs);
  for (const std::string* data : {&file.plain, &file.gzip}) {
    std::vector<Item> items = ReadAll(*data, SIZE_MAX, /*max_record=*/100000);
    ASSERT_EQ(items.size(), 6u);
    EXPECT_NE(items[2].err.find("record too large"), std::string::npos);
    EXPECT_EQ(items[2].rec.record_id, Id(specs[2].id));
    EXPECT_EQ(items[3].err, "");
    EXPECT_EQ(items[3].rec.record_id, Id(specs[3].id));
  }
}

TEST(WarcReader, AHugeWrongLengthInAGzipFileStopsAtTheNextMember) {
  std::vector<uint64_t> offsets;
  std::string data = WithContentLength("999999999999", /*gzip=*/true, &offsets);
  std::vector<Item> items = ReadAll(data, 50);
  ASSERT_EQ(items.size(), 6u);
  EXPECT_NE(items[2].err.find("record too large"), std::string::npos);
  for (size_t i = 3; i < 6; ++i) {
    EXPECT_EQ(items[i].err, "");
    EXPECT_EQ(items[i].rec.offset, offsets[i]);
  }
}

TEST(WarcReader, AnOverLimitLengthCostsOnlyItsRecordInAPlainFile) {
  // Nothing marks where a plain file's block ends: the reader scans on for
  // the next record instead of dropping the rest of the file (issue 16,
  // row 12). The same in a file gzipped as one member.
  std::vector<uint64_t> offsets;
  std::string plain = WithContentLength("999999999999", /*gzip=*/false, &offsets);
  for (const std::string& data : {plain, GzipMember(plain)}) {
    for (size_t piece : {size_t{7}, SIZE_MAX}) {
      std::vector<Item> items = ReadAll(data, piece);
      ASSERT_EQ(items.size(), 6u);
      EXPECT_NE(items[2].err.find("record too large"), std::string::npos);
      EXPECT_EQ(items[2].rec.offset, data == plain ? offsets[2] : 0u);
      for (size_t i = 3; i < 6; ++i) {
        EXPECT_EQ(items[i].err, "") << i;
        EXPECT_EQ(items[i].rec.block, SampleRecords()[i].block) << i;
      }
    }
  }
}

TEST(WarcReader, ManyRecordsClaimingTooMuchAreEachOneError) {
  // Every record claims 900 KB, within the limit: each runs into the
  // records after it (no CRLF CRLF where it claims to end) or past the end
  // of the file, and is one error. The reader used to erase the front
  // of its whole read-ahead once per record (time = records x file size).
  std::string data;
  const size_t count = 20000;
  for (size_t i = 0; i < count; ++i) {
    data += "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 900000\r\n"
            "\r\nx\r\n\r\n";
  }
  for (const std::string& input : {data, GzipMember(data)}) {
    io::StringSource source(input);
    Reader reader(&source, /*max_record_bytes=*/1000000);
    Item item;
    size_t errors = 0, records = 0;
    while (reader.Next(&item.rec, &item.err) && records < 2 * count) {
      ++records;
      errors += !item.err.empty();
    }
    EXPECT_EQ(records, count);
    EXPECT_EQ(errors, count);
  }
}

TEST(WarcReader, AcceptsWarc11AndRejectsOtherVersions) {
  WarcRecordSpec spec = SampleRecords()[0];
  spec.version = "WARC/1.1";
  std::vector<Item> items = ReadAll(WarcRecord(spec));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].err, "");
  spec.version = "WARC/1.9";
  items = ReadAll(WarcRecord(spec));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].err, "unsupported WARC version");
}

TEST(WarcReader, ToleratesExtraBlankLinesBetweenRecords) {
  WarcFile file = BuildWarc(SampleRecords());
  std::string data = "\r\n" + WarcRecord(file.records[0]) + "\r\n\r\n\n" +
                     WarcRecord(file.records[1]);
  std::vector<Item> items = ReadAll(data);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].rec.offset, 2u);
  EXPECT_EQ(items[1].err, "");
}

TEST(WarcReader, HeaderDetails) {
  WarcRecordSpec spec = SampleRecords()[2];
  spec.target_uri = "<https://news.example/a>";  // WARC/1.0 style
  spec.extra_headers = {"X-Folded: first", "  second part"};
  std::vector<Item> items = ReadAll(WarcRecord(spec));
  ASSERT_EQ(items.size(), 1u);
  const Record& rec = items[0].rec;
  EXPECT_EQ(rec.target_uri, "https://news.example/a");
  const std::string* folded = FindHeader(rec.headers, "x-folded");
  ASSERT_NE(folded, nullptr);
  EXPECT_EQ(*folded, "first second part");
}

TEST(WarcReader, RecordMissingItsTerminatorIsAnError) {
  std::string first = WarcRecord(SampleRecords()[0]);
  first.resize(first.size() - 4);  // drop CRLF CRLF
  std::string data = first + WarcRecord(SampleRecords()[1]);
  std::vector<Item> items = ReadAll(data);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_NE(items[0].err.find("CRLF"), std::string::npos);
  EXPECT_EQ(items[1].err, "");
}

}  // namespace
}  // namespace artext::warc
