// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "artext/status.h"

namespace artext {

Status Status::InputTooLarge(std::string_view what, uint64_t max_bytes,
                             uint64_t size) {
  std::string msg(what);
  if (size > 0) {
    msg += " is " + std::to_string(size) + " bytes; the limit is " +
           std::to_string(max_bytes);
  } else {
    msg += " exceeds " + std::to_string(max_bytes) + " bytes";
  }
  return TooLarge(msg);
}

std::string Status::ToString() const {
  const char* kind = "OK";
  switch (code_) {
    case Code::kOk: return "OK";
    case Code::kInvalidArgument: kind = "invalid argument"; break;
    case Code::kNotHtml: kind = "not HTML"; break;
    case Code::kTooLarge: kind = "too large"; break;
    case Code::kTimeout: kind = "timeout"; break;
    case Code::kInternal: kind = "internal error"; break;
  }
  return std::string(kind) + ": " + message_;
}

}  // namespace artext
