// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/format.h"

namespace artext::cli {

const std::vector<std::pair<std::string, Format>>& FormatNames() {
  static const auto* names = new std::vector<std::pair<std::string, Format>>{
      {"json", Format::kJson},
      {"jsonl", Format::kJsonl},
      {"text", Format::kText},
      {"markdown", Format::kMarkdown},
      {"html", Format::kHtml},
      {"why", Format::kWhy},
  };
  return *names;
}

const char* FormatSuffix(Format format) {
  switch (format) {
    case Format::kJson: return ".json";
    case Format::kJsonl: return ".jsonl";
    case Format::kText: return ".txt";
    case Format::kMarkdown: return ".md";
    case Format::kHtml: return ".html";
    // Beside the .html of -f html, which a second run may write.
    case Format::kWhy: return ".why.html";
  }
  return ".json";
}

}  // namespace artext::cli
