// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// From a WARC record to the HTML page inside it: picks response records whose
// HTTP Content-Type is HTML and decodes their HTTP body, carrying along what
// the caller needs to run Extract and label the output (URL, dates, charset,
// where the record is).
//
//   HtmlPayload page;
//   switch (ToHtmlPayload(rec, &page, &err)) {
//     case Kind::kHtml:  options.url = page.url;
//                        options.transport_charset = page.charset; ...
//     case Kind::kSkip:  ++skipped; break;   // not an HTML response
//     case Kind::kError: ...                 // a damaged HTML response
//   }
//
// Pure function of its input; thread-safe.

#ifndef ARTEXT_WARC_HTML_PAYLOAD_H_
#define ARTEXT_WARC_HTML_PAYLOAD_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "warc/warc_reader.h"

namespace artext::warc {

struct HtmlPayload {
  int status = 0;          // HTTP status; callers usually want 200..299
  std::string media_type;  // "text/html" or "application/xhtml+xml"
  std::string charset;     // HTTP Content-Type charset, lowercased, or empty
  std::string body;        // the decoded entity body: the page's bytes
  std::string url;         // WARC-Target-URI
  std::string warc_date;   // WARC-Date: the capture time, a fallback date
  std::string record_id;   // WARC-Record-ID
  uint64_t offset = 0;     // Record::offset
  // The record carries WARC-Truncated, or the body ended before its coding
  // did (a partial page: extraction may still work).
  bool truncated = false;
};

enum class Kind {
  kHtml,   // *out holds the page
  kSkip,   // not an HTML response (request, metadata, revisit, an image...)
  kError,  // an HTML response that cannot be decoded; *err says why
};

// True for the media types artext extracts from: text/html and
// application/xhtml+xml. Expects a lowercased type/subtype.
bool IsHtmlMediaType(std::string_view media_type);

// Classifies `rec` and, for an HTML response, fills *out. A response is HTML
// when its HTTP Content-Type says so or, lacking one, its
// WARC-Identified-Payload-Type (added by Common Crawl) does. A response
// whose HTTP head cannot be parsed is an error, since it cannot be
// classified. Bodies decoding to more than `max_body_bytes` are errors.
// REQUIRES: rec is a good record (Reader::Next gave no error).
Kind ToHtmlPayload(const Record& rec, HtmlPayload* out, std::string* err,
                   size_t max_body_bytes = kMaxRecordBytes);

}  // namespace artext::warc

#endif  // ARTEXT_WARC_HTML_PAYLOAD_H_
