// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Markdown (CommonMark): headline as "#", headings at their level (shifted
// one down, as the headline holds "#"), list items, quotes and fenced code;
// inline links kept as [text](href).
//
// Page text is data, never markup: every character that could start
// CommonMark or GFM syntax is backslash-escaped, so "<img onerror=...>" in a
// page renders as those characters, not as a live tag, and "Stars *and*
// stripes" keeps its asterisks. Link targets pass util::SafeLinkUrl and are
// percent-encoded where a character could end or split the target.

#include <algorithm>
#include <string>

#include "artext/output.h"
#include "util/url.h"

namespace artext {
namespace {

// ASCII punctuation that opens or closes inline syntax anywhere in a line
// (emphasis, code spans, links, images, raw HTML, entities, GFM tables,
// strikethrough and autolinks). CommonMark lets any ASCII punctuation be
// backslash-escaped, so escaping a harmless one costs nothing but a byte.
bool IsInlineSyntax(char c) {
  switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<':
    case '>': case '&': case '!': case '|': case '~': case '{': case '}':
    case '#': case '(': case ')':
      return true;
    default:
      return false;
  }
}

// Appends `s` escaped. `line_start`: `s` begins a line, where leading
// spaces (four make a code block) and "#", "-", "+", "=", "1.", "1)" would
// open a block; those markers are escaped there, and after every line break
// inside `s`, which is kept as a hard break, not a new paragraph.
void EscapeInto(std::string_view s, bool line_start, std::string* out) {
  while (true) {
    size_t nl = s.find('\n');
    std::string_view line = s.substr(0, nl);
    size_t digits = 0;
    if (line_start) {
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) {
        line.remove_prefix(1);
      }
      while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') {
        ++digits;
      }
    }
    for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      bool block_marker =
          line_start && ((i == 0 && (c == '-' || c == '+' || c == '=')) ||
                         (digits > 0 && i == digits && (c == '.' || c == ')')));
      if (IsInlineSyntax(c) || block_marker) out->push_back('\\');
      out->push_back(c);
    }
    if (nl == std::string_view::npos) break;
    *out += "\\\n";
    s.remove_prefix(nl + 1);
    line_start = true;
  }
}

std::string Escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  EscapeInto(s, /*line_start=*/true, &out);
  return out;
}

// A link destination that cannot end early or split: the characters
// CommonMark reads as its end or as a title ( space, parentheses, angle
// brackets, quotes, backslash, controls) are percent-encoded.
std::string LinkDestination(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : url) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f || c == '(' || c == ')' || c == '<' ||
        c == '>' || c == '"' || c == '\'' || c == '\\' || c == '`' ||
        c == '[' || c == ']') {
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 0xf]);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Block text with its links turned into [anchor](href), in order. A link
// whose target is not safe (util::SafeLinkUrl) keeps its text only.
std::string WithLinks(const Block& b) {
  std::string out;
  size_t pos = 0;
  for (const Link& link : b.links) {
    size_t at = b.text.find(link.text, pos);
    const std::string href = util::SafeLinkUrl(link.href);
    if (at == std::string::npos || href.empty()) continue;
    EscapeInto(std::string_view(b.text).substr(pos, at - pos), pos == 0, &out);
    out += "[";
    EscapeInto(link.text, /*line_start=*/false, &out);
    out += "](" + LinkDestination(href) + ")";
    pos = at + link.text.size();
  }
  EscapeInto(std::string_view(b.text).substr(pos), pos == 0, &out);
  return out;
}

// A code fence longer than any run of backticks in the code, so the code
// cannot close it.
std::string Fence(std::string_view code) {
  size_t longest = 0, run = 0;
  for (char c : code) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<size_t>(3, longest + 1), '`');
}

}  // namespace

std::string ToMarkdown(const Article& a) {
  std::string out;
  if (a.headline) out += "# " + Escape(*a.headline) + "\n\n";
  if (!a.authors.empty()) {
    out += "*By ";
    for (size_t i = 0; i < a.authors.size(); ++i) {
      if (i) out += ", ";
      out += Escape(a.authors[i]);
    }
    out += "*\n\n";
  }
  if (a.date_published) out += "*" + Escape(*a.date_published) + "*\n\n";
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
      case BlockType::kCode: {
        const std::string fence = Fence(b.text);
        out += fence + "\n" + b.text + "\n" + fence + "\n";
        break;
      }
      case BlockType::kTableRow: out += "| " + Escape(b.text) + " |\n"; break;
      case BlockType::kParagraph: out += WithLinks(b) + "\n"; break;
    }
    previous = b.type;
  }
  return out;
}

}  // namespace artext
