// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Output format names as the command line spells them, and the file suffix
// each format gets under --output-dir.

#ifndef ARTEXT_CLI_FORMAT_H_
#define ARTEXT_CLI_FORMAT_H_

#include <string>
#include <utility>
#include <vector>

#include "artext/output.h"

namespace artext::cli {

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

}  // namespace artext::cli

#endif  // ARTEXT_CLI_FORMAT_H_
