// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// A line that holds only person names ("Mathatisi Sebusi/Mohalenyane
// Phakela", "By Jane Doe and John Roe"): how many pages print their byline
// with no class, label or by-word to find it by, as a line of its own
// between the headline and the text.

#ifndef ARTEXT_METADATA_PARSERS_NAME_LINE_H_
#define ARTEXT_METADATA_PARSERS_NAME_LINE_H_

#include <string_view>

namespace artext::metadata {

// True if `line` is short, holds no digit, colon or "©", and ParseAuthors
// finds in it full names (two words at least, in a script with spaces)
// that make up all of its words but a lead-in and the words joining the
// names. A lone name ("Politics", "Berlin"), an organisation ("by Lesotho
// Times") or a headline's words are none. Title-case phrases ("Table of
// Contents") pass: the caller checks where the line stands.
bool IsNameLine(std::string_view line);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_PARSERS_NAME_LINE_H_
