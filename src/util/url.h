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

// The path of an absolute or relative URL: no scheme, host, query or fragment.
std::string_view UrlPath(std::string_view url);

}  // namespace artext::util

#endif  // ARTEXT_UTIL_URL_H_
