// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The library's entry point: raw page bytes in, an Article out.
//
//   artext::Article article;
//   artext::Status s = artext::Extract(bytes, options, &article);
//   if (!s.ok()) std::cerr << s.ToString() << "\n";
//
// Extract does no file or network I/O and touches no global mutable state:
// any number of threads may call it at once on different inputs.

#ifndef ARTEXT_EXTRACT_H_
#define ARTEXT_EXTRACT_H_

#include <string_view>

#include "artext/article.h"
#include "artext/export.h"
#include "artext/options.h"
#include "artext/status.h"
#include "artext/version.h"

namespace artext {

// Decodes `bytes` (any charset), parses them as HTML and extracts the article.
// On success *out is replaced; on error *out is left unspecified. Errors:
// TooLarge (over Options::max_input_bytes), NotHtml (empty, whitespace only,
// an image, a PDF, an archive, binary bytes: see src/input/sniff.h) and
// Timeout (over Options::timeout_seconds).
// REQUIRES: out != nullptr.
ARTEXT_EXPORT Status Extract(std::string_view bytes, const Options& options, Article* out);

// The library's version, "MAJOR.MINOR.PATCH": that of the libartext.so
// loaded, which may be newer than ARTEXT_VERSION of the headers compiled.
ARTEXT_EXPORT const char* Version();

}  // namespace artext

#endif  // ARTEXT_EXTRACT_H_
