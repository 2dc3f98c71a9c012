// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/format.h"

namespace artext::cli {

bool ParseFormat(std::string_view name, Format* out) {
  if (name == "json") *out = Format::kJson;
  else if (name == "jsonl") *out = Format::kJsonl;
  else if (name == "text") *out = Format::kText;
  else if (name == "markdown") *out = Format::kMarkdown;
  else if (name == "html") *out = Format::kHtml;
  else return false;
  return true;
}

const char* FormatSuffix(Format format) {
  switch (format) {
    case Format::kJson: return ".json";
    case Format::kJsonl: return ".jsonl";
    case Format::kText: return ".txt";
    case Format::kMarkdown: return ".md";
    case Format::kHtml: return ".html";
  }
  return ".json";
}

}  // namespace artext::cli
