// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Library-internal entry points, for tools that must run exactly the passes
// of artext::Extract with one knob changed (bench/prescan_check compares the
// output with and without the prescan). Not part of the public API.

#ifndef ARTEXT_EXTRACT_INTERNAL_H_
#define ARTEXT_EXTRACT_INTERNAL_H_

#include <string_view>

#include "artext/article.h"
#include "artext/options.h"
#include "artext/status.h"
#include "dom/document.h"

namespace artext::internal {

// artext::Extract with the parser's options given instead of derived from
// `options` (Extract sets only max_depth from Options::max_nesting_depth).
Status ExtractWithParseOptions(std::string_view bytes, const Options& options,
                               const dom::ParseOptions& parse_options,
                               Article* out);

}  // namespace artext::internal

#endif  // ARTEXT_EXTRACT_INTERNAL_H_
