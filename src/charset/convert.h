// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Conversion of bytes in a known encoding to UTF-8. Never fails part-way:
// every undecodable or truncated byte sequence becomes U+FFFD and decoding
// goes on, so no text is silently cut. NUL characters become U+FFFD too.
// Thread-safe: each call opens its own iconv descriptor.

#ifndef ARTEXT_CHARSET_CONVERT_H_
#define ARTEXT_CHARSET_CONVERT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace artext::charset {

// Decodes `bytes`, which are in the encoding with canonical WHATWG name
// `encoding` (see CanonicalEncoding), and appends the UTF-8 text to *out.
// UTF-8, UTF-16LE/BE, windows-1252 and x-user-defined are decoded here; the
// other encodings by glibc iconv (IconvName). *invalid_sequences, if not
// null, receives the number of ill-formed sequences replaced by U+FFFD.
// Returns false, with *out unchanged, if the encoding cannot be decoded:
// unknown, "replacement", or missing from this system's iconv.
// REQUIRES: out != nullptr; no byte-order mark left in `bytes` unless it is
// meant to be decoded as U+FEFF.
bool AppendDecoded(std::string_view bytes, std::string_view encoding,
                   std::string* out, size_t* invalid_sequences);

}  // namespace artext::charset

#endif  // ARTEXT_CHARSET_CONVERT_H_
