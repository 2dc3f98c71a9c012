// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// JSON output: the schema of docs/schema.json. Every key is always present;
// unknown values are null or []. Invalid UTF-8 is replaced, never thrown on.

#include <nlohmann/json.hpp>

#include "artext/output.h"
#include "util/control_chars.h"
#include "util/url.h"

namespace artext {
namespace {

using nlohmann::json;

json OptionalString(const std::optional<std::string>& s) {
  return s ? json(*s) : json(nullptr);
}

// An address a reader may follow (util::SafeLinkUrl), or null.
json UrlOrNull(std::string_view url) {
  std::string safe = util::SafeLinkUrl(url);
  return safe.empty() ? json(nullptr) : json(std::move(safe));
}

json OptionalUrl(const std::optional<std::string>& url) {
  return url ? UrlOrNull(*url) : json(nullptr);
}

// Every string of `j` without control characters (util/control_chars.h).
// JSON would escape them (\u001b), but whoever decodes the record gets the
// ESC back and prints it. The tree is the fixed shape built below, a few
// levels deep, so recursion is bounded.
void StripControlCharsIn(json* j) {
  if (j->is_string()) {
    const std::string& s = j->get_ref<const std::string&>();
    if (util::HasControlChars(s)) *j = util::StripControlChars(s);
  } else if (j->is_structured()) {
    for (json& child : *j) StripControlCharsIn(&child);
  }
}

}  // namespace

std::string ToJson(const Article& a, const OutputOptions& options) {
  json j = json::object();
  j["url"] = OptionalUrl(a.url);
  j["headline"] = OptionalString(a.headline);
  j["authors"] = a.authors;
  j["byline"] = OptionalString(a.byline);
  j["date_published"] = OptionalString(a.date_published);
  j["date_modified"] = OptionalString(a.date_modified);
  j["site_name"] = OptionalString(a.site_name);
  j["language"] = OptionalString(a.language);
  j["direction"] = a.direction;
  j["description"] = OptionalString(a.description);
  j["image"] = OptionalUrl(a.image);
  json images = json::array();
  for (const Image& img : a.images) {
    images.push_back({{"url", UrlOrNull(img.url)},
                      {"caption", img.caption.empty() ? json(nullptr) : json(img.caption)},
                      {"credit", img.credit.empty() ? json(nullptr) : json(img.credit)}});
  }
  j["images"] = std::move(images);
  j["tags"] = a.tags;
  json body = json::array();
  for (const Block& b : a.body) {
    json block = {{"type", BlockTypeName(b.type)}, {"text", b.text}};
    if (b.type == BlockType::kHeading) block["level"] = b.level;
    if (b.type == BlockType::kTableRow && !b.cells.empty()) block["cells"] = b.cells;
    // Only links a reader may follow; a block without any has no "links".
    json links = json::array();
    for (const Link& link : b.links) {
      std::string url = util::SafeLinkUrl(link.href);
      if (!url.empty()) links.push_back({{"text", link.text}, {"url", std::move(url)}});
    }
    if (!links.empty()) block["links"] = std::move(links);
    body.push_back(std::move(block));
  }
  j["body"] = std::move(body);
  j["text"] = a.text;
  j["word_count"] = a.word_count;
  j["encoding"] = a.encoding;
  j["is_article"] = a.is_article;
  j["page_type"] = PageTypeName(a.page_type);
  j["schema_version"] = kSchemaVersion;
  if (options.explain) j["provenance"] = a.provenance;
  if (options.debug) j["debug"] = a.debug;
  StripControlCharsIn(&j);
  // ordered_json would keep insertion order; nlohmann::json sorts keys,
  // which gives a stable, diff-friendly order.
  return options.pretty
             ? j.dump(2, ' ', false, json::error_handler_t::replace) + "\n"
             : j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace artext
