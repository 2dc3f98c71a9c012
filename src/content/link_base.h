// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The address the page's relative links and pictures are resolved against,
// as a browser would: the page's own address (--url, else its canonical
// URL when the address is unknown), overridden by a <base href>.

#ifndef ARTEXT_CONTENT_LINK_BASE_H_
#define ARTEXT_CONTENT_LINK_BASE_H_

#include <string>
#include <string_view>
#include <vector>

#include "artext/article.h"
#include "dom/document.h"

namespace artext::content {

// The first <base href> resolved against `page_url`, when that gives an
// http(s) address; else `page_url` when it is one; else `canonical_url`
// when it is one; else "" (relative links stay relative). A "javascript:"
// or "data:" address is never a base.
std::string LinkBase(const dom::Document& doc, std::string_view page_url,
                     std::string_view canonical_url);

// Every block's link targets resolved against `base` (util::ResolveUrl).
void ResolveLinks(std::string_view base, std::vector<Block>* blocks);

}  // namespace artext::content

#endif  // ARTEXT_CONTENT_LINK_BASE_H_
