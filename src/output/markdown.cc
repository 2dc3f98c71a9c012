// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Markdown (CommonMark with GFM tables): headline as "#", headings at their
// level (shifted one down, as the headline holds "#"), list items, quotes,
// fenced code, consecutive table rows as one GFM table (the first row its
// header), inline links kept as [text](href), and the captioned pictures
// after the body as images, each followed by its caption in italics.
//
// Page text is data, never markup: every character that could start
// CommonMark or GFM syntax is backslash-escaped, so "<img onerror=...>" in a
// page renders as those characters, not as a live tag, and "Stars *and*
// stripes" keeps its asterisks. Link targets pass util::SafeLinkUrl and are
// percent-encoded where a character could end or split the target.

#include <algorithm>
#include <string>
#include <vector>

#include "artext/output.h"
#include "output/caption.h"
#include "util/url.h"
#include "util/control_chars.h"

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

// One table cell: escaped like text ("|" included), on one line.
std::string Cell(std::string_view text) {
  std::string one_line(text);
  std::replace(one_line.begin(), one_line.end(), '\n', ' ');
  std::string out;
  EscapeInto(one_line, /*line_start=*/false, &out);
  return out;
}

// A run of table rows as one GFM table. GFM drops cells beyond the header's
// count, so every row, header included, is padded to the widest; a row
// whose cells are unknown is one cell of its text.
std::string Table(const std::vector<const Block*>& rows) {
  std::vector<std::vector<std::string_view>> cells;
  size_t columns = 1;
  for (const Block* row : rows) {
    std::vector<std::string_view>& r = cells.emplace_back();
    if (row->cells.empty()) {
      r.push_back(row->text);
    } else {
      r.assign(row->cells.begin(), row->cells.end());
    }
    columns = std::max(columns, r.size());
  }
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) {
    out += "|";
    for (size_t c = 0; c < columns; ++c) {
      out += " " + (c < cells[i].size() ? Cell(cells[i][c]) : "") + " |";
    }
    out += "\n";
    if (i == 0) {
      out += "|";
      for (size_t c = 0; c < columns; ++c) out += " --- |";
      out += "\n";
    }
  }
  return out;
}

// A captioned picture: the image (its caption as alternative text), then
// the caption and credit as an italic line of their own.
std::string Figure(const Image& image) {
  const std::string url = util::SafeLinkUrl(image.url);
  std::string out;
  if (!url.empty()) {
    out += "![" + Cell(image.caption) + "](" + LinkDestination(url) + ")\n\n";
  }
  const std::string caption = CaptionLine(image);
  if (!caption.empty()) out += "*" + Cell(caption) + "*\n";
  return out;
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
    if (b.type == BlockType::kTableRow) {
      std::vector<const Block*> rows;
      while (i < a.body.size() && a.body[i].type == BlockType::kTableRow) {
        rows.push_back(&a.body[i++]);
      }
      --i;
      if (rows.front() != &a.body.front()) out += "\n";
      out += Table(rows);
      previous = BlockType::kTableRow;
      continue;
    }
    // Consecutive list items form one list: no blank line between them.
    if (i && !(b.type == BlockType::kListItem && previous == BlockType::kListItem)) {
      out += "\n";
    }
    switch (b.type) {
      case BlockType::kHeading: {
        // An ATX heading is one line: a line break in it becomes a space.
        Block one_line = b;
        std::replace(one_line.text.begin(), one_line.text.end(), '\n', ' ');
        out += std::string(std::min(6, b.level + 1), '#') + " " +
               WithLinks(one_line) + "\n";
        break;
      }
      case BlockType::kListItem: out += "- " + WithLinks(b) + "\n"; break;
      case BlockType::kQuote: out += "> " + WithLinks(b) + "\n"; break;
      case BlockType::kCode: {
        const std::string fence = Fence(b.text);
        out += fence + "\n" + b.text + "\n" + fence + "\n";
        break;
      }
      case BlockType::kTableRow: break;  // above, with its table
      case BlockType::kParagraph: out += WithLinks(b) + "\n"; break;
    }
    previous = b.type;
  }
  for (const Image& image : a.images) {
    if (!out.empty()) out += "\n";
    out += Figure(image);
  }
  // The page's ESC and BEL bytes never reach a terminal or a file
  // (util/control_chars.h); JSON drops them the same way.
  return util::StripControlChars(out);
}

}  // namespace artext
