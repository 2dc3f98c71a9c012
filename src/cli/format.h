// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The command line's output formats (-f): their names, the file suffix
// each gets under --output-dir, and rendering an Article in one. JSON Lines
// is a property of the command line's batch runs, not of the library, so
// the format list lives here rather than in include/artext/output.h.

#ifndef ARTEXT_CLI_FORMAT_H_
#define ARTEXT_CLI_FORMAT_H_

#include <string>
#include <utility>
#include <vector>

#include "artext/output.h"

namespace artext::cli {

enum class Format { kJson, kJsonl, kText, kMarkdown, kHtml, kWhy };

// Each format's name on the command line (-f), in the order --help lists
// them. main.cc hands the table to CLI11, which checks and converts.
const std::vector<std::pair<std::string, Format>>& FormatNames();

// ".json", ".jsonl", ".txt", ".md", ".html", ".why.html".
const char* FormatSuffix(Format format);

// Whether the format is one of the two JSON ones (the ones that can carry
// "source" and error records).
inline bool IsJson(Format format) {
  return format == Format::kJson || format == Format::kJsonl;
}

// Serialise in the given format (JSON Lines is compact JSON). The text
// formats lose the page's control characters here, at the boundary.
std::string Render(const Article& article, Format format,
                   const OutputOptions& options);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_FORMAT_H_
