// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The page's own name, as the author chooser needs it. Templates fill the
// author fields with the publisher ("Lesotho Times", "USA TODAY",
// "Deutsche Welle (www.dw.com)") when no person is filed; a person printed
// on the page beats that. The site is known from og:site_name, JSON-LD's
// publisher, application-name and the URL's domain.

#ifndef ARTEXT_METADATA_CHOOSERS_SITE_NAMES_H_
#define ARTEXT_METADATA_CHOOSERS_SITE_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "metadata/page_facts.h"

namespace artext::metadata {

// Keys of the site's names: folded letters and digits only ("USA TODAY"
// -> "usatoday"), the same without a leading "the", and the domain's name
// label ("https://www.ntv.de/..." -> "ntv", "theguardian.com" -> "guardian"
// too). Keys shorter than two characters are left out.
std::vector<std::string> SiteKeys(const PageFacts& facts, std::string_view page_url);

// True if `name` is the site: its letters equal a key ("Usa Today"), its
// initials do ("Deutsche Welle" on dw.com), or it is a site account.
bool NamesSite(std::string_view name, const std::vector<std::string>& keys);

// True if `name` is an account the CMS made for the newsroom: the site's
// name without its organisation word, and one initial ("Ilanga D" on
// "Ilanga News"). No person is named after the paper, so even a printed
// byline of it names nobody.
bool NamesSiteAccount(std::string_view name, const std::vector<std::string>& keys);

// `name` without a site name written after it ("Brian Truitt USA TODAY" ->
// "Brian Truitt"); unchanged when none is, or when fewer than two words
// would be left ("Sam Bossley" on sambossley.com).
std::string WithoutSiteSuffix(std::string_view name, const std::vector<std::string>& keys);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_CHOOSERS_SITE_NAMES_H_
