// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Header fields in the "Name: value" line format that WARC (ISO 28500) and
// HTTP/1.x share: parsing a block of such lines, and case-insensitive lookup.

#ifndef ARTEXT_WARC_HEADER_FIELDS_H_
#define ARTEXT_WARC_HEADER_FIELDS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace artext::warc {

// Fields in the order they appear; names as written, values trimmed.
using HeaderFields = std::vector<std::pair<std::string, std::string>>;

// Removes leading and trailing spaces and tabs: the "optional white space"
// that RFC 9110 allows around field values (util::Trim also strips other
// characters, which in a header value are data).
std::string_view TrimOws(std::string_view s);

// The value of the first field called `name` (any case), or null.
const std::string* FindHeader(const HeaderFields& fields,
                              std::string_view name);
// The value of the last field called `name` (any case), or null.
const std::string* FindLastHeader(const HeaderFields& fields,
                                  std::string_view name);

// Parses `lines`: "Name: value" lines ending in CRLF or LF, without the blank
// line that ends a header block. A line starting with a space or tab
// continues the previous value (obsolete line folding, which WARC still
// allows). Appends to *out. Returns false and sets *err on a line with no
// colon, an empty name, or a continuation with nothing to continue.
bool ParseHeaderLines(std::string_view lines, HeaderFields* out,
                      std::string* err);

}  // namespace artext::warc

#endif  // ARTEXT_WARC_HEADER_FIELDS_H_
