// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Headline chooser. The article's own headline as a reader sees it, never
// the site's name (its og:site_name, its domain's label or its host).
// Where an <h1> or a declared title is another declared title behind a
// short kicker ("Topic: Headline"), that title (HeadlineAfterKicker).
// Where a title is a visible <h1> plus an affix ("| Site", "Section:", or
// in the article's area "| any chain of segments | Site"), the <h1>
// (HeadingInTitle); else:
//   1. the first declared title (JSON-LD headline, dc.title, og:title,
//      "title", twitter:title, Parse.ly, sailthru, microdata) that is not
//      the site name, without an end segment naming the site, domain or
//      host; with Options::trim_declared_titles, cut as <title> is. The
//      article's <h1> instead where the declared title is its opening cut
//      short, or the <h1> behind a few words and no separator, or where a
//      later declared title is an <h1> that the first words otherwise
//      (PrintedAmongDeclaredTitles: the reader sees that wording);
//   2. else the first <h1> of the article's area when <title> words the
//      same story otherwise (RewordedHeading); else a visible <h2>/<h3>
//      opening <title> before punctuation and a shorter rest, where the
//      <h1> is the site's logo (SubheadingOpeningTitle); else <title>, with a
//      segment naming the site cut ("Title | Site"), or without a site
//      name by the separator rule of TrimBySeparators; but the first <h1>
//      when <title> is a label of three words or fewer beside a longer
//      <h1>, or a lone <h1> when <title> is too long;
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

// `heading` is `title` without an affix: "Headline | Site" (the affix no
// more than kMaxTitleAffixToHeadingRatio times the heading's words, so that
// a site name in front of a long title is not taken), or "Section:
// Headline" with a label of at most kMaxTitleLabelWords words. Compared on
// letters and digits only, whatever the quotes, dashes and case.
bool IsHeadlineSegment(std::string_view title, std::string_view heading);

// Share of `heading`'s words (a character each, in scripts without spaces)
// that `title` also has, in [0, 1].
double SharedWordShare(std::string_view heading, std::string_view title);

// The label of `url`'s host that names the site: "google" for
// "https://cloud.google.com/x", "bbc" for "www.bbc.co.uk"; empty without a
// host of two labels or more.
std::string DomainLabel(std::string_view url);

// `page_url`: the page's address (or its canonical URL), for DomainLabel.
std::optional<Candidate> ChooseHeadline(const PageFacts& facts,
                                        std::string_view site_name,
                                        std::string_view page_url,
                                        bool trim_declared_titles);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_CHOOSERS_HEADLINE_H_
