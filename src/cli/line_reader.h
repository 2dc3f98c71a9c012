// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Reads a byte stream one line at a time with a bounded buffer, for the JSON
// Lines input mode: a line longer than the limit is reported and skipped, not
// held in memory, so one bad line cannot exhaust memory or end the stream.

#ifndef ARTEXT_CLI_LINE_READER_H_
#define ARTEXT_CLI_LINE_READER_H_

#include <cstddef>
#include <string>

#include "io/byte_source.h"

namespace artext::cli {

class LineReader {
 public:
  // Does not take ownership: `source` must outlive the reader.
  LineReader(io::ByteSource* source, size_t max_line_bytes);

  // Reads the next line into *line, without its "\n" (or "\r\n"). Returns
  // false at the end of the input. Returns true with *err set for a line
  // longer than the limit (skipped to its end) or a read error (after which
  // the input ends). A last line without "\n" is still a line.
  // REQUIRES: line and err non-null.
  bool Next(std::string* line, std::string* err);

  // The 1-based number of the line Next returned last.
  size_t line_number() const { return line_number_; }

 private:
  // Appends one read to buf_; false at the end or on error (sets *err).
  bool Fill(std::string* err);

  io::ByteSource* source_;
  size_t max_line_bytes_;
  std::string buf_;
  size_t pos_ = 0;  // bytes before pos_ are consumed
  bool eof_ = false;
  size_t line_number_ = 0;
};

}  // namespace artext::cli

#endif  // ARTEXT_CLI_LINE_READER_H_
