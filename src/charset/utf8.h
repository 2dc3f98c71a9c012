// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// UTF-8 validation and repair, the fast path of decoding: most pages are
// UTF-8, and for them decoding is one validating pass plus one copy.
//
// Invalid input is handled as the WHATWG UTF-8 decoder does: every maximal
// subpart of an ill-formed sequence (Unicode 15, section 3.9, "U+FFFD
// Substitution of Maximal Subparts") becomes one U+FFFD, and decoding resumes
// at the byte that broke the sequence. Overlong forms, surrogates (ED A0..BF)
// and code points above U+10FFFF are ill-formed. NUL bytes, which HTML turns
// into U+FFFD and gumbo treats specially, also become U+FFFD.
//
// Encoding and decoding single code points is util/utf8.h's job.

#ifndef ARTEXT_CHARSET_UTF8_H_
#define ARTEXT_CHARSET_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace artext::charset {

struct Utf8Stats {
  size_t invalid_sequences = 0;  // ill-formed subparts, one U+FFFD each
  size_t multibyte_chars = 0;    // well-formed sequences of 2 to 4 bytes
  size_t nul_bytes = 0;
};

// Statistics of `bytes` read as UTF-8. Linear, allocation-free.
Utf8Stats ScanUtf8(std::string_view bytes);

// Appends `bytes` to *out as valid UTF-8: ill-formed subparts and NUL bytes
// become U+FFFD. Returns the number of ill-formed subparts replaced (NULs not
// counted). REQUIRES: out != nullptr.
size_t AppendValidUtf8(std::string_view bytes, std::string* out);

// As above, for a caller that already has ScanUtf8(bytes): valid input then
// costs one copy and no second scan. REQUIRES: stats == ScanUtf8(bytes).
size_t AppendValidUtf8(std::string_view bytes, const Utf8Stats& stats,
                       std::string* out);

}  // namespace artext::charset

#endif  // ARTEXT_CHARSET_UTF8_H_
