// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// gzip decompression with zlib, bounded so that a small compressed file
// cannot expand into gigabytes (a "zip bomb") before the size limit applies.

#ifndef ARTEXT_CLI_GUNZIP_H_
#define ARTEXT_CLI_GUNZIP_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "artext/status.h"

namespace artext::cli {

// Whether the bytes start with the gzip magic number (1f 8b).
bool LooksGzipped(std::string_view bytes);

// Decompresses every gzip member in `compressed` into *out. Fails with
// TooLarge as soon as the output would exceed max_bytes, and with IoError
// for corrupt or truncated data.
Status Gunzip(std::string_view compressed, size_t max_bytes, std::string* out);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_GUNZIP_H_
