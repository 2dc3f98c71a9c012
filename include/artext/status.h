// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Status reports success or an error without exceptions, after leveldb's
// Status. The library never throws across its public API; every fallible call
// returns a Status and writes its result through an out-parameter.
//
// Thread safety: a Status is a value; distinct objects may be used from
// distinct threads freely.

#ifndef ARTEXT_STATUS_H_
#define ARTEXT_STATUS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "artext/export.h"

namespace artext {

class ARTEXT_EXPORT Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller's options or arguments are wrong
    kNotHtml,          // the input is not an HTML document (binary, empty...)
    kTooLarge,         // the input exceeds Options::max_input_bytes
    kTimeout,          // the per-page time budget ran out
    kInternal,         // a bug: should never be seen
  };

  Status() = default;  // OK

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string_view msg) {
    return Status(Code::kInvalidArgument, msg);
  }
  static Status NotHtml(std::string_view msg) {
    return Status(Code::kNotHtml, msg);
  }
  static Status TooLarge(std::string_view msg) {
    return Status(Code::kTooLarge, msg);
  }
  static Status Timeout(std::string_view msg) {
    return Status(Code::kTimeout, msg);
  }
  static Status Internal(std::string_view msg) {
    return Status(Code::kInternal, msg);
  }

  // The one message for an input over Options::max_input_bytes: "WHAT
  // exceeds MAX bytes", or when its size is known (size > 0) "WHAT is SIZE
  // bytes; the limit is MAX". `what` says which bytes were counted: "input",
  // "decompressed input", "page"... The message names no option: a caller
  // adds how its users set the limit (the command line, "(--max-bytes)").
  static Status InputTooLarge(std::string_view what, uint64_t max_bytes,
                              uint64_t size = 0);

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The human-readable reason, without a prefix ("not HTML: starts with %PDF").
  const std::string& message() const { return message_; }
  // "OK" or "<kind>: <message>".
  std::string ToString() const;

 private:
  Status(Code code, std::string_view msg) : code_(code), message_(msg) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace artext

#endif  // ARTEXT_STATUS_H_
