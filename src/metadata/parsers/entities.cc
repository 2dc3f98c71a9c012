// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/parsers/entities.h"

#include <cstdint>
#include <iterator>
#include <string_view>

#include "util/hex.h"
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
    {"lt", '<'},         {"gt", '>'},         {"rsquo", 0x2019},
    {"lsquo", 0x2018},   {"rdquo", 0x201D},   {"ldquo", 0x201C},
    {"sbquo", 0x201A},   {"bdquo", 0x201E},   {"ndash", 0x2013},
    {"mdash", 0x2014},   {"hellip", 0x2026},  {"bull", 0x2022},
    {"trade", 0x2122},   {"euro", 0x20AC},    {"lsaquo", 0x2039},
    {"rsaquo", 0x203A},  {"OElig", 0x152},    {"oelig", 0x153},
    {"Scaron", 0x160},   {"scaron", 0x161},
};

// Latin-1's names, U+00A0 to U+00FF in order: European titles escape
// their accented letters ("R&uuml;ckbau", "&eacute;t&eacute;").
constexpr std::string_view kLatin1Names[] = {
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect",
    "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr",
    "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
    "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil",
    "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml",
    "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
    "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig",
    "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml",
    "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide",
    "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
};

// Longest reference we look at: "&#x10FFFF;" and "&hellip;" fit.
constexpr size_t kMaxReferenceLength = 10;

}  // namespace

namespace {

// The code point of the reference starting at s[i] (a '&'), and the index
// past its ';'; 0 when no known reference starts there.
char32_t ReferenceAt(std::string_view s, size_t i, size_t* next) {
  size_t semi = s.find(';', i + 1);
  if (semi == std::string_view::npos || semi - i > kMaxReferenceLength) return 0;
  std::string_view body = s.substr(i + 1, semi - i - 1);
  char32_t cp = 0;
  if (body.size() >= 2 && body[0] == '#') {
    bool hex = body[1] == 'x' || body[1] == 'X';
    uint32_t v = 0;
    bool ok = body.size() > (hex ? 2u : 1u);
    for (size_t k = hex ? 2 : 1; ok && k < body.size(); ++k) {
      char c = body[k];
      int d = hex ? util::HexDigitValue(c) : (c >= '0' && c <= '9' ? c - '0' : -1);
      if (d < 0) ok = false;
      else v = v * (hex ? 16 : 10) + static_cast<uint32_t>(d);
      if (v > 0x10FFFF) ok = false;
    }
    if (ok && v > 0) cp = v;
  } else {
    for (const Named& n : kNamed) {
      if (n.name == body) cp = n.cp;
    }
    for (size_t k = 0; cp == 0 && k < std::size(kLatin1Names); ++k) {
      if (kLatin1Names[k] == body) cp = static_cast<char32_t>(0xA0 + k);
    }
  }
  if (cp != 0) *next = semi + 1;
  return cp;
}

}  // namespace

std::string DecodeEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t next = i;
    char32_t cp = s[i] == '&' ? ReferenceAt(s, i, &next) : 0;
    if (cp == 0) {
      out += s[i++];
      continue;
    }
    // Escaped twice ("&amp;#8230;" in a JSON-LD headline): the reference
    // the "&amp;" starts is the character meant.
    size_t inner = next;
    if (cp == '&' && next - 1 < s.size()) {
      std::string again = "&";
      again += s.substr(next, kMaxReferenceLength + 1);
      size_t again_next = 0;
      if (char32_t twice = ReferenceAt(again, 0, &again_next)) {
        cp = twice;
        inner = next + again_next - 1;
      }
    }
    util::AppendUtf8(cp, &out);
    i = inner;
  }
  return out;
}

}  // namespace artext::metadata
