// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/parsers/entities.h"

#include <cstdint>

#include "util/utf8.h"

namespace artext::metadata {
namespace {

struct Named {
  std::string_view name;
  char32_t cp;
};

// The references seen in metadata values; the full HTML table (2,000+
// names) is the parser's job, not this one's.
constexpr Named kNamed[] = {
    {"amp", '&'},        {"quot", '"'},       {"apos", '\''},
    {"lt", '<'},         {"gt", '>'},         {"nbsp", 0xA0},
    {"rsquo", 0x2019},   {"lsquo", 0x2018},   {"rdquo", 0x201D},
    {"ldquo", 0x201C},   {"ndash", 0x2013},   {"mdash", 0x2014},
    {"hellip", 0x2026},  {"laquo", 0xAB},     {"raquo", 0xBB},
    {"middot", 0xB7},    {"eacute", 0xE9},    {"copy", 0xA9},
};

// Longest reference we look at: "&#x10FFFF;" and "&hellip;" fit.
constexpr size_t kMaxReferenceLength = 10;

}  // namespace

std::string DecodeEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '&') {
      out += s[i++];
      continue;
    }
    size_t semi = s.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > kMaxReferenceLength) {
      out += s[i++];
      continue;
    }
    std::string_view body = s.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (body.size() >= 2 && body[0] == '#') {
      bool hex = body[1] == 'x' || body[1] == 'X';
      uint32_t v = 0;
      bool ok = body.size() > (hex ? 2u : 1u);
      for (size_t k = hex ? 2 : 1; ok && k < body.size(); ++k) {
        char c = body[k];
        int d = -1;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
        if (d < 0) ok = false;
        else v = v * (hex ? 16 : 10) + static_cast<uint32_t>(d);
        if (v > 0x10FFFF) ok = false;
      }
      if (ok && v > 0) cp = v;
    } else {
      for (const Named& n : kNamed) {
        if (n.name == body) cp = n.cp;
      }
    }
    if (cp == 0) {
      out += s[i++];
      continue;
    }
    util::AppendUtf8(cp, &out);
    i = semi + 1;
  }
  return out;
}

}  // namespace artext::metadata
