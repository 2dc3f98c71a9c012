// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The WHATWG "prescan a byte stream to determine its encoding" algorithm
// (HTML Standard, 13.2.3.2): finds the first <meta charset="..."> or
// <meta http-equiv="Content-Type" content="...; charset=..."> while skipping
// comments and the attributes of other tags, without building a DOM.

#ifndef ARTEXT_CHARSET_PRESCAN_H_
#define ARTEXT_CHARSET_PRESCAN_H_

#include <string>
#include <string_view>

namespace artext::charset {

// The canonical encoding declared by the first effective <meta> in `bytes`
// (the caller chooses the window), or "" if none declares a known encoding.
// As the standard says, a declared UTF-16 is reported as "utf-8" (the bytes
// are evidently ASCII-compatible) and "x-user-defined" as "windows-1252".
// Linear in bytes.size(); no recursion.
std::string PrescanMetaCharset(std::string_view bytes);

// The charset label in a Content-Type value such as
// "text/html; charset=EUC-KR" or `text/html;charset="utf-8"`, following the
// standard's "algorithm for extracting a character encoding from a meta
// element" (which HTTP headers also satisfy), or "" if there is none. The
// label is returned as written, not normalised.
std::string_view CharsetFromContentType(std::string_view content);

}  // namespace artext::charset

#endif  // ARTEXT_CHARSET_PRESCAN_H_
