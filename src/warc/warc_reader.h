// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// A streaming reader of WARC files (ISO 28500, WARC/1.0 and WARC/1.1), plain
// or gzip-compressed (.warc.gz, normally one gzip member per record; the
// compression is detected from the data, so stdin works too).
//
//   artext::io::FdSource file(0);  // stdin
//   artext::warc::Reader reader(&file);
//   artext::warc::Record rec;
//   std::string err;
//   while (reader.Next(&rec, &err)) {
//     if (!err.empty()) { /* a damaged record at rec.offset */ continue; }
//     ...
//   }
//
// Memory is bounded by the largest record (at most max_record_bytes plus its
// header and one 64 KiB read, plus an eighth for consumed bytes not yet
// erased), never by the size of the file. Time is linear in the input: a
// start offset moves over consumed bytes, which are erased in bulk.
//
// Damage: a truncated or corrupt record is returned as an error (Next returns
// true with *err set and rec->offset giving the record's place), and the next
// call resynchronises on the next line (or gzip member) that starts with
// "WARC/1.". The search starts one byte after the damaged record's start, so
// a wrong Content-Length that swallowed the following records does not lose
// them. In gzip input, a record whose member fails its CRC is an error too.
// A record over max_record_bytes is an error and is never buffered: in the
// usual gzip layout its member is skipped; otherwise (a plain file, one big
// gzip member) the scan for the next record starts after its first byte,
// streaming, so a wrong over-limit length costs only its own record.
//
// Thread safety: a Reader is stateful; use one from one thread at a time.
// Distinct readers are independent.

#ifndef ARTEXT_WARC_WARC_READER_H_
#define ARTEXT_WARC_WARC_READER_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>

#include "io/byte_source.h"
#include "io/gzip_source.h"
#include "warc/header_fields.h"

namespace artext::warc {

// Records whose block is larger than this are reported as errors and skipped
// without being buffered. 64 MiB matches Options::max_input_bytes: a larger
// page would be rejected by Extract anyway.
constexpr uint64_t kMaxRecordBytes = 64u << 20;

// A WARC header block longer than this is taken for corruption. Real ones
// are a few hundred bytes; the margin allows very long URIs and many
// crawler-specific fields.
constexpr size_t kMaxWarcHeaderBytes = 256u << 10;

struct Record {
  std::string type;          // WARC-Type ("response", "request", ...)
  std::string record_id;     // WARC-Record-ID, e.g. "<urn:uuid:...>"
  std::string target_uri;    // WARC-Target-URI, without <> if it had them
  std::string date;          // WARC-Date (ISO 8601, UTC)
  std::string content_type;  // the WARC Content-Type ("application/http...")
  HeaderFields headers;      // every WARC header field, in order

  // Where the record starts, to seek to and read it back: in a gzip file the
  // offset of the gzip member holding the record's first byte (a record of
  // its own in the usual one-record-per-member layout), in a plain file the
  // offset of the "WARC/1." line.
  uint64_t offset = 0;

  std::string block;  // the record block: exactly Content-Length bytes
};

class Reader {
 public:
  // Does not take ownership: `source` must outlive the Reader. Records whose
  // block exceeds `max_record_bytes` become errors.
  explicit Reader(io::ByteSource* source,
                  uint64_t max_record_bytes = kMaxRecordBytes);
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // Reads the next record into *rec (which is reset first). Returns false at
  // the end of the input. Returns true with *err empty for a good record,
  // and true with *err set for damage: then rec->offset locates the damage
  // and the header fields read so far are filled in, rec->block is empty.
  // REQUIRES: rec and err non-null.
  bool Next(Record* rec, std::string* err);

  // True when the input is gzip. Meaningful after the first Next.
  bool is_gzip() const { return source_.is_gzip(); }

 private:
  enum class Fill { kData, kEnd, kError };

  // Where decompressed bytes from `pos` on came from (see Locate).
  struct Span {
    uint64_t pos;     // decompressed offset of the span's first byte
    uint64_t origin;  // GzipSource::last_read_origin() for those bytes
  };

  // Appends one read of the source to buf_. On a source error, sets *err,
  // discards the buffer (its bytes are suspect and the data after the error
  // is a fresh start) and enters resynchronisation.
  Fill FillBuffer(std::string* err);
  // The bytes not yet consumed: buf_ from head_ on. Indices below (pos_,
  // Compact's n, IsLineStart's i) count from its start. A FillBuffer may
  // move it, so take it again after one.
  std::string_view window() const {
    return std::string_view(buf_).substr(head_);
  }
  size_t size() const { return buf_.size() - head_; }
  // Consumes window()[0, n) and moves pos_ back accordingly.
  void Compact(size_t n);
  // The first span whose pos is at least `pos`.
  std::deque<Span>::const_iterator FirstSpanFrom(uint64_t pos) const;
  // True when a gzip member begins at window()[i].
  bool IsMemberStart(size_t i) const;
  // The file offset to report for decompressed offset `pos` (in the buffer).
  uint64_t Locate(uint64_t pos) const;
  // Offset of the damage behind the source error just reported.
  uint64_t SourceErrorOffset() const;
  // True when window()[i] begins a line, or a gzip member.
  bool IsLineStart(size_t i) const;
  // Scans forward from pos_ for a "WARC/1." at the start of a line.
  Fill FindNextRecord(std::string* err);
  // Next without the bookkeeping of reported errors.
  bool ReadNext(Record* rec, std::string* err);
  // Reads the record that starts at window()[0]. Always returns true (a record
  // or an error), as Next does.
  bool ReadRecord(Record* rec, std::string* err);
  // Reports damage in the record at window()[0] and arranges for the next call
  // to resynchronise from the byte after its start.
  bool Fail(std::string message, std::string* err);
  // Drops `count` bytes from the front of the stream without keeping them,
  // stopping early at the start of a gzip member other than `origin`.
  void Skip(uint64_t count, uint64_t origin);

  io::GzipSource source_;
  uint64_t max_record_bytes_;

  std::string buf_;    // decompressed bytes; those before head_ are consumed
  size_t head_ = 0;    // where window() begins in buf_
  size_t pos_ = 0;     // scan position in window()
  uint64_t base_ = 0;  // decompressed offset of window()[0]
  // The byte before window()[0] ends a line or the data before it was lost, so
  // a "WARC/1." at buf_[0] may begin a record.
  bool line_start_at_base_ = true;
  bool eof_ = false;
  bool resync_ = false;  // the next Next must first scan for a record
  // Where the last error was reported: a gzip member whose damage was seen
  // first as a malformed record is not reported again when the
  // decompressor then finds it corrupt.
  bool reported_error_ = false;
  uint64_t last_error_offset_ = 0;
  // Damage in a later member met while looking ahead past a good record: it
  // is reported by the next Next, at this offset.
  std::string deferred_err_;
  uint64_t deferred_offset_ = 0;
  std::deque<Span> spans_;  // gzip only, sorted; covers window() from base_ on
};

}  // namespace artext::warc

#endif  // ARTEXT_WARC_WARC_READER_H_
