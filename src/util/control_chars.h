// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The one sanitiser at the output and diagnostic boundary. A hostile page,
// file name or WARC header can carry ESC, BEL or CSI bytes that retitle,
// recolour or clear the terminal that shows artext's output; none of them
// is text a reader needs.

#ifndef ARTEXT_UTIL_CONTROL_CHARS_H_
#define ARTEXT_UTIL_CONTROL_CHARS_H_

#include <string>
#include <string_view>

namespace artext::util {

// `in` without control characters: C0 (U+0000..U+001F) except tab and
// newline, DEL (U+007F) and C1 (U+0080..U+009F, whose U+009B is a one-byte
// CSI to some terminals). Every other byte, valid UTF-8 or not, is kept.
std::string StripControlChars(std::string_view in);

// True if `in` holds a character StripControlChars would remove.
bool HasControlChars(std::string_view in);

}  // namespace artext::util

#endif  // ARTEXT_UTIL_CONTROL_CHARS_H_
