// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The head of an HTTP/1.x response as archived in a WARC response record:
// status line and header fields, with the few values a page extractor needs
// (media type, charset, content and transfer codings) pulled out.

#ifndef ARTEXT_WARC_HTTP_RESPONSE_H_
#define ARTEXT_WARC_HTTP_RESPONSE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "warc/header_fields.h"

namespace artext::warc {

// An HTTP head longer than this is taken for garbage. Servers refuse far
// smaller ones (nginx and Apache default to 8 KiB per header field); the
// margin allows pages with huge cookies or policies.
constexpr size_t kMaxHttpHeadBytes = 256u << 10;

struct HttpResponse {
  int status = 0;        // 100..999
  HeaderFields headers;  // as sent, in order
  // The Content-Type's type/subtype, lowercased ("text/html"); empty when
  // there is no Content-Type.
  std::string media_type;
  // The Content-Type's charset parameter, lowercased, unquoted ("utf-8");
  // empty when absent or not a plausible label.
  std::string charset;
  // Content-Encoding, lowercased ("gzip", "gzip, br"); empty when absent.
  std::string content_encoding;
  bool chunked = false;    // Transfer-Encoding ends with "chunked"
  size_t body_offset = 0;  // where the body starts in the parsed block
};

// Parses the status line ("HTTP/1.1 200 OK"; any HTTP/<digit> version is
// accepted, as some archivers record HTTP/2 responses that way) and the
// header fields at the start of `block`, up to the blank line. Lines may end
// in CRLF or LF. Returns false and sets *err when the head is malformed,
// missing its blank line, or longer than kMaxHttpHeadBytes.
bool ParseHttpHead(std::string_view block, HttpResponse* out,
                   std::string* err);

// Splits a Content-Type value ("text/html; charset=\"UTF-8\"") into its
// lowercased media type and charset parameter. Either may come out empty.
void ParseContentType(std::string_view value, std::string* media_type,
                      std::string* charset);

}  // namespace artext::warc

#endif  // ARTEXT_WARC_HTTP_RESPONSE_H_
