// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The story of a page rendered by script: when the DOM holds no body text,
// the article is often still in the page, as HTML inside a script — a
// client-side template (<script type="text/template">) or a string of the
// framework's page data (Next.js __NEXT_DATA__, Nuxt, Apollo state:
// "contentHtml":"\u003cp\u003e..."). The prescan cuts script bodies before
// parsing, so this reads the decoded page itself, once, and only for pages
// whose body came out under heuristics::kMinScriptBodyChars.

#ifndef ARTEXT_CONTENT_SCRIPT_BODY_H_
#define ARTEXT_CONTENT_SCRIPT_BODY_H_

#include <string>
#include <string_view>

namespace artext::content {

// The HTML of the article held in a script of `html`: the longest template
// body or JSON string value that holds at least
// heuristics::kMinScriptBodyParagraphs paragraphs (<p>) and
// heuristics::kMinScriptBodyChars bytes. Empty when there is none. Linear
// in the size of `html`.
std::string FindScriptBodyHtml(std::string_view html);

}  // namespace artext::content

#endif  // ARTEXT_CONTENT_SCRIPT_BODY_H_
