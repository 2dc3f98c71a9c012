// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/prescan.h"

#include <optional>
#include <string>

#include "charset/labels.h"
#include "util/text.h"

namespace artext::charset {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool IsAsciiAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char ToLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

enum class AttributeResult {
  kFound,  // an attribute was read
  kNone,   // the tag ends here ('>' at *pos)
  kEnd,    // the window ended inside the tag: the prescan gives up
};

struct Attribute {
  std::string name;   // lower-cased (ASCII only), as the standard does
  std::string value;  // lower-cased likewise
};

// The standard's "get an attribute", from *pos. When `keep` is false the
// attribute is only skipped (other tags' attributes are never looked at).
AttributeResult GetAttribute(std::string_view b, size_t* pos, bool keep,
                             Attribute* attribute) {
  size_t& p = *pos;
  const size_t n = b.size();
  while (p < n && (IsSpace(b[p]) || b[p] == '/')) ++p;
  if (p >= n) return AttributeResult::kEnd;
  if (b[p] == '>') return AttributeResult::kNone;
  attribute->name.clear();
  attribute->value.clear();
  auto append = [keep](std::string* s, char c) {
    if (keep) s->push_back(ToLower(c));
  };
  bool name_started = false;  // the name is non-empty (even when not kept)
  // Name: up to '=', whitespace, '/' or '>'. A leading '=' is part of it.
  while (true) {
    if (p >= n) return AttributeResult::kEnd;
    const char c = b[p];
    if (c == '=' && name_started) break;
    if (IsSpace(c)) {
      while (p < n && IsSpace(b[p])) ++p;
      if (p >= n) return AttributeResult::kEnd;
      if (b[p] != '=') return AttributeResult::kFound;  // no value
      break;
    }
    if (c == '/' || c == '>') return AttributeResult::kFound;
    append(&attribute->name, c);
    name_started = true;
    ++p;
  }
  ++p;  // the '='
  while (p < n && IsSpace(b[p])) ++p;
  if (p >= n) return AttributeResult::kEnd;
  const char first = b[p];
  if (first == '"' || first == '\'') {
    for (++p; p < n; ++p) {
      if (b[p] == first) {
        ++p;
        return AttributeResult::kFound;
      }
      append(&attribute->value, b[p]);
    }
    return AttributeResult::kEnd;
  }
  if (first == '>') return AttributeResult::kFound;  // empty value
  for (; p < n; ++p) {
    if (IsSpace(b[p]) || b[p] == '>') return AttributeResult::kFound;
    append(&attribute->value, b[p]);
  }
  return AttributeResult::kEnd;
}

// The attributes of a <meta> tag, read from *pos (just past "<meta" and the
// following space or slash) to its '>'. Returns the encoding it declares,
// "" if it declares none, or nullopt if the window ends inside the tag.
std::optional<std::string> ReadMetaTag(std::string_view b, size_t* pos) {
  // Only the first of repeated attributes counts; only three names matter,
  // so three flags replace the standard's list of every name seen.
  bool seen_http_equiv = false;
  bool seen_content = false;
  bool seen_charset = false;
  Attribute attribute;
  bool got_pragma = false;
  enum class NeedPragma { kUnset, kYes, kNo } need_pragma = NeedPragma::kUnset;
  std::optional<std::string> charset;  // "" is the standard's "failure"
  while (true) {
    const AttributeResult result = GetAttribute(b, pos, true, &attribute);
    if (result == AttributeResult::kEnd) return std::nullopt;
    if (result == AttributeResult::kNone) break;
    if (attribute.name == "http-equiv") {
      if (seen_http_equiv) continue;
      seen_http_equiv = true;
      if (attribute.value == "content-type") got_pragma = true;
    } else if (attribute.name == "content") {
      if (seen_content) continue;
      seen_content = true;
      if (!charset.has_value()) {
        const std::string_view label = CharsetFromContentType(attribute.value);
        std::string encoding = CanonicalEncoding(label);
        if (!encoding.empty()) {
          charset = std::move(encoding);
          need_pragma = NeedPragma::kYes;
        }
      }
    } else if (attribute.name == "charset") {
      if (seen_charset) continue;
      seen_charset = true;
      charset = CanonicalEncoding(attribute.value);
      need_pragma = NeedPragma::kNo;
    }
  }
  if (need_pragma == NeedPragma::kUnset) return std::string();
  if (need_pragma == NeedPragma::kYes && !got_pragma) return std::string();
  if (!charset.has_value()) return std::string();
  // A page that can be scanned for ASCII "<meta" is not UTF-16.
  if (*charset == "utf-16le" || *charset == "utf-16be") return "utf-8";
  if (*charset == "x-user-defined") return "windows-1252";
  return charset;
}

}  // namespace

std::string PrescanMetaCharset(std::string_view b) {
  const size_t n = b.size();
  Attribute ignored;
  size_t p = 0;
  while (p < n) {
    if (b[p] != '<') {
      ++p;
      continue;
    }
    if (b.compare(p, 4, "<!--") == 0) {
      // The "--" of "<!--" may close it too: "<!-->" is a whole comment.
      const size_t close = b.find("-->", p + 2);
      if (close == std::string_view::npos) return std::string();
      p = close + 3;
      continue;
    }
    if (util::StartsWithIgnoreCase(b.substr(p), "<meta") && p + 5 < n &&
        (IsSpace(b[p + 5]) || b[p + 5] == '/')) {
      p += 6;
      std::optional<std::string> charset = ReadMetaTag(b, &p);
      if (!charset.has_value()) return std::string();
      if (!charset->empty()) return *charset;
      ++p;  // past the '>'
      continue;
    }
    const bool start_tag = p + 1 < n && IsAsciiAlpha(b[p + 1]);
    const bool end_tag =
        p + 2 < n && b[p + 1] == '/' && IsAsciiAlpha(b[p + 2]);
    if (start_tag || end_tag) {
      // Skip the tag name, then its attributes, so that a quoted '>' or
      // "<meta" inside an attribute value is not mistaken for markup.
      while (p < n && !IsSpace(b[p]) && b[p] != '>') ++p;
      while (true) {
        const AttributeResult result = GetAttribute(b, &p, false, &ignored);
        if (result == AttributeResult::kEnd) return std::string();
        if (result == AttributeResult::kNone) break;
      }
      ++p;
      continue;
    }
    if (p + 1 < n && (b[p + 1] == '!' || b[p + 1] == '/' || b[p + 1] == '?')) {
      const size_t close = b.find('>', p + 1);
      if (close == std::string_view::npos) return std::string();
      p = close + 1;
      continue;
    }
    ++p;
  }
  return std::string();
}

std::string_view CharsetFromContentType(std::string_view content) {
  const size_t n = content.size();
  size_t pos = 0;
  while (true) {
    size_t found = std::string_view::npos;
    for (size_t i = pos; i + 7 <= n; ++i) {
      if (util::StartsWithIgnoreCase(content.substr(i), "charset")) {
        found = i;
        break;
      }
    }
    if (found == std::string_view::npos) return std::string_view();
    size_t i = found + 7;
    while (i < n && IsSpace(content[i])) ++i;
    if (i >= n) return std::string_view();
    if (content[i] != '=') {
      pos = i;  // "charsetfoo": look for a later "charset"
      continue;
    }
    ++i;
    while (i < n && IsSpace(content[i])) ++i;
    if (i >= n) return std::string_view();
    const char first = content[i];
    if (first == '"' || first == '\'') {
      const size_t close = content.find(first, i + 1);
      if (close == std::string_view::npos) return std::string_view();
      return content.substr(i + 1, close - i - 1);
    }
    size_t end = i;
    while (end < n && !IsSpace(content[end]) && content[end] != ';') ++end;
    return content.substr(i, end - i);
  }
}

}  // namespace artext::charset
