// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Class/id vocabulary: the words web pages use to name their boilerplate and
// their content. Tables are data (patterns.cc), after Readability's REGEXPS,
// matched as lower-case substrings of "class id" — no regex in the hot loop.

#ifndef ARTEXT_CLEAN_PATTERNS_H_
#define ARTEXT_CLEAN_PATTERNS_H_

#include <string>
#include <string_view>

#include "dom/node.h"
#include "dom/stats.h"

namespace artext::clean {

// "class id" of the element, lower-cased, for the matchers below.
std::string ClassAndId(const dom::Node* n);

// True when the class/id names boilerplate (comments, sidebars, share bars,
// related lists...) and nothing that also suggests content.
bool IsUnlikelyCandidate(std::string_view class_and_id);

// True when the only boilerplate word of the class/id is one that also
// names layout ("banner", "widget"): such a container is boilerplate
// unless it holds prose (IsProseLayoutBox).
bool IsLayoutWordOnly(std::string_view class_and_id);

// True when the class/id's boilerplate words (of the unlikely and the
// negative lists) are all layout words and the element holds prose: a few
// sentences of text that is not mostly links. A buying guide's
// "product-widget" card, not a sidebar widget (links, a one-line blurb).
bool IsProseLayoutBox(std::string_view class_and_id, const dom::NodeStats& s);

// True when `part`'s class/id carries the layout-named class token of
// `box` (BEM parts: "product-widget__name" of "product-widget"): a part of
// a prose layout box, kept with it.
bool IsPartNamedAfter(std::string_view part, std::string_view box);

// True when the class/id names a prompt (login, subscribe, paywall, cookie
// consent, newsletter, modal). Such containers are boilerplate only while
// they are short: the caller checks their size.
bool IsPromptCandidate(std::string_view class_and_id);

// True when the class/id names a caption, photo credit, byline, author bio
// or date line: metadata printed in the page. Size-checked by the caller.
bool IsMetadataBoxCandidate(std::string_view class_and_id);

// The word of the list above that matched, for the decision record
// ("related"); empty when none. `list`: the Rule that matched.
enum class WordList { kUnlikely, kPrompt, kMetadataBox, kNegative };
std::string_view MatchedWord(WordList list, std::string_view class_and_id);

// Readability's class weight: +25 for a positive word, -25 for a negative one
// (each counted once).
int ClassWeight(std::string_view class_and_id);

// True when the role attribute names a non-content landmark.
bool IsUnlikelyRole(std::string_view role);

// True when an inline style hides the element (display:none,
// visibility:hidden).
bool IsHiddenStyle(std::string_view style);

}  // namespace artext::clean

#endif  // ARTEXT_CLEAN_PATTERNS_H_
