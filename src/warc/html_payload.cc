// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "warc/html_payload.h"

#include "util/text.h"
#include "warc/header_fields.h"
#include "warc/http_body.h"
#include "warc/http_response.h"

namespace artext::warc {

bool IsHtmlMediaType(std::string_view media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

Kind ToHtmlPayload(const Record& rec, HtmlPayload* out, std::string* err,
                   size_t max_body_bytes) {
  *out = HtmlPayload();
  err->clear();
  if (!util::EqualsIgnoreCase(rec.type, "response")) return Kind::kSkip;
  // Responses to other protocols (dns:, ftp:...) are not HTTP messages.
  if (!rec.content_type.empty()) {
    std::string warc_media, ignored;
    ParseContentType(rec.content_type, &warc_media, &ignored);
    if (warc_media != "application/http") return Kind::kSkip;
  }

  HttpResponse head;
  if (!ParseHttpHead(rec.block, &head, err)) return Kind::kError;
  std::string media_type = head.media_type;
  if (media_type.empty()) {
    if (const std::string* identified =
            FindHeader(rec.headers, "WARC-Identified-Payload-Type")) {
      std::string ignored;
      ParseContentType(*identified, &media_type, &ignored);
    }
  }
  if (!IsHtmlMediaType(media_type)) return Kind::kSkip;

  bool incomplete = false;
  if (!DecodeHttpBody(head, rec.block, max_body_bytes, &out->body,
                      &incomplete, err)) {
    return Kind::kError;
  }
  out->status = head.status;
  out->media_type = std::move(media_type);
  out->charset = std::move(head.charset);
  out->url = rec.target_uri;
  out->warc_date = rec.date;
  out->record_id = rec.record_id;
  out->offset = rec.offset;
  out->truncated =
      incomplete || FindHeader(rec.headers, "WARC-Truncated") != nullptr;
  return Kind::kHtml;
}

}  // namespace artext::warc
