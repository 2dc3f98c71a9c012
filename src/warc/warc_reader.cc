// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "warc/warc_reader.h"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <utility>

namespace artext::warc {
namespace {

// The source is read in pieces of this size (see io/gzip_source.cc).
constexpr size_t kReadChunk = 64 << 10;

// After a large record the buffer's capacity is given back once it is this
// many times larger than needed, so one big record does not pin its memory
// for the rest of a long file.
constexpr size_t kShrinkFactor = 4;

// Consumed bytes stay at the front of the buffer (a start offset moves
// instead) until they are at least 1/kCompactRatio of the bytes still held;
// then they are erased at once. Each erase moves at most kCompactRatio bytes
// per byte consumed since the last one, so reading is linear in the input
// however the records are cut. Erasing on every record instead made a file
// of small records claiming 60 MB each cost a 60 MB move per record
// (issue 16, row 5: hours for 1 MB of gzip).
constexpr size_t kCompactRatio = 8;

// Every record begins with this, followed by the minor version digit.
constexpr std::string_view kVersionPrefix = "WARC/1.";

// Content-Length is a decimal number; 18 digits cannot overflow uint64_t.
constexpr size_t kMaxLengthDigits = 18;

// Records end with two CRLFs after the block.
constexpr std::string_view kRecordEnd = "\r\n\r\n";

bool ParseLength(std::string_view text, uint64_t* out) {
  if (text.empty() || text.size() > kMaxLengthDigits) return false;
  uint64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + static_cast<uint64_t>(c - '0');
  }
  *out = value;
  return true;
}

std::string FieldOrEmpty(const HeaderFields& fields, std::string_view name) {
  const std::string* value = FindHeader(fields, name);
  return value != nullptr ? *value : std::string();
}

}  // namespace


Reader::Reader(io::ByteSource* source, uint64_t max_record_bytes)
    : source_(source), max_record_bytes_(max_record_bytes) {}

Reader::Fill Reader::FillBuffer(std::string* err) {
  if (eof_) return Fill::kEnd;
  size_t live = size();
  if (head_ > 0 && head_ * kCompactRatio >= live) {
    buf_.erase(0, head_);
    head_ = 0;
  }
  if (buf_.capacity() > kShrinkFactor * (buf_.size() + kReadChunk)) {
    buf_.shrink_to_fit();
  }
  size_t old_size = buf_.size();
  buf_.resize(old_size + kReadChunk);
  std::string read_err;
  size_t got = source_.Read(buf_.data() + old_size, kReadChunk, &read_err);
  buf_.resize(old_size + got);
  if (got > 0) {
    if (source_.is_gzip()) {
      uint64_t origin = source_.last_read_origin();
      if (spans_.empty() || spans_.back().origin != origin) {
        spans_.push_back({base_ + live, origin});
      }
    }
    return Fill::kData;
  }
  if (read_err.empty()) {
    eof_ = true;
    return Fill::kEnd;
  }
  *err = std::move(read_err);
  Compact(size());
  line_start_at_base_ = true;
  resync_ = true;
  return Fill::kError;
}

void Reader::Compact(size_t n) {
  if (n == 0) return;
  line_start_at_base_ = buf_[head_ + n - 1] == '\n';
  head_ += n;
  base_ += n;
  pos_ = pos_ > n ? pos_ - n : 0;
  if (head_ == buf_.size()) {  // nothing left: no bytes to move
    buf_.clear();
    head_ = 0;
  }
  while (spans_.size() >= 2 && spans_[1].pos <= base_) spans_.pop_front();
}

std::deque<Reader::Span>::const_iterator Reader::FirstSpanFrom(
    uint64_t pos) const {
  return std::lower_bound(
      spans_.begin(), spans_.end(), pos,
      [](const Span& span, uint64_t p) { return span.pos < p; });
}

uint64_t Reader::Locate(uint64_t pos) const {
  if (!source_.is_gzip()) return pos;  // plain input: offsets coincide
  if (spans_.empty()) return 0;
  // The last span starting at or before pos (spans are sorted by pos).
  auto it = FirstSpanFrom(pos + 1);
  return it == spans_.begin() ? it->origin : std::prev(it)->origin;
}

uint64_t Reader::SourceErrorOffset() const {
  return source_.is_gzip() ? source_.error_offset() : base_;
}

bool Reader::IsMemberStart(size_t i) const {
  auto it = FirstSpanFrom(base_ + i);
  return it != spans_.end() && it->pos == base_ + i;
}

bool Reader::IsLineStart(size_t i) const {
  if (i == 0 ? line_start_at_base_ : window()[i - 1] == '\n') return true;
  // A gzip member boundary is a record boundary in a one-record-per-member
  // file, whatever the damaged member before it ended with.
  return IsMemberStart(i);
}

Reader::Fill Reader::FindNextRecord(std::string* err) {
  size_t from = pos_;
  while (true) {
    std::string_view w = window();
    size_t at = w.find(kVersionPrefix, from);
    while (at != std::string::npos && !IsLineStart(at)) {
      at = w.find(kVersionPrefix, at + 1);
    }
    if (at != std::string::npos) {
      pos_ = at;
      resync_ = false;
      return Fill::kData;
    }
    // Keep only the tail that may hold the beginning of a match.
    size_t keep = kVersionPrefix.size() - 1;
    size_t drop = w.size() > keep ? w.size() - keep : 0;
    pos_ = std::max(pos_, drop);
    Compact(pos_);
    from = 0;
    Fill got = FillBuffer(err);
    if (got == Fill::kError && source_.is_gzip() && reported_error_ &&
        SourceErrorOffset() == last_error_offset_) {
      err->clear();  // the same damaged member, already reported
      continue;
    }
    if (got != Fill::kData) return got;
  }
}

bool Reader::Next(Record* rec, std::string* err) {
  *rec = Record();
  err->clear();
  if (!ReadNext(rec, err)) return false;
  if (!err->empty()) {
    reported_error_ = true;
    last_error_offset_ = rec->offset;
  }
  return true;
}

bool Reader::ReadNext(Record* rec, std::string* err) {
  if (!deferred_err_.empty()) {
    *err = std::move(deferred_err_);
    deferred_err_.clear();
    rec->offset = deferred_offset_;
    return true;
  }
  if (resync_) {
    Fill got = FindNextRecord(err);
    if (got == Fill::kEnd) return false;
    if (got == Fill::kError) {
      rec->offset = SourceErrorOffset();
      return true;
    }
  }
  // Skip the blank lines between records; some writers add extra ones.
  while (true) {
    std::string_view w = window();
    while (pos_ < w.size() && (w[pos_] == '\r' || w[pos_] == '\n')) ++pos_;
    Compact(pos_);
    if (size() > 0) break;
    Fill got = FillBuffer(err);
    if (got == Fill::kEnd) return false;
    if (got == Fill::kError) {
      rec->offset = SourceErrorOffset();
      return true;
    }
  }
  return ReadRecord(rec, err);
}

bool Reader::Fail(std::string message, std::string* err) {
  *err = std::move(message);
  resync_ = true;
  pos_ = 1;  // resynchronise from the byte after this record's start
  return true;
}

void Reader::Skip(uint64_t count, uint64_t origin) {
  while (true) {
    size_t take = static_cast<size_t>(std::min<uint64_t>(count, size()));
    // A record does not continue into another gzip member: a length that
    // says otherwise is wrong, and that member is where reading resumes.
    // Spans are sorted and alternate between members, so the first one of
    // another member at or after the window start is the one to stop at.
    bool member_ends = false;
    for (auto it = FirstSpanFrom(base_);
         it != spans_.end() && it->pos - base_ <= take; ++it) {
      if (it->origin != origin) {
        take = static_cast<size_t>(it->pos - base_);
        member_ends = true;
        break;
      }
    }
    pos_ = take;
    Compact(take);
    count -= take;
    if (count == 0 || member_ends) return;
    std::string ignored;  // the record is already reported as an error
    if (FillBuffer(&ignored) != Fill::kData) return;
  }
}

bool Reader::ReadRecord(Record* rec, std::string* err) {
  rec->offset = Locate(base_);

  // The header block: the version line, fields, and a blank line. The
  // window is taken again after every FillBuffer, which may move it.
  size_t first_line_end = 0;  // index after the version line's '\n'
  size_t header_end = 0;      // index after the blank line's '\n'
  size_t line_start = 0;
  size_t scan = 0;
  while (header_end == 0) {
    std::string_view w = window();
    if (first_line_end == 0 &&
        w.substr(0, kVersionPrefix.size()) !=
            kVersionPrefix.substr(0, std::min(w.size(), kVersionPrefix.size()))) {
      return Fail("not a WARC record (no WARC/1.x line)", err);
    }
    size_t nl = w.find('\n', scan);
    if (nl == std::string::npos || nl >= kMaxWarcHeaderBytes) {
      if (w.size() >= kMaxWarcHeaderBytes) {
        return Fail("WARC header longer than " +
                        std::to_string(kMaxWarcHeaderBytes) + " bytes",
                    err);
      }
      scan = w.size();
      Fill got = FillBuffer(err);
      if (got == Fill::kError) return true;
      if (got == Fill::kEnd) return Fail("truncated WARC header", err);
      continue;
    }
    std::string_view line = w.substr(line_start, nl - line_start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_start == 0) {
      if (line != "WARC/1.0" && line != "WARC/1.1") {
        return Fail("unsupported WARC version", err);
      }
      first_line_end = nl + 1;
    } else if (line.empty()) {
      header_end = nl + 1;
    }
    line_start = scan = nl + 1;
  }

  std::string_view lines =
      window().substr(first_line_end, header_end - first_line_end);
  std::string parse_err;
  if (!ParseHeaderLines(lines, &rec->headers, &parse_err)) {
    return Fail("bad WARC header: " + parse_err, err);
  }
  rec->type = FieldOrEmpty(rec->headers, "WARC-Type");
  rec->record_id = FieldOrEmpty(rec->headers, "WARC-Record-ID");
  rec->target_uri = FieldOrEmpty(rec->headers, "WARC-Target-URI");
  // WARC/1.0's grammar wrapped the URI in <>, and some writers still do.
  if (rec->target_uri.size() >= 2 && rec->target_uri.front() == '<' &&
      rec->target_uri.back() == '>') {
    rec->target_uri = rec->target_uri.substr(1, rec->target_uri.size() - 2);
  }
  rec->date = FieldOrEmpty(rec->headers, "WARC-Date");
  rec->content_type = FieldOrEmpty(rec->headers, "Content-Type");

  const std::string* length_text = FindHeader(rec->headers, "Content-Length");
  uint64_t length = 0;
  if (length_text == nullptr) return Fail("missing Content-Length", err);
  if (!ParseLength(*length_text, &length)) {
    return Fail("invalid Content-Length", err);
  }
  if (length > max_record_bytes_) {
    std::string message = "record too large: " + std::to_string(length) +
                          " bytes (limit " + std::to_string(max_record_bytes_) +
                          ")";
    // The block is never buffered. In the usual gzip layout (this record
    // begins a member) it ends with its member: step over it, stopping at
    // the next member, so even a wildly wrong length loses nothing else.
    if (source_.is_gzip() && IsMemberStart(0)) {
      *err = std::move(message);
      Skip(header_end + length, rec->offset);
      return true;
    }
    // Elsewhere (a plain file, a file compressed as one member) nothing
    // marks where the block ends but the length, which may be wrong: scan
    // on from the byte after this record's start, as after any bad length,
    // reading without keeping. A genuine huge record is then stepped over
    // by the scan, and a wrong length costs only its own record.
    return Fail(std::move(message), err);
  }

  size_t block_end = header_end + static_cast<size_t>(length);
  size_t record_end = block_end + kRecordEnd.size();
  while (size() < record_end) {
    Fill got = FillBuffer(err);
    if (got == Fill::kError) return true;
    if (got == Fill::kEnd) {
      if (size() < block_end) {
        return Fail("truncated record: block has " +
                        std::to_string(size() - header_end) + " of " +
                        std::to_string(length) + " bytes",
                    err);
      }
      break;  // the block is whole; the terminator check reports the rest
    }
  }
  if (window().substr(block_end, kRecordEnd.size()) != kRecordEnd) {
    return Fail(
        "record block not followed by CRLF CRLF (wrong Content-Length?)", err);
  }
  rec->block.assign(window().substr(header_end, static_cast<size_t>(length)));
  // gzip checks a member's CRC only after its last bytes are out: a corrupt
  // member must make its record an error, not a good record with damaged
  // content. When the record ends where the data read so far does and its
  // member is not yet checked, look one read ahead. That read may go on into
  // the next member; damage found there is that member's, reported by the
  // next call, and must not cost this record (issue 17).
  if (source_.is_gzip() && size() == record_end &&
      !source_.last_read_checked()) {
    std::string ahead_err;
    if (FillBuffer(&ahead_err) == Fill::kError) {
      if (!source_.last_read_checked()) {
        rec->block.clear();
        *err = std::move(ahead_err);
        return true;
      }
      deferred_err_ = std::move(ahead_err);
      deferred_offset_ = SourceErrorOffset();
      return true;  // FillBuffer emptied the buffer and set resync_
    }
  }
  pos_ = record_end;
  return true;
}

}  // namespace artext::warc
