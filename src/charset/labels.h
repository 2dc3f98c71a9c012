// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// WHATWG encoding labels (https://encoding.spec.whatwg.org/#names-and-labels):
// the many names pages use for a charset ("latin1", "x-sjis",
// "ks_c_5601-1987"...) mapped to the one canonical name of the encoding the
// Web actually decodes them with. Pure functions over constant tables.

#ifndef ARTEXT_CHARSET_LABELS_H_
#define ARTEXT_CHARSET_LABELS_H_

#include <string>
#include <string_view>

namespace artext::charset {

// The canonical WHATWG name, lower-case ("utf-8", "windows-1252", "gbk",
// "shift_jis", "euc-kr", "utf-16le", "replacement", ...) of the encoding that
// `label` denotes, or "" if the label is unknown. Leading and trailing ASCII
// whitespace is ignored and matching is ASCII case-insensitive, as the
// standard's "get an encoding" requires. Note the standard's surprises, kept
// on purpose: "iso-8859-1", "latin1" and "us-ascii" are windows-1252;
// "utf-16" is utf-16le; "gb2312" is gbk; "ks_c_5601-1987" is euc-kr;
// "iso-2022-kr" and "hz-gb-2312" are "replacement" (undecodable by design).
std::string CanonicalEncoding(std::string_view label);

// The name glibc's iconv knows the canonical encoding by, chosen so that
// iconv decodes what browsers decode: the superset where the Web uses one
// (gbk -> GB18030, euc-kr -> CP949, shift_jis -> CP932, big5 -> BIG5-HKSCS).
// Empty for encodings decoded without iconv (utf-8, utf-16le/be,
// windows-1252, x-user-defined) and for "replacement" or unknown names.
std::string_view IconvName(std::string_view canonical);

}  // namespace artext::charset

#endif  // ARTEXT_CHARSET_LABELS_H_
