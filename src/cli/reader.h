// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Reads one input's bytes: a file or stdin, gzip-compressed or not (detected
// by the magic number, not the name), never more than the size limit.

#ifndef ARTEXT_CLI_READER_H_
#define ARTEXT_CLI_READER_H_

#include <cstddef>
#include <string>

#include "artext/status.h"

namespace artext::cli {

// Reads `path` ("-" is stdin) into *out, decompressing gzip. Fails with
// IoError ("is a directory", "Permission denied", "truncated gzip data") or
// TooLarge when the (decompressed) size exceeds max_bytes.
Status ReadInput(const std::string& path, size_t max_bytes, std::string* out);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_READER_H_
