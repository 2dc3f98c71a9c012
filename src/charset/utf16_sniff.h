// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// UTF-16 without a byte-order mark. The WHATWG algorithm never guesses
// UTF-16, but pages saved by Windows tools ("Unicode" in Notepad, some
// exporters) do arrive without a BOM, and read as UTF-8 they are a NUL after
// every ASCII character: no tag survives. HTML markup is ASCII, so such a
// page shows a plain pattern: one byte of every pair is NUL (the high byte:
// the odd bytes in little-endian, the even bytes in big-endian), the other
// almost never is.

#ifndef ARTEXT_CHARSET_UTF16_SNIFF_H_
#define ARTEXT_CHARSET_UTF16_SNIFF_H_

#include <string>
#include <string_view>

namespace artext::charset {

// "utf-16le" or "utf-16be" when the first bytes of `bytes` show the pattern
// above, else "". Reads at most kUtf16SniffBytes; constant time.
std::string SniffUtf16(std::string_view bytes);

}  // namespace artext::charset

#endif  // ARTEXT_CHARSET_UTF16_SNIFF_H_
