// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/page.h"

#include <cstdio>
#include <filesystem>
#include <new>

#include <nlohmann/json.hpp>

#include "artext/extract.h"
#include "cli/bounded_output.h"
#include "cli/writer.h"
#include "io/read_file.h"
#include "util/url.h"

namespace artext::cli {
namespace {

std::string JsonString(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false,
                                nlohmann::json::error_handler_t::replace);
}


PageResult Failed(std::string error, std::string kind) {
  PageResult r;
  r.outcome = PageOutcome::kFailed;
  r.error = std::move(error);
  r.error_kind = std::move(kind);
  return r;
}

PageResult Failed(const Status& s) {
  return Failed(ErrorText(s), ErrorKind(s));
}

// I/O errors read best without their kind ("x.html: Permission denied").
PageResult Failed(const io::IoStatus& s) {
  if (s.io_error()) return Failed(s.message(), "io");
  return Failed(s.status());
}

bool IsJsonFormat(Format f) { return f == Format::kJson || f == Format::kJsonl; }

PageResult ExtractAndRender(std::string_view bytes, const Options& options,
                            const PageJob& job);

PageResult Process(const Input& input, const std::string& output_path,
                   const PageJob& job) {
  if (!input.error.empty()) return Failed(input.error, "io");
  if (job.skip_existing && !output_path.empty()) {
    std::error_code ec;
    if (std::filesystem::exists(output_path, ec)) {
      PageResult r;
      r.outcome = PageOutcome::kSkipped;
      return r;
    }
  }
  std::string bytes;
  io::IoStatus s =
      io::ReadFile(input.path, job.options.max_input_bytes, &bytes);
  if (!s.ok()) return Failed(s);

  PageResult r = ExtractAndRender(bytes, job.options, job);
  if (r.outcome == PageOutcome::kFailed) return r;
  if (job.add_source || r.skipped_record) {
    r.output = AddSource(input.path, r.output);
  }
  if (!output_path.empty() && !r.not_written) {
    s = WriteFileAtomically(output_path, r.output, /*make_parents=*/true);
    r.output.clear();
    if (!s.ok()) return Failed("cannot write output: " + s.message(), "io");
  }
  return r;
}

PageResult ExtractAndRender(std::string_view bytes, const Options& options,
                            const PageJob& job) {
  Article article;
  // A page address that is not http(s) ("javascript:...", from --url, a
  // JSON Lines "url" or a WARC-Target-URI) is no address: it must neither be
  // reported nor resolve the page's links and pictures against itself.
  const Options* use = &options;
  Options web_only;
  if (!options.url.empty() && !util::IsWebUrl(options.url)) {
    web_only = options;
    web_only.url.clear();
    use = &web_only;
  }
  // Over --timeout, Extract stops at its next pass and returns Timeout.
  Status s = Extract(bytes, *use, &article);
  if (!s.ok()) return Failed(s);

  PageResult r;
  r.outcome =
      article.is_article ? PageOutcome::kArticle : PageOutcome::kNotArticle;
  if (job.articles_only && !article.is_article) {
    // JSON keeps one record per input; AddSource puts "source" first.
    if (IsJsonFormat(job.format)) {
      nlohmann::json skip = {{"page_type", PageTypeName(article.page_type)},
                             {"skipped", "not an article"},
                             {"schema_version", kSchemaVersion}};
      r.output = skip.dump() + "\n";
      r.skipped_record = true;
    } else {
      r.not_written = true;
      r.page_type = PageTypeName(article.page_type);
    }
    return r;
  }
  // Output is bounded by the input (4x + 64 KiB, output.h): past it the
  // body is cut at a block boundary, and the output and a warning say so.
  BoundedOutput out = RenderWithin(article, job.format, job.output_options,
                                   OutputLimit(bytes.size()));
  if (!out.fits) {
    return Failed("output too large: over " +
                      std::to_string(OutputLimit(bytes.size())) +
                      " bytes even without the body (4 times the input + 64 KiB)",
                  "internal");
  }
  r.output = std::move(out.output);
  if (out.blocks_left_out > 0) {
    r.warning = "output truncated to stay within 4 times the input: the last " +
                std::to_string(out.blocks_left_out) + " of " +
                std::to_string(out.blocks) + " body blocks left out";
  }
  if (job.output_options.debug && job.format != Format::kJson &&
      job.format != Format::kJsonl) {
    r.debug = std::move(article.debug);
  }
  return r;
}

// `keys` ("\"a\":1,\"b\":2,", each with its comma) as the first keys of
// a rendered compact JSON object; anything else is returned as it is.
std::string PrependKeys(std::string keys, const std::string& json) {
  if (keys.empty() || json.empty() || json[0] != '{') return json;
  if (json.size() > 1 && json[1] == '}') keys.pop_back();
  return "{" + keys + json.substr(1);
}

// Puts "capture_url" and "capture_date" (those known) as the first keys
// of a rendered compact JSON object. The capture URL passes the same
// safety check as every URL artext writes.
std::string AddCapture(const RecordPage& page, const std::string& json) {
  if (json.empty() || json[0] != '{') return json;
  std::string keys;
  if (std::string url = util::SafeLinkUrl(page.capture_url);
      util::IsWebUrl(url)) {
    keys += "\"capture_url\":" + JsonString(url) + ",";
  }
  if (!page.capture_date.empty()) {
    keys += "\"capture_date\":" + JsonString(page.capture_date) + ",";
  }
  return PrependKeys(keys, json);
}

PageResult ProcessRecord(const RecordPage& page, const PageJob& job) {
  if (page.bytes.size() > job.options.max_input_bytes) {
    return Failed(Status::InputTooLarge("page", job.options.max_input_bytes));
  }
  Options options = job.options;
  // --url and --charset given on the command line still win: they are the
  // user's word against the archive's.
  if (options.url.empty()) options.url = page.url;
  options.transport_charset = page.transport_charset;
  PageResult r = ExtractAndRender(page.bytes, options, job);
  if (r.outcome != PageOutcome::kFailed && IsJsonFormat(job.format)) {
    r.output = AddSource(page.source, AddCapture(page, r.output),
                         page.warc_record_id);
  }
  return r;
}

// Runs one page's work so that nothing it throws ends the run: out of
// memory on one huge page, or a library exception, is that page's error.
template <typename Work>
PageResult Guarded(Work&& work) {
  try {
    return work();
  } catch (const std::bad_alloc&) {
    return Failed("out of memory", "internal");
  } catch (const std::exception& e) {
    return Failed(std::string("internal error: ") + e.what(), "internal");
  }
}

}  // namespace

PageResult ProcessPage(const Input& input, const std::string& output_path,
                       const PageJob& job) {
  PageResult r = Guarded([&] { return Process(input, output_path, job); });
  r.source = input.path;
  return r;
}

PageResult ProcessRecordPage(const RecordPage& page, const PageJob& job) {
  PageResult r = Guarded([&] { return ProcessRecord(page, job); });
  r.source = page.source;
  r.warc_record_id = page.warc_record_id;
  return r;
}

std::string ErrorRecord(const std::string& source, const std::string& error,
                        const std::string& error_kind,
                        const std::string& warc_record_id) {
  return AddSource(source,
                   "{\"error\":" + JsonString(error) +
                       ",\"error_kind\":" + JsonString(error_kind) +
                       ",\"schema_version\":" +
                       std::to_string(kSchemaVersion) + "}",
                   warc_record_id) +
         "\n";
}

const char* ErrorKind(const Status& s) {
  switch (s.code()) {
    case Status::Code::kNotHtml: return "not_html";
    case Status::Code::kTooLarge: return "too_large";
    case Status::Code::kTimeout: return "timeout";
    case Status::Code::kInvalidArgument: return "invalid_input";
    case Status::Code::kOk:
    case Status::Code::kInternal: break;
  }
  return "internal";
}

std::string ErrorText(const Status& s) {
  switch (s.code()) {
    case Status::Code::kTooLarge: return s.ToString() + " (--max-bytes)";
    case Status::Code::kTimeout: return s.ToString() + " (--timeout)";
    default: return s.ToString();
  }
}

std::string AddSource(const std::string& source, const std::string& json,
                      const std::string& warc_record_id) {
  std::string keys = "\"source\":" + JsonString(source) + ",";
  if (!warc_record_id.empty()) {
    keys += "\"warc_record_id\":" + JsonString(warc_record_id) + ",";
  }
  return PrependKeys(keys, json);
}

}  // namespace artext::cli
