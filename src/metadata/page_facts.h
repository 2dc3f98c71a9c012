// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// PageFacts: every raw metadata value the readers found on a page, before
// any choice is made. The readers (jsonld, meta_tags, microdata, visible)
// only append; the choosers (headline, authors, dates) only read. Keeping
// the two apart is what makes cross-checks possible: a chooser sees all
// sources at once and can let two agreeing sources overrule one.
//
// Within each list, candidates are in precedence order: readers run in the
// order JSON-LD, meta tags, microdata, visible page, and each appends its
// own candidates best first (see docs/metadata.md).

#ifndef ARTEXT_METADATA_PAGE_FACTS_H_
#define ARTEXT_METADATA_PAGE_FACTS_H_

#include <string>
#include <utility>
#include <vector>

namespace artext::dom {
struct Node;
}  // namespace artext::dom

namespace artext::metadata {

// A value with where it came from. Readers append them raw, as found
// (entities decoded); choosers return the one they settled on, possibly
// normalised (an ISO date, a resolved URL), keeping its source label.
struct Candidate {
  std::string value;
  std::string source;  // provenance label: "json-ld", "meta:og:title", ...
  // The visible element it was read from (<time>, a dateline); null for
  // declared values. Points into the dom::Document, which must outlive it.
  const dom::Node* node = nullptr;
};

struct AuthorCandidate {
  // Structured sources give names one by one (a JSON-LD author list);
  // bylines give one raw string. Exactly one of the two is used.
  std::vector<std::string> names;
  std::string raw;
  std::string source;
  // The source itself says the author is an organisation (JSON-LD
  // "@type": "Organization"). Such a candidate yields to any later one that
  // names a person.
  bool organisation = false;
  // Ranks below the visible byline although read with the meta tags:
  // article:author names whoever the CMS filed the page under, which pages
  // get wrong more often than the printed byline.
  bool weak = false;
  // Visible bylines: the text with its line breaks, which separate a name
  // from its employer or dateline ("Jane Doe\nFlorida Today") as a comma
  // would. `raw` is the same text on one line.
  std::string lines;
  // Visible bylines: the element read (see Candidate::node).
  const dom::Node* node = nullptr;

  static AuthorCandidate Byline(std::string raw, std::string source,
                                bool weak = false) {
    AuthorCandidate c;
    c.raw = std::move(raw);
    c.source = std::move(source);
    c.weak = weak;
    return c;
  }
  static AuthorCandidate Names(std::vector<std::string> names,
                               std::string source, bool organisation) {
    AuthorCandidate c;
    c.names = std::move(names);
    c.source = std::move(source);
    c.organisation = organisation;
    return c;
  }
};

struct PageFacts {
  std::vector<Candidate> titles;     // declared titles: JSON-LD, og:, dc., ...
  std::string document_title;        // <title>, whitespace collapsed
  std::vector<std::string> h1s;      // visible <h1> texts, document order
  const dom::Node* first_h1 = nullptr;  // the element of h1s[0]
  // Parallel to h1s: each <h1> element, and whether it sits in the
  // article's area (inside <article>/<main>, or a container whose class
  // names an article, post, entry, story or headline) rather than loose in
  // the page or in its masthead.
  std::vector<const dom::Node*> h1_nodes;
  std::vector<bool> h1_in_article;
  // Visible <h2>/<h3> texts, document order (the first few): the article's
  // headline where the page's <h1> holds the site's name or logo.
  std::vector<std::string> subheadings;
  std::vector<AuthorCandidate> authors;
  std::vector<Candidate> published;  // raw date strings
  std::vector<Candidate> modified;
  // The datelines printed with the headline, found by their text shape
  // (readers/headline_area.h); ChooseDates weighs them against `published`.
  std::vector<Candidate> headline_area_dates;
  std::vector<Candidate> site_names;
  std::vector<Candidate> descriptions;
  std::vector<Candidate> images;
  std::vector<Candidate> urls;       // canonical URL candidates
  std::vector<Candidate> tags;       // comma-separated lists allowed
  std::vector<Candidate> languages;  // BCP 47-ish tags ("en_US" allowed)
};

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_PAGE_FACTS_H_
