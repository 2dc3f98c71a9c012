// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Markdown: headline as "#", headings at their level (shifted one down, as
// the headline holds "#"), list items, quotes and fenced code; inline links
// kept as [text](href).

#include <string>

#include "artext/output.h"

namespace artext {
namespace {

// Escapes the characters that would start Markdown syntax mid-text.
std::string Escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '\\') {
      out.push_back('\\');
    }
    out.push_back(c);
  }
  return out;
}

// Block text with its links turned into [anchor](href), in order.
std::string WithLinks(const Block& b) {
  std::string out;
  size_t pos = 0;
  for (const Link& link : b.links) {
    size_t at = b.text.find(link.text, pos);
    if (at == std::string::npos || link.href.empty()) continue;
    out += Escape(std::string_view(b.text).substr(pos, at - pos));
    out += "[" + Escape(link.text) + "](" + link.href + ")";
    pos = at + link.text.size();
  }
  out += Escape(std::string_view(b.text).substr(pos));
  return out;
}

}  // namespace

std::string ToMarkdown(const Article& a) {
  std::string out;
  if (a.headline) out += "# " + *a.headline + "\n\n";
  if (!a.authors.empty()) {
    out += "*By ";
    for (size_t i = 0; i < a.authors.size(); ++i) {
      if (i) out += ", ";
      out += a.authors[i];
    }
    out += "*\n\n";
  }
  if (a.date_published) out += "*" + *a.date_published + "*\n\n";
  BlockType previous = BlockType::kParagraph;
  for (size_t i = 0; i < a.body.size(); ++i) {
    const Block& b = a.body[i];
    // Consecutive list items form one list: no blank line between them.
    if (i && !(b.type == BlockType::kListItem && previous == BlockType::kListItem)) {
      out += "\n";
    }
    switch (b.type) {
      case BlockType::kHeading:
        out += std::string(std::min(6, b.level + 1), '#') + " " + WithLinks(b) + "\n";
        break;
      case BlockType::kListItem: out += "- " + WithLinks(b) + "\n"; break;
      case BlockType::kQuote: out += "> " + WithLinks(b) + "\n"; break;
      case BlockType::kCode: out += "```\n" + b.text + "\n```\n"; break;
      case BlockType::kTableRow: out += "| " + Escape(b.text) + " |\n"; break;
      case BlockType::kParagraph: out += WithLinks(b) + "\n"; break;
    }
    previous = b.type;
  }
  return out;
}

}  // namespace artext
