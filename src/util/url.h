// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Just enough URL handling for metadata: resolving a page's relative links
// (canonical, og:image, og:url) against its address. Not a full WHATWG URL
// parser: no percent-decoding, no IDNA, no normalisation of the host.

#ifndef ARTEXT_UTIL_URL_H_
#define ARTEXT_UTIL_URL_H_

#include <string>
#include <string_view>

namespace artext::util {

// True if `s` starts with a scheme ("https:", "mailto:").
bool HasScheme(std::string_view s);

// `ref` resolved against `base` (RFC 3986 section 5.2, with "." and ".."
// segments removed). An absolute `ref` is returned as is (trimmed); an empty
// or scheme-less `base` leaves a relative `ref` unchanged. Protocol-relative
// refs ("//cdn.example/x.jpg") take the base's scheme, or "https:" without one.
std::string ResolveUrl(std::string_view base, std::string_view ref);

// The one URL-safety check of every output and of the page address.
// Browsers drop ASCII tab, CR and LF anywhere in a URL and C0 controls and
// spaces at its ends before they read the scheme ("java\tscript:" runs as
// "javascript:"), so the same is done here first. Returns that cleaned URL
// when it is a link a reader may follow: http, https or mailto (any case),
// or a relative reference with no scheme at all. Returns "" for every other
// scheme: javascript:, data:, vbscript:, file:, ...
std::string SafeLinkUrl(std::string_view url);

// True if `url` is an absolute http or https URL with a host: the only page
// addresses that may be reported as "url" or serve as a base for resolving
// (a "javascript:" page address must resolve nothing against itself).
bool IsWebUrl(std::string_view url);

// The path of an absolute or relative URL: no scheme, host, query or fragment.
std::string_view UrlPath(std::string_view url);

// The host of `url` as written: what follows "://" (or the start, without
// one) up to the first '/', ':', '?' or '#'. "https://www.rp.pl:80/x" ->
// "www.rp.pl", "example.com/a" -> "example.com". For naming a site, not
// for fetching: no userinfo, IDNA or case handling.
std::string_view UrlHost(std::string_view url);

}  // namespace artext::util

#endif  // ARTEXT_UTIL_URL_H_
