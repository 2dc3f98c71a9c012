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

std::string Render(const Article& article, Format format,
                   const OutputOptions& options) {
  switch (format) {
    case Format::kJson: return ToJson(article, options);
    case Format::kJsonl: {
      OutputOptions compact = options;
      compact.pretty = false;
      return ToJson(article, compact);
    }
    // Every To* function drops control characters itself, so library and
    // Python users get the same output as the command line.
    case Format::kText: return ToText(article);
    case Format::kMarkdown: return ToMarkdown(article);
    case Format::kHtml: return ToHtml(article);
    case Format::kWhy: return ToWhyHtml(article);
  }
  return ToJson(article, options);
}

}  // namespace artext::cli
