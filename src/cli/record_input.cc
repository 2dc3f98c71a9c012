// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/record_input.h"

#include <nlohmann/json.hpp>

#include "cli/base64.h"
#include "util/json_bounded.h"
#include "warc/html_payload.h"

namespace artext::cli {
namespace {

std::string DisplayPath(const std::string& path) {
  return path == "-" ? "stdin" : path;
}

PageResult Failed(std::string source, std::string warc_record_id,
                  std::string error, std::string kind) {
  PageResult r;
  r.error_kind = std::move(kind);
  r.outcome = PageOutcome::kFailed;
  r.source = std::move(source);
  r.warc_record_id = std::move(warc_record_id);
  r.error = std::move(error);
  return r;
}

}  // namespace

std::string WarcSource(const std::string& path, uint64_t offset) {
  return DisplayPath(path) + "@" + std::to_string(offset);
}

std::string LineSource(const std::string& path, size_t line) {
  return DisplayPath(path) + ":" + std::to_string(line);
}

PageResult ProcessWarcRecord(const warc::Record& record,
                             const std::string& path, const PageJob& job) {
  std::string source = WarcSource(path, record.offset);
  warc::HtmlPayload payload;
  std::string err;
  warc::Kind kind;
  try {
    kind = warc::ToHtmlPayload(record, &payload, &err,
                               job.options.max_input_bytes);
  } catch (const std::bad_alloc&) {
    return Failed(source, record.record_id, "out of memory", "internal");
  }
  if (kind == warc::Kind::kSkip) {
    PageResult r;
    r.outcome = PageOutcome::kNotHtml;
    r.source = std::move(source);
    return r;
  }
  if (kind == warc::Kind::kError) {
    return Failed(source, record.record_id, "WARC record: " + err, "warc");
  }
  if (payload.status < 200 || payload.status > 299) {
    return Failed(source, record.record_id,
                  "HTTP status " + std::to_string(payload.status), "http_status");
  }
  RecordPage page;
  page.source = std::move(source);
  page.warc_record_id = std::move(payload.record_id);
  page.bytes = std::move(payload.body);
  page.url = std::move(payload.url);
  page.transport_charset = std::move(payload.charset);
  page.fallback_date = std::move(payload.warc_date);
  return ProcessRecordPage(page, job);
}

Status JsonLineToPage(std::string_view line, RecordPage* page) {
  util::JsonShape shape;
  nlohmann::json j = util::ParseJsonBounded(line, &shape);
  if (shape != util::JsonShape::kWithinBounds) {
    return Status::InvalidArgument(util::JsonShapeError(shape));
  }
  if (j.is_discarded() || !j.is_object()) {
    return Status::InvalidArgument("not a JSON object");
  }
  auto text = [&](const char* key, std::string* out) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return Status::Ok();
    if (!it->is_string()) {
      return Status::InvalidArgument(std::string("\"") + key +
                                     "\" is not a string");
    }
    *out = it->get<std::string>();
    return Status::Ok();
  };
  std::string base64;
  for (Status s : {text("url", &page->url),
                   text("charset", &page->transport_charset),
                   text("html", &page->bytes), text("html_base64", &base64)}) {
    if (!s.ok()) return s;
  }
  if (j.contains("html_base64") && !j["html_base64"].is_null()) {
    if (!DecodeBase64(base64, &page->bytes)) {
      return Status::InvalidArgument("\"html_base64\" is not base64");
    }
  } else if (!j.contains("html") || j["html"].is_null()) {
    return Status::InvalidArgument("no \"html\" or \"html_base64\"");
  }
  return Status::Ok();
}

PageResult ProcessJsonLine(std::string_view line, const std::string& source,
                           const PageJob& job) {
  RecordPage page;
  Status s;
  try {
    s = JsonLineToPage(line, &page);
  } catch (const std::exception& e) {  // bad_alloc, or a JSON type error
    s = Status::InvalidArgument(e.what());
  }
  if (!s.ok()) return Failed(source, "", s.message(), ErrorKind(s));
  page.source = source;
  return ProcessRecordPage(page, job);
}

}  // namespace artext::cli
