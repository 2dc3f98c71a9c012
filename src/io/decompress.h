// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Whole-buffer decoders for the HTTP content codings beyond zlib's: Brotli
// ("br", RFC 7932) and Zstandard ("zstd", RFC 8878), which servers send and
// web archives keep as sent. Debian's libbrotli and libzstd do the work.

#ifndef ARTEXT_IO_DECOMPRESS_H_
#define ARTEXT_IO_DECOMPRESS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "io/inflate.h"

namespace artext::io {

// Decodes all of `in` into *out, never beyond `max_bytes`. The result is
// an InflateEnd as for gzip: kDone, kTruncated (the input ended inside the
// stream; *out holds what was decoded), kCorrupt (*err says why; *out may
// hold what came before the damage) or kTooLarge.
InflateEnd DecodeBrotli(std::string_view in, size_t max_bytes,
                        std::string* out, std::string* err);
InflateEnd DecodeZstd(std::string_view in, size_t max_bytes, std::string* out,
                      std::string* err);

}  // namespace artext::io

#endif  // ARTEXT_IO_DECOMPRESS_H_
