// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Mojibake repair: UTF-8 text that was once read as windows-1252 (or
// ISO-8859-1) and written out again as UTF-8. A right quote, E2 80 99,
// then shows as "â€™" (windows-1252) or as "â" and two C1 control
// characters (ISO-8859-1). Sites whose database or crawler double-encoded
// their text serve whole articles so; a browser shows the garbage, but the
// article's words are the original ones.
//
// Only sequences that cannot be text are repaired: a character U+00C2..
// U+00F4 (a UTF-8 lead byte read as a Latin-1 letter) followed by exactly
// the continuation bytes its lead needs, each written as U+0080..U+00BF or
// as the windows-1252 character of a byte 0x80..0x9F, at least one of them
// from that 0x80..0x9F range (a C1 control or "€", "™", curly quotes...),
// and together a well-formed UTF-8 character. "Ã©" (é read as Latin-1)
// is left alone: both its characters are ordinary letters and could be
// meant.

#ifndef ARTEXT_CHARSET_MOJIBAKE_H_
#define ARTEXT_CHARSET_MOJIBAKE_H_

#include <string>

namespace artext::charset {

// Repairs the double-encoded characters of `utf8` (valid UTF-8) in place;
// returns how many were repaired. Linear; copies only when it repairs.
size_t RepairMojibake(std::string* utf8);

}  // namespace artext::charset

#endif  // ARTEXT_CHARSET_MOJIBAKE_H_
