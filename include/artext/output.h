// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Serialisation of an Article. Pure functions; they never throw (invalid
// UTF-8 is replaced by U+FFFD on output).

#ifndef ARTEXT_OUTPUT_H_
#define ARTEXT_OUTPUT_H_

#include <cstddef>
#include <string>

#include "artext/article.h"
#include "artext/export.h"

namespace artext {

// The version of docs/schema.json, written as "schema_version" on every
// JSON record (article, error, skip). Raised when a key changes meaning or
// goes away; new keys do not raise it.
inline constexpr int kSchemaVersion = 1;

struct OutputOptions {
  bool pretty = true;    // JSON: indent two spaces; false: one line
  bool explain = false;  // JSON: add the "provenance" object
  bool debug = false;    // JSON: add the "debug" list
};

// The documented JSON schema (docs/schema.json): every key always present.
ARTEXT_EXPORT std::string ToJson(const Article& article, const OutputOptions& options);
// Headline, "By ..." line, date line, blank line, blocks separated by blank
// lines. Ends with a newline.
ARTEXT_EXPORT std::string ToText(const Article& article);
ARTEXT_EXPORT std::string ToMarkdown(const Article& article);
// A minimal, clean, standalone HTML document of the article.
ARTEXT_EXPORT std::string ToHtml(const Article& article);

// The `--why` view: one self-contained HTML page (inline CSS, no scripts, no
// links, the page's text escaped) showing every text block of the page
// coloured by where it went, with the rule that decided. Needs
// Article::trace (Options::why); without it, says so.
ARTEXT_EXPORT std::string ToWhyHtml(const Article& article);

}  // namespace artext

#endif  // ARTEXT_OUTPUT_H_
