// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Pages that arrive as records of a larger input: WARC response records and
// lines of a JSON Lines stream ({"url": ..., "html": ...} or
// {"url": ..., "html_base64": ...}). Each becomes exactly one result: an
// article, an error, or (WARC only) a skipped record that holds no HTML.
// Pure functions; run on worker threads.

#ifndef ARTEXT_CLI_RECORD_INPUT_H_
#define ARTEXT_CLI_RECORD_INPUT_H_

#include <string>
#include <string_view>

#include "artext/status.h"
#include "cli/page.h"
#include "warc/warc_reader.h"

namespace artext::cli {

// "file@offset": where a WARC record is, for people and for seeking back.
// stdin is "stdin".
std::string WarcSource(const std::string& path, uint64_t offset);

// "file:line" for a JSON Lines record ("stdin:3").
std::string LineSource(const std::string& path, size_t line);

// Extracts the page of a WARC response record with an HTML content type:
// WARC-Target-URI is the URL, the HTTP charset the transport charset,
// WARC-Date the fallback date. Other records give kNotHtml. An HTML response
// that cannot be decoded, or whose HTTP status is not 2xx (an error page or
// a redirect, not the article), gives an error.
PageResult ProcessWarcRecord(const warc::Record& record,
                             const std::string& path, const PageJob& job);

// Turns one JSON Lines record into a page. Fails with InvalidArgument when
// the line is not a JSON object with a string "html" or "html_base64",
// saying why. "url" (optional) is the page's address; "charset" (optional)
// the transport charset of "html_base64"'s bytes ("html" is a string,
// already decoded, and read as UTF-8). NaN and lone surrogate escapes are
// repaired (RepairJsonLine), not fatal.
Status JsonLineToPage(std::string_view line, RecordPage* page);

// JsonLineToPage, then ProcessRecordPage; errors become error results.
PageResult ProcessJsonLine(std::string_view line, const std::string& source,
                           const PageJob& job);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_RECORD_INPUT_H_
