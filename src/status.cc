// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "artext/status.h"

namespace artext {

std::string Status::ToString() const {
  const char* kind = "OK";
  switch (code_) {
    case Code::kOk: return "OK";
    case Code::kInvalidArgument: kind = "invalid argument"; break;
    case Code::kNotHtml: kind = "not HTML"; break;
    case Code::kTooLarge: kind = "too large"; break;
    case Code::kIoError: kind = "I/O error"; break;
    case Code::kTimeout: kind = "timeout"; break;
    case Code::kInternal: kind = "internal error"; break;
  }
  return std::string(kind) + ": " + message_;
}

}  // namespace artext
