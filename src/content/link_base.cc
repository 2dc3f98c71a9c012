// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/link_base.h"

#include "dom/node.h"
#include "util/url.h"

namespace artext::content {

std::string LinkBase(const dom::Document& doc, std::string_view page_url,
                     std::string_view canonical_url) {
  std::string page;
  if (util::IsWebUrl(page_url)) {
    page = std::string(page_url);
  } else if (util::IsWebUrl(canonical_url)) {
    page = std::string(canonical_url);
  }
  // Only the first <base href> counts (HTML's "frozen base URL"); parsers
  // move a stray one in <body> nowhere, so the whole tree is searched.
  const dom::Node* root = doc.root();
  for (const dom::Node* n = root; n; n = dom::NextInTree(n, root)) {
    if (n->tag != dom::Tag::kBase || !n->HasAttr("href")) continue;
    std::string base = util::ResolveUrl(page, n->Attr("href"));
    if (util::IsWebUrl(base)) return base;
    break;
  }
  return page;
}

void ResolveLinks(std::string_view base, std::vector<Block>* blocks) {
  if (base.empty()) return;
  for (Block& b : *blocks) {
    for (Link& link : b.links) link.href = util::ResolveUrl(base, link.href);
  }
}

}  // namespace artext::content
