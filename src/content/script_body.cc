// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/script_body.h"

#include <cstdint>

#include "heuristics.h"
#include "util/hex.h"
#include "util/text.h"
#include "util/utf8.h"

namespace artext::content {
namespace {

constexpr size_t npos = std::string_view::npos;

// Case-insensitive find of an ASCII `needle` (lower case) in `s` from `from`.
size_t FindAscii(std::string_view s, std::string_view needle, size_t from) {
  for (size_t i = from; i + needle.size() <= s.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() &&
           (s[i + k] | 0x20) == needle[k]) {
      ++k;
    }
    if (k == needle.size()) return i;
  }
  return npos;
}

// Paragraph start tags in `s` ("<p>" or "<p " in any case), up to `enough`.
size_t CountParagraphs(std::string_view s, size_t enough) {
  size_t n = 0;
  for (size_t i = s.find('<'); i != npos && n < enough; i = s.find('<', i + 1)) {
    if (i + 2 < s.size() && (s[i + 1] | 0x20) == 'p' &&
        (s[i + 2] == '>' || s[i + 2] == ' ')) {
      ++n;
    }
  }
  return n;
}

bool IsCandidate(std::string_view s) {
  return s.size() >= heuristics::kMinScriptBodyChars &&
         CountParagraphs(s, heuristics::kMinScriptBodyParagraphs) >=
             heuristics::kMinScriptBodyParagraphs;
}

// The JSON (or JavaScript) string literal opening at s[*pos] (a quote),
// unescaped into *out; *pos is left after its closing quote. A lone or
// broken escape is kept as written: the text matters, not strictness.
void ReadStringLiteral(std::string_view s, size_t* pos, std::string* out) {
  const char quote = s[*pos];
  size_t i = *pos + 1;
  out->clear();
  while (i < s.size() && s[i] != quote && s[i] != '\n') {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      *out += s[i++];
      continue;
    }
    const char e = s[i + 1];
    i += 2;
    switch (e) {
      case 'n': *out += '\n'; break;
      case 't': *out += '\t'; break;
      case 'r': case 'b': case 'f': break;
      case 'u': {
        int32_t cp = util::Hex4(s, i);
        if (cp < 0) {
          *out += "\\u";
          break;
        }
        i += 4;
        if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= s.size() && s[i] == '\\' &&
            s[i + 1] == 'u') {
          int32_t low = util::Hex4(s, i + 2);
          if (low >= 0xDC00 && low < 0xE000) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          }
        }
        util::AppendUtf8(static_cast<char32_t>(cp), out);  // lone: U+FFFD
        break;
      }
      default: *out += e; break;  // \" \\ \/ \'
    }
  }
  *pos = i < s.size() ? i + 1 : i;
}

// A script type whose body is markup, not code: client-side templates.
bool IsTemplateType(std::string_view open_tag) {
  for (std::string_view type :
       {"text/template", "text/x-template", "text/html", "handlebars"}) {
    if (util::ContainsIgnoreCase(open_tag, type)) return true;
  }
  return false;
}

}  // namespace

std::string FindScriptBodyHtml(std::string_view html) {
  std::string best;
  std::string literal;
  size_t pos = 0;
  while ((pos = FindAscii(html, "<script", pos)) != npos) {
    const size_t open_end = html.find('>', pos);
    if (open_end == npos) break;
    const std::string_view open_tag = html.substr(pos, open_end - pos);
    size_t close = FindAscii(html, "</script", open_end + 1);
    if (close == npos) close = html.size();
    const std::string_view body = html.substr(open_end + 1, close - open_end - 1);
    pos = close;
    if (body.size() < heuristics::kMinScriptBodyChars) continue;
    if (IsTemplateType(open_tag)) {
      if (body.size() > best.size() && IsCandidate(body)) best = std::string(body);
      continue;
    }
    // Page data: every double-quoted string literal, unescaped. (Only
    // double quotes: JSON has no others, and an apostrophe in a comment or
    // a regular expression would throw the reading out of step.)
    for (size_t i = 0; i < body.size();) {
      if (body[i] != '"') {
        ++i;
        continue;
      }
      ReadStringLiteral(body, &i, &literal);
      if (literal.size() > best.size() && IsCandidate(literal)) best = literal;
    }
  }
  return best;
}

}  // namespace artext::content
