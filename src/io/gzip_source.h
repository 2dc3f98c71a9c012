// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// GzipSource decompresses another ByteSource on the fly when it is gzip, and
// passes it through unchanged when it is not (the first two bytes decide:
// 1f 8b is gzip). Multi-member gzip, the usual form of .warc.gz where every
// record is its own member, is read member after member.
//
// Damage does not stop the stream: a member whose deflate data is corrupt, or
// non-gzip bytes between members, is reported as one error from Read, and
// the next Read continues at the next gzip member header (1f 8b 08) found
// further on. A member cut short by the end of the input is reported as
// truncated, then the stream ends. An error from the wrapped source is
// reported and ends the stream.
//
// Every Read returns bytes of one member only, so last_read_origin() can say
// exactly which member the bytes came from; that is how WARC records are
// located in a compressed file.
//
// Memory: a fixed input buffer plus zlib's inflate state (about 40 KiB),
// held by an Inflater (inflate.h).
// Thread safety: use from one thread at a time.

#ifndef ARTEXT_IO_GZIP_SOURCE_H_
#define ARTEXT_IO_GZIP_SOURCE_H_

#include <cstdint>
#include <optional>
#include <string>

#include "io/byte_source.h"
#include "io/inflate.h"

namespace artext::io {

class GzipSource : public ByteSource {
 public:
  // Does not take ownership: `inner` must outlive this object.
  explicit GzipSource(ByteSource* inner);
  ~GzipSource() override;
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  size_t Read(char* buf, size_t n, std::string* err) override;

  // True when the input began with the gzip magic. Meaningful after the
  // first Read.
  bool is_gzip() const { return mode_ == Mode::kGzip; }

  // Where the bytes returned by the last Read that returned data came from,
  // as an offset in the wrapped (compressed) stream: for gzip input, the
  // offset of the first byte of the member that produced them; for plain
  // input, the offset of the first byte returned.
  uint64_t last_read_origin() const { return origin_; }

  // True when the bytes returned by the last Read that returned data are
  // vouched for: plain input, or a member inflated to its end, its CRC and
  // length checked. Nothing read later can show those bytes damaged, so a
  // reader need not look ahead (and meet the next member's damage) to know.
  bool last_read_checked() const {
    return mode_ == Mode::kPlain || origin_checked_;
  }

  // Where the damage reported by the last Read that set an error lies, as an
  // offset in the wrapped stream: the start of the corrupt or truncated
  // member, the first skipped byte, or the end of what was read.
  uint64_t error_offset() const { return error_offset_; }

 private:
  enum class Mode { kSniff, kPlain, kGzip };

  size_t available() const { return in_.size() - in_pos_; }
  // Drops consumed input and appends one read of the wrapped source. Returns
  // false at its end or on its error (then *err is set); either way the
  // wrapped source is not read again.
  bool Refill(std::string* err);
  void Sniff(std::string* err);
  size_t ReadPlain(char* buf, size_t n, std::string* err);
  size_t ReadGzip(char* buf, size_t n, std::string* err);
  // Positions the input at the next gzip member header and starts inflating
  // it. Returns false when the input ends first. Sets *err when it skipped
  // bytes that were not padding (NUL), or when the wrapped source failed.
  bool StartNextMember(std::string* err);

  ByteSource* inner_;
  Mode mode_ = Mode::kSniff;
  bool inner_done_ = false;  // the wrapped source reached its end or failed

  std::string in_;       // input window; bytes before in_pos_ are consumed
  size_t in_pos_ = 0;
  uint64_t in_base_ = 0;  // offset of in_[0] in the wrapped stream

  std::optional<Inflater> inflater_;  // made when the input is gzip
  bool in_member_ = false;  // between a member's header and its end
  uint64_t member_start_ = 0;
  std::string pending_err_;  // an error to report after returning data
  // The last member was corrupt: the bytes skipped up to the next member are
  // its remains, already reported, not new damage.
  bool after_corrupt_member_ = false;

  uint64_t origin_ = 0;
  bool origin_checked_ = false;  // see last_read_checked()
  uint64_t error_offset_ = 0;
};

}  // namespace artext::io

#endif  // ARTEXT_IO_GZIP_SOURCE_H_
