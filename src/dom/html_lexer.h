// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// A small HTML lexer for dom::Prescan: just enough of the WHATWG tokenizer
// to find where tags, comments and raw-text bodies begin and end, so the
// prescan can cut bytes out of the page without changing how gumbo tokenizes
// what is left. It never decodes entities or builds tokens; every function is
// a linear scan over the input and allocates nothing.
//
// Offsets are byte offsets into the page; `npos` means "runs to the end of
// the input" (the tokenizer's end-of-file cases).

#ifndef ARTEXT_DOM_HTML_LEXER_H_
#define ARTEXT_DOM_HTML_LEXER_H_

#include <cstddef>
#include <string_view>

namespace artext::dom::lexer {

inline constexpr size_t npos = std::string_view::npos;

inline bool IsAsciiAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
// The tokenizer's white space after preprocessing (CR becomes LF).
inline bool IsTagSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// A start or end tag as the tokenizer reads it: `<name attrs...>`.
struct TagToken {
  bool end_tag = false;
  bool self_closing = false;
  size_t begin = 0;       // offset of '<'
  size_t end = 0;         // offset just past '>'; npos when EOF cut the tag
  std::string_view name;  // as written (not lower-cased)
  size_t name_begin = 0;  // offset of the name's first byte
};

// Reads the tag whose '<' is at `begin` (the caller checked `<x` or `</x`
// with x an ASCII letter), following the attribute states so a '>' inside a
// quoted value does not end the tag. `attr_visitor` is called for every
// attribute as (name, value, begin, end): the value without quotes, and the
// attribute's extent in `s` (from its name to just past its value).
template <typename Visitor>
TagToken ReadTag(std::string_view s, size_t begin, Visitor&& attr_visitor);

// Where the body of a raw-text or RCDATA element (style, textarea, title,
// iframe...) ends: the offset of the '<' of the first `</name` followed by
// white space, '/' or '>' (ASCII case-insensitive), searching from `from`.
size_t FindRawTextEnd(std::string_view s, size_t from, std::string_view name);

// The same for <script>, following the script data states: `<!--` enters
// the escaped state, where `<script ...` enters the double-escaped state in
// which `</script>` does not end the element (it returns to escaped), and
// `-->` returns to plain script data.
size_t FindScriptEnd(std::string_view s, size_t from);

// The end (offset just past the closing delimiter, or npos) of a comment
// whose `<!--` is at `begin`, with the tokenizer's abrupt closings `<!-->`
// and `<!--->` and the `--!>` ending.
size_t CommentEnd(std::string_view s, size_t begin);

// ---- implementation of the template ----

template <typename Visitor>
TagToken ReadTag(std::string_view s, size_t begin, Visitor&& attr_visitor) {
  TagToken t;
  t.begin = begin;
  size_t n = s.size();
  size_t i = begin + 1;
  if (i < n && s[i] == '/') {
    t.end_tag = true;
    ++i;
  }
  t.name_begin = i;
  while (i < n && !IsTagSpace(s[i]) && s[i] != '/' && s[i] != '>') ++i;
  t.name = s.substr(t.name_begin, i - t.name_begin);
  // Attribute states, collapsed: before-name, name, after-name, value.
  while (i < n) {
    char c = s[i];
    if (IsTagSpace(c)) {
      ++i;
      continue;
    }
    if (c == '>') {
      t.end = i + 1;
      return t;
    }
    if (c == '/') {  // self-closing start tag state
      ++i;
      if (i < n && s[i] == '>') {
        t.self_closing = true;
        t.end = i + 1;
        return t;
      }
      continue;
    }
    // Attribute name: the first character may be '=' (a parse error that
    // still starts a name); then up to white space, '/', '>' or '='.
    size_t name_begin = i++;
    while (i < n && !IsTagSpace(s[i]) && s[i] != '/' && s[i] != '>' &&
           s[i] != '=') {
      ++i;
    }
    std::string_view attr_name = s.substr(name_begin, i - name_begin);
    while (i < n && IsTagSpace(s[i])) ++i;
    std::string_view value;
    size_t attr_end = name_begin + attr_name.size();
    if (i < n && s[i] == '=') {
      ++i;
      while (i < n && IsTagSpace(s[i])) ++i;
      if (i < n && (s[i] == '"' || s[i] == '\'')) {
        size_t close = s.find(s[i], i + 1);
        if (close == std::string_view::npos) break;  // EOF in a value
        value = s.substr(i + 1, close - i - 1);
        i = close + 1;
      } else {
        size_t vb = i;
        while (i < n && !IsTagSpace(s[i]) && s[i] != '>') ++i;
        value = s.substr(vb, i - vb);
      }
      attr_end = i;
    }
    attr_visitor(attr_name, value, name_begin, attr_end);
  }
  t.end = npos;  // EOF inside the tag: the tokenizer drops it
  return t;
}

}  // namespace artext::dom::lexer

#endif  // ARTEXT_DOM_HTML_LEXER_H_
