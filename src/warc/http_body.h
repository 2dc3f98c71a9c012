// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Undoing the transfer and content codings of an archived HTTP body: WARC
// response records keep the bytes as they came off the wire, so a body may
// be chunked and gzip-, deflate-, Brotli- or Zstandard-compressed.
//
// Archived bodies are often cut short (WARC-Truncated) or were stored already
// decoded while the headers still name the coding, so decoding is lenient:
// a body that ends early yields what was decoded with *incomplete set, and a
// body that is plainly not in the named coding is passed through unchanged.

#ifndef ARTEXT_WARC_HTTP_BODY_H_
#define ARTEXT_WARC_HTTP_BODY_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "warc/http_response.h"

namespace artext::warc {

// Removes chunked transfer coding. Sets *incomplete when the body ends before
// the last (zero-size) chunk. Returns false and sets *err when the first
// chunk-size line is not hexadecimal (so the body is not chunked at all), or
// when the result would exceed `max_bytes`.
bool Dechunk(std::string_view in, size_t max_bytes, std::string* out,
             bool* incomplete, std::string* err);

// Undoes a Content-Encoding value ("gzip", "x-gzip", "deflate", "br",
// "zstd", "identity", or a comma-separated list of these, applied in order,
// so undone in reverse). Returns false and sets *err for unsupported
// codings ("compress"), data that decodes to nothing, or output beyond
// `max_bytes`.
bool DecodeContentEncoding(std::string_view encoding, std::string_view in,
                           size_t max_bytes, std::string* out,
                           bool* incomplete, std::string* err);

// The decoded body of a response whose head is `head`: `block` is the whole
// record block that ParseHttpHead parsed. Applies Dechunk (falling back to
// the raw bytes when they are not chunked) and DecodeContentEncoding.
// *incomplete is set when either step stopped early.
bool DecodeHttpBody(const HttpResponse& head, std::string_view block,
                    size_t max_bytes, std::string* body, bool* incomplete,
                    std::string* err);

}  // namespace artext::warc

#endif  // ARTEXT_WARC_HTTP_BODY_H_
