// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "io/gzip_source.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace artext::io {
namespace {

// Input is read in pieces of this size: large enough that system calls are
// rare, small enough to be irrelevant next to a WARC record.
constexpr size_t kInputChunk = 64 << 10;

// A gzip member starts with the magic 1f 8b and the method byte 08 (deflate,
// the only one defined by RFC 1952).
bool IsMemberHeader(const char* p) {
  return static_cast<unsigned char>(p[0]) == 0x1f &&
         static_cast<unsigned char>(p[1]) == 0x8b &&
         static_cast<unsigned char>(p[2]) == 0x08;
}

}  // namespace

GzipSource::GzipSource(ByteSource* inner) : inner_(inner) {}

GzipSource::~GzipSource() = default;

bool GzipSource::Refill(std::string* err) {
  if (inner_done_) return false;
  if (in_pos_ > 0) {
    in_.erase(0, in_pos_);
    in_base_ += in_pos_;
    in_pos_ = 0;
  }
  size_t old_size = in_.size();
  in_.resize(old_size + kInputChunk);
  size_t got = inner_->Read(in_.data() + old_size, kInputChunk, err);
  in_.resize(old_size + got);
  if (got == 0) inner_done_ = true;
  return got > 0;
}

void GzipSource::Sniff(std::string* err) {
  while (available() < 2 && Refill(err)) {
  }
  bool gzip = LooksGzipped(std::string_view(in_).substr(in_pos_));
  mode_ = gzip ? Mode::kGzip : Mode::kPlain;
  if (gzip) {
    inflater_.emplace(Inflater::Wrapper::kGzipOrZlib);
    if (!inflater_->ok() && err->empty()) *err = "gzip: cannot initialise zlib";
  }
}

size_t GzipSource::Read(char* buf, size_t n, std::string* err) {
  if (mode_ == Mode::kSniff) {
    Sniff(err);
    if (!err->empty()) {
      error_offset_ = in_base_ + in_.size();
      return 0;
    }
  }
  if (mode_ == Mode::kPlain) return ReadPlain(buf, n, err);
  if (!inflater_->ok()) return 0;
  return ReadGzip(buf, n, err);
}

size_t GzipSource::ReadPlain(char* buf, size_t n, std::string* err) {
  // Bytes read while sniffing are served first, then the wrapped source is
  // read directly into the caller's buffer.
  if (available() > 0) {
    size_t count = std::min(n, available());
    std::memcpy(buf, in_.data() + in_pos_, count);
    origin_ = in_base_ + in_pos_;
    in_pos_ += count;
    return count;
  }
  if (inner_done_) return 0;
  size_t got = inner_->Read(buf, n, err);
  if (got == 0) {
    inner_done_ = true;
    error_offset_ = in_base_;
    return 0;
  }
  origin_ = in_base_ + in_pos_;
  in_base_ += got;
  return got;
}

bool GzipSource::StartNextMember(std::string* err) {
  uint64_t skipped = 0;
  uint64_t skipped_from = in_base_ + in_pos_;
  bool skipped_data = false;  // skipped something other than NUL padding
  auto skip_to = [&](size_t pos) {
    for (size_t i = in_pos_; i < pos; ++i) skipped_data |= in_[i] != '\0';
    skipped += pos - in_pos_;
    in_pos_ = pos;
  };
  bool found = false;
  while (true) {
    if (available() < 3) {
      std::string read_err;
      if (Refill(&read_err)) continue;
      if (!read_err.empty()) {
        *err = std::move(read_err);
        error_offset_ = in_base_ + in_.size();
      }
      skip_to(in_.size());  // fewer than 3 bytes left: cannot be a member
      break;
    }
    size_t pos = in_pos_;
    size_t last = in_.size() - 3;  // last position where a header fits
    while (pos <= last && !IsMemberHeader(in_.data() + pos)) ++pos;
    if (pos <= last) {
      skip_to(pos);
      found = true;
      break;
    }
    skip_to(last + 1);  // keep two bytes that may begin a header
  }
  if (skipped_data && !after_corrupt_member_ && err->empty()) {
    *err = "gzip: skipped " + std::to_string(skipped) +
           " bytes of non-gzip data at offset " + std::to_string(skipped_from);
    error_offset_ = skipped_from;
  }
  if (!found) return false;
  after_corrupt_member_ = false;
  member_start_ = in_base_ + in_pos_;
  in_member_ = true;
  inflater_->Reset();
  return true;
}

size_t GzipSource::ReadGzip(char* buf, size_t n, std::string* err) {
  if (!pending_err_.empty()) {
    *err = std::move(pending_err_);
    pending_err_.clear();
    return 0;
  }
  while (true) {
    if (!in_member_) {
      bool started = StartNextMember(err);
      if (!started || !err->empty()) return 0;
    }
    if (available() == 0) {
      std::string read_err;
      if (Refill(&read_err)) continue;
      in_member_ = false;
      error_offset_ = member_start_;
      *err = !read_err.empty()
                 ? read_err
                 : "gzip: truncated member at offset " +
                       std::to_string(member_start_);
      return 0;
    }
    Inflater::Step step =
        inflater_->Inflate(in_.data() + in_pos_, available(), buf, n);
    int rc = step.rc;
    size_t consumed = step.consumed;
    size_t produced = step.produced;
    in_pos_ += consumed;
    if (produced > 0) {
      origin_ = member_start_;
      origin_checked_ = false;
    }
    if (rc == Z_STREAM_END) {
      in_member_ = false;
      // inflate ends a gzip member only after its CRC and length matched.
      if (origin_ == member_start_) origin_checked_ = true;
      if (produced > 0) return produced;
      continue;  // an empty member: go on to the next one
    }
    bool progress = consumed > 0 || produced > 0;
    if ((rc == Z_OK || rc == Z_BUF_ERROR) && progress) {
      if (produced > 0) return produced;
      continue;
    }
    // Corrupt data (or no progress, which zlib should never allow). Resume
    // the search for a member one byte past this member's start when that
    // is still buffered: a member cut short runs into the next one, whose
    // header inflate then read as data, and searching only after the point
    // where inflate stopped would lose that intact neighbour too. Otherwise
    // resume where inflate stopped; either way the loop advances.
    in_member_ = false;
    after_corrupt_member_ = true;
    error_offset_ = member_start_;
    if (member_start_ >= in_base_) {
      in_pos_ = static_cast<size_t>(member_start_ - in_base_) + 1;
    }
    std::string msg = "gzip: corrupt member at offset " +
                      std::to_string(member_start_) + ": " +
                      inflater_->message();
    if (produced > 0) {
      pending_err_ = std::move(msg);
      return produced;
    }
    *err = std::move(msg);
    return 0;
  }
}

}  // namespace artext::io
