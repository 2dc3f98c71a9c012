// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Clean article HTML: a small standalone document with the headline, byline,
// date and the body blocks as semantic elements (table rows in a <table>),
// then the captioned pictures as <figure>s. Text is escaped.

#include <string>

#include "artext/output.h"
#include "output/caption.h"
#include "output/html_escape.h"
#include "util/url.h"
#include "util/control_chars.h"

namespace artext {
namespace {

using output::EscapeHtml;

std::string InlineHtml(const Block& b) {
  std::string out;
  size_t pos = 0;
  for (const Link& link : b.links) {
    size_t at = b.text.find(link.text, pos);
    // A link to a scheme a reader may not follow keeps its text only.
    const std::string href = util::SafeLinkUrl(link.href);
    if (at == std::string::npos || href.empty()) continue;
    out += EscapeHtml(std::string_view(b.text).substr(pos, at - pos));
    out += "<a href=\"" + EscapeHtml(href) + "\">" + EscapeHtml(link.text) + "</a>";
    pos = at + link.text.size();
  }
  out += EscapeHtml(std::string_view(b.text).substr(pos));
  return out;
}

}  // namespace

std::string ToHtml(const Article& a) {
  std::string out = "<!DOCTYPE html>\n<html";
  if (a.language) out += " lang=\"" + EscapeHtml(*a.language) + "\"";
  if (a.direction == "rtl") out += " dir=\"rtl\"";
  out += ">\n<head>\n<meta charset=\"utf-8\">\n";
  if (a.headline) out += "<title>" + EscapeHtml(*a.headline) + "</title>\n";
  out += "</head>\n<body>\n<article>\n";
  if (a.headline) out += "<h1>" + EscapeHtml(*a.headline) + "</h1>\n";
  if (a.byline) out += "<p class=\"byline\">" + EscapeHtml(*a.byline) + "</p>\n";
  if (a.date_published) {
    out += "<p><time datetime=\"" + EscapeHtml(*a.date_published) + "\">" +
           EscapeHtml(*a.date_published) + "</time></p>\n";
  }
  bool in_list = false;
  bool in_table = false;
  for (const Block& b : a.body) {
    if (in_list && b.type != BlockType::kListItem) {
      out += "</ul>\n";
      in_list = false;
    }
    if (in_table && b.type != BlockType::kTableRow) {
      out += "</table>\n";
      in_table = false;
    }
    switch (b.type) {
      case BlockType::kHeading: {
        std::string h = "h" + std::to_string(std::min(6, b.level + 1));
        out += "<" + h + ">" + InlineHtml(b) + "</" + h + ">\n";
        break;
      }
      case BlockType::kListItem:
        if (!in_list) out += "<ul>\n";
        in_list = true;
        out += "<li>" + InlineHtml(b) + "</li>\n";
        break;
      case BlockType::kQuote:
        out += "<blockquote><p>" + InlineHtml(b) + "</p></blockquote>\n";
        break;
      case BlockType::kCode:
        out += "<pre><code>" + EscapeHtml(b.text) + "</code></pre>\n";
        break;
      case BlockType::kTableRow:
        if (!in_table) out += "<table>\n";
        in_table = true;
        out += "<tr>";
        if (b.cells.empty()) {
          out += "<td>" + EscapeHtml(b.text) + "</td>";
        } else {
          for (const std::string& cell : b.cells) {
            out += "<td>" + EscapeHtml(cell) + "</td>";
          }
        }
        out += "</tr>\n";
        break;
      case BlockType::kParagraph:
        out += "<p>" + InlineHtml(b) + "</p>\n";
        break;
    }
  }
  if (in_list) out += "</ul>\n";
  if (in_table) out += "</table>\n";
  for (const Image& image : a.images) {
    const std::string src = util::SafeLinkUrl(image.url);
    if (src.empty()) continue;
    out += "<figure><img src=\"" + EscapeHtml(src) + "\" alt=\"" +
           EscapeHtml(image.caption) + "\">";
    const std::string caption = CaptionLine(image);
    if (!caption.empty()) out += "<figcaption>" + EscapeHtml(caption) + "</figcaption>";
    out += "</figure>\n";
  }
  out += "</article>\n</body>\n</html>\n";
  // The page's ESC and BEL bytes never reach a terminal or a file
  // (util/control_chars.h); JSON drops them the same way.
  return util::StripControlChars(out);
}

}  // namespace artext
