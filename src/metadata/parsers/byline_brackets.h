// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Brackets in bylines. Most hold notes to drop ("(AP)", "[jane@example.com]",
// "(@jane)"); two hold part of a name: a middle name or nickname between
// name words ("Bruno (Henrique Zecchin) Rodrigues"), and the login of a
// declared blog account ("史蒂文的家_藍天 (stevenhgm)").

#ifndef ARTEXT_METADATA_PARSERS_BYLINE_BRACKETS_H_
#define ARTEXT_METADATA_PARSERS_BYLINE_BRACKETS_H_

#include <optional>
#include <string>
#include <string_view>

namespace artext::metadata::byline {

// Drops (...), [...], {...} and <...> with their contents, replacing each by
// a separator ("Jane Doe (AP), John Roe") or, inside a name, a space ("Jane
// (AP) Doe"); a bracket between name words that holds a name stays, brackets
// and all. An unclosed bracket drops the rest. `s` is normalized (no control
// characters).
std::string RemoveBracketed(std::string_view s);

// `s` (normalized) if it is a blog account as blog platforms declare it in
// <meta name=author>: a one-word nickname and the login in brackets.
std::optional<std::string> DeclaredBlogAccount(std::string_view s);

// `s` (normalized) if it is a login declared as the author: one ASCII word
// of letters, digits and "_.-" that starts with a letter and is no label
// ("admin", "staff"). See byline_brackets.cc.
std::optional<std::string> DeclaredLogin(std::string_view s);

}  // namespace artext::metadata::byline

#endif  // ARTEXT_METADATA_PARSERS_BYLINE_BRACKETS_H_
