// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Author chooser. Candidates are tried in precedence order (JSON-LD, meta
// tags, microdata, visible bylines); each is cleaned by ParseAuthors. The
// first candidate that names a person wins. A candidate that names only
// organisations (JSON-LD "@type": "Organization", or names ParseAuthors
// and LooksLikePersonName take for organisations) is kept only as a
// fallback for when no source names a person: "Reuters" in the meta tags
// loses to "By Jane Doe" on the page.

#ifndef ARTEXT_METADATA_CHOOSERS_AUTHORS_H_
#define ARTEXT_METADATA_CHOOSERS_AUTHORS_H_

#include <string>
#include <string_view>
#include <vector>

#include "metadata/page_facts.h"

namespace artext::metadata {

struct ChosenAuthors {
  std::vector<std::string> names;  // clean person names, display case
  std::string byline;              // the raw text of the winning candidate
  std::string source;              // "" when none
};

// Clean names of one candidate (structured names, or the raw byline).
std::vector<std::string> CandidateNames(const AuthorCandidate& candidate);

// `page_url` (the page's address, may be empty) names the site along with
// facts.site_names: an author that is the site ranks as an organisation.
ChosenAuthors ChooseAuthors(const PageFacts& facts, std::string_view page_url = {});

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_CHOOSERS_AUTHORS_H_
