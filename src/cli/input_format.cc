// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/input_format.h"

#include "cli/inputs.h"
#include "util/text.h"

namespace artext::cli {

const std::vector<std::pair<std::string, InputFormat>>& InputFormatNames() {
  static const auto* names =
      new std::vector<std::pair<std::string, InputFormat>>{
          {"auto", InputFormat::kAuto},
          {"html", InputFormat::kHtml},
          {"warc", InputFormat::kWarc},
          {"jsonl", InputFormat::kJsonl},
      };
  return *names;
}

bool IsWarcName(std::string_view path) {
  return util::EndsWithIgnoreCase(path, ".warc") || util::EndsWithIgnoreCase(path, ".warc.gz");
}

InputFormat FormatOfInput(std::string_view path, InputFormat format) {
  if (format != InputFormat::kAuto) return format;
  // stdin has no name: it is a page unless the format is given.
  return path != "-" && IsWarcName(path) ? InputFormat::kWarc
                                         : InputFormat::kHtml;
}

std::vector<std::string> DefaultGlobs(InputFormat format) {
  std::vector<std::string> globs;
  if (format == InputFormat::kWarc) return {"*.warc"};
  if (format == InputFormat::kJsonl) return {"*.jsonl"};
  for (const char* g : kDefaultGlobs) globs.emplace_back(g);
  if (format == InputFormat::kAuto) globs.emplace_back("*.warc");
  return globs;
}

}  // namespace artext::cli
