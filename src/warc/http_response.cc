// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "warc/http_response.h"

#include "util/text.h"

namespace artext::warc {
namespace {

// Charset labels are short ASCII tokens ("windows-1252", "shift_jis"); the
// longest in the WHATWG Encoding Standard has 19 characters.
constexpr size_t kMaxCharsetLength = 40;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsCharsetChar(char c) {
  return (c >= 'a' && c <= 'z') || IsDigit(c) || c == '-' || c == '_' ||
         c == '.' || c == ':' || c == '+';
}

// "HTTP/1.1 200 OK" -> 200. The reason phrase is optional.
bool ParseStatusLine(std::string_view line, int* status) {
  constexpr std::string_view kPrefix = "HTTP/";
  if (line.substr(0, kPrefix.size()) != kPrefix) return false;
  size_t i = kPrefix.size();
  if (i >= line.size() || !IsDigit(line[i])) return false;
  while (i < line.size() && (IsDigit(line[i]) || line[i] == '.')) ++i;
  if (i >= line.size() || line[i] != ' ') return false;
  while (i < line.size() && line[i] == ' ') ++i;
  if (i + 3 > line.size() || !IsDigit(line[i]) || !IsDigit(line[i + 1]) ||
      !IsDigit(line[i + 2])) {
    return false;
  }
  if (i + 3 < line.size() && line[i + 3] != ' ') return false;
  int value = (line[i] - '0') * 100 + (line[i + 1] - '0') * 10 +
              (line[i + 2] - '0');
  if (value < 100) return false;
  *status = value;
  return true;
}

}  // namespace

void ParseContentType(std::string_view value, std::string* media_type,
                      std::string* charset) {
  media_type->clear();
  charset->clear();
  size_t semi = value.find(';');
  *media_type = util::AsciiLower(TrimOws(value.substr(0, semi)));
  if (media_type->find('/') == std::string::npos) media_type->clear();
  while (semi != std::string_view::npos) {
    value = value.substr(semi + 1);
    semi = value.find(';');
    std::string_view param = value.substr(0, semi);
    size_t eq = param.find('=');
    if (eq == std::string_view::npos) continue;
    if (!util::EqualsIgnoreCase(TrimOws(param.substr(0, eq)), "charset")) {
      continue;
    }
    std::string_view label = TrimOws(param.substr(eq + 1));
    if (label.size() >= 2 && (label.front() == '"' || label.front() == '\'') &&
        label.back() == label.front()) {
      label = label.substr(1, label.size() - 2);
    }
    std::string lower = util::AsciiLower(TrimOws(label));
    bool plausible = !lower.empty() && lower.size() <= kMaxCharsetLength;
    for (char c : lower) plausible = plausible && IsCharsetChar(c);
    if (plausible) *charset = std::move(lower);
    return;  // the first charset parameter decides
  }
}

bool ParseHttpHead(std::string_view block, HttpResponse* out,
                   std::string* err) {
  *out = HttpResponse();
  size_t line_end = block.find('\n');
  if (line_end == std::string_view::npos) {
    *err = "HTTP response has no status line";
    return false;
  }
  std::string_view status_line = block.substr(0, line_end);
  if (!status_line.empty() && status_line.back() == '\r') {
    status_line.remove_suffix(1);
  }
  if (!ParseStatusLine(status_line, &out->status)) {
    *err = "malformed HTTP status line";
    return false;
  }
  // The head ends at the first empty line (CRLF CRLF, or LF LF from sloppy
  // servers).
  size_t fields_start = line_end + 1;
  size_t pos = fields_start;
  size_t head_end = std::string_view::npos;
  while (pos < block.size() && pos <= kMaxHttpHeadBytes) {
    size_t nl = block.find('\n', pos);
    if (nl == std::string_view::npos) {
      pos = block.size();  // the last field has no line end
      break;
    }
    if (nl == pos || (nl == pos + 1 && block[pos] == '\r')) {
      head_end = pos;
      out->body_offset = nl + 1;
      break;
    }
    pos = nl + 1;
  }
  if (head_end == std::string_view::npos) {
    // No blank line: the whole block is the head (a response archived
    // without a body, e.g. to a HEAD request), unless it is far too long.
    if (pos > kMaxHttpHeadBytes) {
      *err = "HTTP head too long";
      return false;
    }
    head_end = block.size();
    out->body_offset = block.size();
  }
  if (!ParseHeaderLines(block.substr(fields_start, head_end - fields_start),
                        &out->headers, err)) {
    *err = "bad HTTP header: " + *err;
    return false;
  }
  // Fetch's "extract a MIME type" lets the last Content-Type win.
  if (const std::string* type = FindLastHeader(out->headers, "Content-Type")) {
    ParseContentType(*type, &out->media_type, &out->charset);
  }
  if (const std::string* enc = FindHeader(out->headers, "Content-Encoding")) {
    out->content_encoding = util::AsciiLower(*enc);
  }
  if (const std::string* te = FindLastHeader(out->headers,
                                             "Transfer-Encoding")) {
    std::string lower = util::AsciiLower(TrimOws(*te));
    constexpr std::string_view kChunked = "chunked";
    out->chunked = lower.size() >= kChunked.size() &&
                   lower.compare(lower.size() - kChunked.size(),
                                 kChunked.size(), kChunked) == 0;
  }
  return true;
}

}  // namespace artext::warc
