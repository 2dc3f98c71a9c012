// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Decode turns a raw page in any charset into UTF-8, choosing the encoding
// in the WHATWG order (HTML Standard, "determining the character encoding"):
//
//   1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins over everything;
//      so does UTF-32's (LE or BE), which WHATWG does not list: browsers
//      would read FF FE 00 00 as UTF-16LE and show NULs, but a user who
//      saved a page as UTF-32 expects its text;
//   2. the user's override (--charset);
//   3. the transport's declaration (HTTP Content-Type charset);
//   4. a <meta charset> / <meta http-equiv=Content-Type> in the page, found by
//      the standard's prescan (see prescan.h and kMetaScanBytes);
//   5. detection: UTF-16 without a BOM (utf16_sniff.h, checked before the
//      prescan, which it would defeat); valid UTF-8 is UTF-8; anything else
//      goes to uchardet;
//   6. windows-1252 when detection has no answer.
//
// Labels naming no encoding, or the "replacement" encoding (iso-2022-kr,
// hz-gb-2312...), are ignored and the next step decides: we extract text, and
// the standard's one-U+FFFD output for "replacement" would leave none.
//
// Declarations that the bytes contradict (steps 3 and 4 only; a BOM or the
// user's override is always obeyed) are overruled, and the result's source
// is then "detected" with the declaration kept in overruled_*:
//
//   * Declared UTF-8, bytes not UTF-8: when at least kMinMismatchErrors
//     ill-formed sequences are found and they are no fewer than the
//     well-formed multi-byte characters, the page is a legacy page mislabelled
//     (a CMS template saying UTF-8 around windows-1252 text is the usual
//     case). uchardet names the encoding (windows-1252 if it cannot), and its
//     decoding is used if it replaces at most 1/kCleanDecodeFactor as many
//     sequences as UTF-8 would. Otherwise the declaration stands and the bad
//     sequences become U+FFFD (a UTF-8 page with a few corrupt bytes).
//   * Declared a legacy ASCII-compatible encoding, bytes valid UTF-8 with at
//     least kMinUtf8Evidence multi-byte characters: the page is UTF-8 (a
//     server default of "iso-8859-1" around a UTF-8 page is the usual case).
//     Legacy text is practically never valid UTF-8 by accident.
//
// Pure ASCII with no declaration is reported as "utf-8" with source
// "default": every ASCII-compatible encoding decodes it identically, and
// UTF-8 is what an editor of the extracted text will assume.
//
// The output is always valid UTF-8: ill-formed sequences become U+FFFD (one
// per maximal subpart, as the WHATWG decoders do), a truncated character at
// the end becomes U+FFFD, and so does every NUL. Linear time; thread-safe (no
// shared state; iconv and uchardet handles are per call).

#ifndef ARTEXT_CHARSET_DECODE_H_
#define ARTEXT_CHARSET_DECODE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "charset/labels.h"  // CanonicalEncoding

namespace artext::charset {

struct Decoded {
  std::string utf8;  // valid UTF-8, always; the BOM is not included
  // Canonical WHATWG name of the encoding used, lower-case: "utf-8",
  // "euc-kr", "shift_jis", "gbk", "gb18030", "windows-1251", "windows-1252",
  // "utf-16le"... A declared "gbk" is reported as "gbk" though it decodes
  // with the GB18030 superset; likewise euc-kr decodes as CP949.
  std::string encoding;
  // Which step chose it: "bom", "override", "transport", "meta", "detected"
  // (statistics, or the bytes overruling a declaration), or "default"
  // (ASCII-only input, or no detector answer: windows-1252).
  std::string source;
  // When the bytes overruled a declaration: the encoding it declared (e.g.
  // "utf-8") and where ("transport" or "meta"). Empty otherwise.
  std::string overruled_encoding;
  std::string overruled_source;
  // Ill-formed or truncated byte sequences replaced by U+FFFD (NUL bytes,
  // also replaced, are not counted).
  size_t invalid_sequences = 0;
};

// bytes: the raw page. override_label: the user's --charset (may be empty).
// transport_label: the HTTP Content-Type charset (may be empty). Both are
// WHATWG labels; unknown ones are ignored (validate user input with
// CanonicalEncoding first to report it).
// "utf-32le" or "utf-32be" when `bytes` opens with that byte-order mark,
// else null.
const char* Utf32Bom(std::string_view bytes);

Decoded Decode(std::string_view bytes, std::string_view override_label,
               std::string_view transport_label);

// The meta prescan reads this many bytes. The standard's prescan stops at
// 1024, but its tree builder then still obeys a later <meta charset> by
// re-decoding ("change the encoding"); scanning further approximates that.
// The prescan returns the first declaration, so within 1024 bytes it agrees
// with the standard exactly. 64 KiB covers the <head> of the news pages we
// have seen (inline scripts and styles can push the meta far down) and bounds
// the cost for pages that declare nothing.
inline constexpr size_t kMetaScanBytes = 64 * 1024;

// Mislabel thresholds (see the file comment). A truncated last character or
// a couple of stray bytes are corruption, not a mislabel: 4 needs more.
inline constexpr size_t kMinMismatchErrors = 4;
// A legacy decoding must be this many times cleaner than UTF-8's to win.
inline constexpr size_t kCleanDecodeFactor = 4;
// Valid UTF-8 (no ill-formed sequence at all) beats a legacy declaration
// given this many multi-byte characters. Legacy text breaks UTF-8 as soon as
// an accented letter is followed by an ASCII one; a lone chance pair (e.g.
// windows-1252 "ß" + no-break space, DF A0) is conceivable, two are not.
inline constexpr size_t kMinUtf8Evidence = 2;

}  // namespace artext::charset

#endif  // ARTEXT_CHARSET_DECODE_H_
