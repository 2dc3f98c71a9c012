// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Headline chooser. The article's own title, never the site's name or a
// section label:
//   1. the first declared title (JSON-LD headline, og:title, twitter:title,
//      Dublin Core, Parse.ly, sailthru, microdata) that is not the site name,
//      with a "| Site" / "Site -" segment removed when it names the site;
//   2. else <title>, trimmed the same way and, without a known site name,
//      by the separator rule below;
//   3. else the first visible <h1>.
// A visible <h1> replaces the chosen title when they agree except for a
// separator-delimited segment ("Title | Site" vs "Title"): the <h1> is the
// article's own words.

#ifndef ARTEXT_METADATA_HEADLINE_H_
#define ARTEXT_METADATA_HEADLINE_H_

#include <optional>
#include <string>
#include <string_view>

#include "metadata/chosen.h"
#include "metadata/page_facts.h"

namespace artext::metadata {

// `title` without a leading or trailing segment naming `site_name`:
// "Title | Site" -> "Title", "Site - Title" -> "Title", "Title - Site.com"
// -> "Title". Unchanged when no end segment names the site.
std::string TrimSiteName(std::string_view title, std::string_view site_name);

// Without a site name: "Title | Anything" -> "Title" when "Title" keeps at
// least three words; "Short - Longer Title Here" -> the part after the first
// separator when the part before it is the short one. Unchanged when
// neither holds (a title of one or two words around a separator is
// probably the title itself: "Yes - No").
std::string TrimBySeparators(std::string_view title);

std::optional<Chosen> ChooseHeadline(const PageFacts& facts,
                                     std::string_view site_name,
                                     bool trim_declared_titles);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_HEADLINE_H_
