// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// What an input holds: one HTML page, a WARC file of many records, or a
// JSON Lines stream of {"url", "html"} records. --input-format chooses; in
// the default "auto" mode a file's name decides (.warc, .warc.gz are web
// archives), and stdin is a page.

#ifndef ARTEXT_CLI_INPUT_FORMAT_H_
#define ARTEXT_CLI_INPUT_FORMAT_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace artext::cli {

enum class InputFormat { kAuto, kHtml, kWarc, kJsonl };

// Each input format's name on the command line (--input-format), in the
// order --help lists them. main.cc hands the table to CLI11.
const std::vector<std::pair<std::string, InputFormat>>& InputFormatNames();

// True for names ending in ".warc" or ".warc.gz" (any case).
bool IsWarcName(std::string_view path);

// What `path` holds under `format`: never kAuto.
InputFormat FormatOfInput(std::string_view path, InputFormat format);

// The directory-walk patterns for a format when no --glob is given: pages
// (auto adds web archives; MatchesGlobs also takes NAME.gz for each).
std::vector<std::string> DefaultGlobs(InputFormat format);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_INPUT_FORMAT_H_
