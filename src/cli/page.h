// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// One input of a run, start to finish: read (gunzip), extract (within the
// time budget, Options::timeout_seconds), render, and under --output-dir
// write the file. Runs on a worker thread; everything it needs is in
// PageJob, which is shared read-only.

#ifndef ARTEXT_CLI_PAGE_H_
#define ARTEXT_CLI_PAGE_H_

#include <string>
#include <vector>

#include "artext/options.h"
#include "artext/output.h"
#include "cli/format.h"
#include "cli/inputs.h"

namespace artext::cli {

struct PageJob {
  Options options;
  OutputOptions output_options;
  Format format = Format::kJson;  // as rendered (kJsonl in JSON Lines runs)
  bool add_source = false;        // JSON: put "source" first in the record
  bool skip_existing = false;     // skip inputs whose output file exists
  // --articles-only: a page that is not an article is written as a short
  // record {"source", "page_type", "skipped"} (JSON), or nothing (other
  // formats), so that every input still has exactly one record.
  bool articles_only = false;
};

// kNotHtml: a WARC record that holds no HTML page (a request, an image...),
// skipped and only counted.
enum class PageOutcome { kArticle, kNotArticle, kFailed, kSkipped, kNotHtml };

struct PageResult {
  PageOutcome outcome = PageOutcome::kFailed;
  // The rendered article; with --output-dir it has already been written to
  // output_path and this is empty.
  std::string output;
  std::string error;               // the reason, when kFailed
  // Its class, for error records (docs/schema.json): "not_html",
  // "too_large", "io", "timeout", "warc", "http_status", "invalid_input", "internal".
  std::string error_kind = "internal";
  bool skipped_record = false;     // --articles-only: output is the skip record
  // --articles-only in a text format (text, Markdown, HTML): the page is
  // not an article and nothing was written for it, no --output-dir file
  // either (an empty file would pass for an extraction that found nothing).
  bool not_written = false;
  std::string page_type;           // of a not_written page, for the notice
  std::vector<std::string> debug;  // --debug notes, for non-JSON formats
  // Printed on stderr: the output was cut to its bound (RenderWithin).
  std::string warning;
  // What names the input in diagnostics and error records: the path, or for
  // a record "file@offset" / "file:line"; and the WARC-Record-ID, if any.
  std::string source;
  std::string warc_record_id;
};

// A page that is one record of a larger input (a WARC response, a line of a
// JSON Lines stream) rather than a file of its own.
struct RecordPage {
  std::string source;          // "file@offset", "stdin:12"
  std::string warc_record_id;  // empty outside WARC
  std::string bytes;           // the page as served
  std::string url;             // WARC-Target-URI, or the record's "url"
  std::string transport_charset;  // HTTP Content-Type charset
  // WARC only: the address and time of the capture (WARC-Target-URI,
  // WARC-Date), reported as "capture_url" and "capture_date", apart from
  // the article's own "url" and "date_published": a capture time is not a
  // publication date.
  std::string capture_url;
  std::string capture_date;
};

// Processes one input. output_path is empty unless the result goes to a file
// of its own (--output-dir). Never throws.
PageResult ProcessPage(const Input& input, const std::string& output_path,
                       const PageJob& job);

// Extracts and renders a record's page (JSON outputs carry "source",
// "warc_record_id", "capture_url" and "capture_date" first, those that
// are known). Never throws.
PageResult ProcessRecordPage(const RecordPage& page, const PageJob& job);

// The JSON Lines error record {"source","error","error_kind",
// "schema_version"}, newline-terminated, with "warc_record_id" after
// "source" when it is not empty.
std::string ErrorRecord(const std::string& source, const std::string& error,
                        const std::string& error_kind,
                        const std::string& warc_record_id = "");

// The error_kind of a failed Status (see PageResult::error_kind). An I/O
// error, which the library has no code for, is "io" (io::IoStatus).
const char* ErrorKind(const Status& s);

// A failed library Status as the command line prints it: "<kind>:
// <message>", plus the option that sets the limit it ran over. The library
// names no command-line flag; the CLI adds "(--max-bytes)" to TooLarge and
// "(--timeout)" to Timeout.
std::string ErrorText(const Status& s);

// Puts "source" (and "warc_record_id" when not empty) as the first keys of a
// rendered compact JSON object.
std::string AddSource(const std::string& source, const std::string& json,
                      const std::string& warc_record_id = "");

}  // namespace artext::cli

#endif  // ARTEXT_CLI_PAGE_H_
