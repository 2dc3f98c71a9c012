// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// IoStatus: the outcome of the command line's own file work (reading pages
// and lists of files, listing folders, writing outputs). The library's
// artext::Status has no I/O code, since Extract never touches a file; this
// type adds one on the command line's side. It also carries a library Status
// through unchanged, because reading a file can fail as the library would
// (an input over Options::max_input_bytes is TooLarge whoever finds it).

#ifndef ARTEXT_IO_IO_STATUS_H_
#define ARTEXT_IO_IO_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

#include "artext/status.h"

namespace artext::io {

class IoStatus {
 public:
  IoStatus() = default;  // OK
  // A library outcome, passed through (implicit, so that `return
  // Status::Ok();` and `return Status::TooLarge(...)` read as before).
  IoStatus(Status status) : status_(std::move(status)) {}  // NOLINT

  // I/O failed: the message is the bare reason, with the path when the
  // caller knows it ("x.html: Permission denied").
  static IoStatus Error(std::string_view message) {
    IoStatus s;
    s.io_error_ = true;
    s.message_ = message;
    return s;
  }

  bool ok() const { return !io_error_ && status_.ok(); }
  bool io_error() const { return io_error_; }
  // The library outcome when this is not an I/O error (OK otherwise).
  const Status& status() const { return status_; }
  const std::string& message() const {
    return io_error_ ? message_ : status_.message();
  }
  // "I/O error: <message>", or the library Status's own ToString().
  std::string ToString() const {
    return io_error_ ? "I/O error: " + message_ : status_.ToString();
  }

 private:
  bool io_error_ = false;
  std::string message_;  // when io_error_
  Status status_;
};

}  // namespace artext::io

#endif  // ARTEXT_IO_IO_STATUS_H_
