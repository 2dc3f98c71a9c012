// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Reading one whole input into memory: a file or stdin, gzip-compressed or
// not (detected by the magic number, not the name), never more than the
// size limit. Streams too large to hold (web archives, JSON Lines) are read
// piece by piece through ByteSource instead (byte_source.h).

#ifndef ARTEXT_IO_READ_FILE_H_
#define ARTEXT_IO_READ_FILE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "io/io_status.h"

namespace artext::io {

// Reads `path` ("-" is stdin) into *out, decompressing gzip. Fails with
// an I/O error carrying the bare reason ("is a directory", "Permission denied",
// "truncated gzip data"; the caller names the path) or TooLarge when the
// (decompressed) size exceeds max_bytes.
IoStatus ReadFile(const std::string& path, size_t max_bytes, std::string* out);

// Decompresses every gzip member in `compressed` into *out (concatenated
// members form one file, as with gzip(1); bytes after the last member that
// are not gzip are ignored). Fails with TooLarge as soon as the output would
// exceed max_bytes, and with an I/O error for corrupt or truncated data.
IoStatus Gunzip(std::string_view compressed, size_t max_bytes,
                std::string* out);

}  // namespace artext::io

#endif  // ARTEXT_IO_READ_FILE_H_
