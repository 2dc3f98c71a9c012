// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Statistical charset detection with uchardet, for pages that declare no
// encoding (or declare one their bytes contradict).

#ifndef ARTEXT_CHARSET_DETECT_H_
#define ARTEXT_CHARSET_DETECT_H_

#include <string>
#include <string_view>

namespace artext::charset {

// uchardet's guess for `bytes` as a canonical WHATWG name that AppendDecoded
// can decode ("euc-kr", "shift_jis", "gb18030", "windows-1251", "utf-8"...),
// or "" when it has no answer or answers with an encoding outside the WHATWG
// set (IBM855, VISCII, ...) or undecodable by design (ISO-2022-KR, HZ).
// Thread-safe: each call uses its own detector.
std::string DetectEncoding(std::string_view bytes);

// The canonical name for a charset name uchardet reports ("UHC",
// "WINDOWS-1252", "MAC-CYRILLIC", "ASCII"...), or "" as above.
std::string CanonicalFromUchardet(std::string_view uchardet_name);

}  // namespace artext::charset

#endif  // ARTEXT_CHARSET_DETECT_H_
