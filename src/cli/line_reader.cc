// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/line_reader.h"

namespace artext::cli {
namespace {

constexpr size_t kReadBytes = 64 * 1024;

}  // namespace

LineReader::LineReader(io::ByteSource* source, size_t max_line_bytes)
    : source_(source), max_line_bytes_(max_line_bytes) {}

bool LineReader::Fill(std::string* err) {
  if (eof_) return false;
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + kReadBytes);
  std::string read_err;
  size_t n = source_->Read(buf_.data() + old, kReadBytes, &read_err);
  buf_.resize(old + n);
  if (n > 0) return true;
  eof_ = true;
  if (!read_err.empty()) *err = read_err;
  return false;
}

bool LineReader::Next(std::string* line, std::string* err) {
  line->clear();
  err->clear();
  size_t scanned = pos_;  // no "\n" in [pos_, scanned)
  bool too_long = false;
  while (true) {
    size_t nl = buf_.find('\n', scanned);
    if (nl != std::string::npos) {
      ++line_number_;
      if (too_long) {
        pos_ = nl + 1;
        *err = "line longer than " + std::to_string(max_line_bytes_) + " bytes";
        return true;
      }
      size_t end = nl;
      if (end > pos_ && buf_[end - 1] == '\r') --end;
      line->assign(buf_, pos_, end - pos_);
      pos_ = nl + 1;
      return true;
    }
    if (buf_.size() - pos_ > max_line_bytes_) {
      // Keep nothing of an overlong line: drop what is buffered and go on
      // looking for its end.
      too_long = true;
      buf_.clear();
      pos_ = 0;
    }
    scanned = buf_.size();
    size_t before = pos_;
    std::string read_err;
    if (!Fill(&read_err)) {
      if (!read_err.empty()) {
        ++line_number_;
        *err = read_err;
        buf_.clear();
        pos_ = 0;
        return true;
      }
      if (buf_.size() == pos_ && !too_long) return false;
      ++line_number_;
      if (too_long) {
        *err = "line longer than " + std::to_string(max_line_bytes_) + " bytes";
      } else {
        line->assign(buf_, pos_, std::string::npos);
        if (!line->empty() && line->back() == '\r') line->pop_back();
      }
      buf_.clear();
      pos_ = 0;
      return true;
    }
    scanned -= before;  // Fill moved the unconsumed bytes to the front
  }
}

}  // namespace artext::cli
