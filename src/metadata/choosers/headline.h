// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Headline chooser. The article's own title, never the site's name:
//   1. the first declared title (JSON-LD headline, dc.title, og:title,
//      "title", twitter:title, Parse.ly, sailthru, microdata) that is not
//      the site name, as declared; with Options::trim_declared_titles, a
//      "| Site" / "Site -" segment is cut from it as from <title>;
//   2. else <title>, with a segment naming the site cut ("Title | Site"),
//      or without a site name by the separator rule of TrimBySeparators;
//      but the first <h1> when <title> is a label of three words or fewer
//      beside a longer <h1>, or a lone <h1> when <title> is too long;
//   3. else the first visible <h1>.

#ifndef ARTEXT_METADATA_CHOOSERS_HEADLINE_H_
#define ARTEXT_METADATA_CHOOSERS_HEADLINE_H_

#include <optional>
#include <string>
#include <string_view>

#include "metadata/page_facts.h"

namespace artext::metadata {

// `title` without a leading or trailing segment naming `site_name`:
// "Title | Site" -> "Title", "Site - Title" -> "Title", "Title - Site.com"
// -> "Title". Unchanged when no end segment names the site.
std::string TrimSiteName(std::string_view title, std::string_view site_name);

// Without a site name, at " | ", " - ", " / ", " » ", " :: ": "Title |
// Anything" -> "Title" when "Title" has at least three words, else "Site -
// Title" -> "Title"; unchanged when the result has fewer than five words
// (too short to be sure it is the whole headline).
std::string TrimBySeparators(std::string_view title);

std::optional<Candidate> ChooseHeadline(const PageFacts& facts,
                                        std::string_view site_name,
                                        bool trim_declared_titles);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_CHOOSERS_HEADLINE_H_
