// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Escaping text for HTML element content and quoted attribute values: the
// one escape the HTML outputs share.

#ifndef ARTEXT_OUTPUT_HTML_ESCAPE_H_
#define ARTEXT_OUTPUT_HTML_ESCAPE_H_

#include <string>
#include <string_view>

namespace artext::output {

// & < > " ' as character references; everything else as is.
std::string EscapeHtml(std::string_view s);

}  // namespace artext::output

#endif  // ARTEXT_OUTPUT_HTML_ESCAPE_H_
