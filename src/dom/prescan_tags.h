// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The element classes the prescan's tree-builder model works with. They
// follow the WHATWG parsing spec (the version gumbo 0.10.1 implements):
// which elements are void, raw text, "special", formatting, scope
// boundaries, and which start tags break out of foreign content. Internal
// to dom/prescan.cc.

#ifndef ARTEXT_DOM_PRESCAN_TAGS_H_
#define ARTEXT_DOM_PRESCAN_TAGS_H_

#include <array>
#include <cstdint>
#include <string_view>

namespace artext::dom::prescan_tags {

enum Class : uint32_t {
  kVoid = 1u << 0,
  kRawText = 1u << 1,    // RAWTEXT: style, xmp, iframe, noembed, noframes
  kRcdata = 1u << 2,     // title, textarea
  kScript = 1u << 3,
  kPlaintext = 1u << 4,
  kClosesP = 1u << 5,    // start tag closes an open <p>
  kLi = 1u << 6,
  kDdDt = 1u << 7,
  kOption = 1u << 8,
  kOptgroup = 1u << 9,
  kCell = 1u << 10,      // td, th
  kRow = 1u << 11,       // tr
  kSection = 1u << 12,   // tbody, thead, tfoot
  kHeading = 1u << 13,
  kSelect = 1u << 14,
  kSvg = 1u << 15,
  kMath = 1u << 16,
  kBreakout = 1u << 17,  // start tag leaves foreign content
  kRename = 1u << 18,    // renamed x-NAME inside foreign content (gumbo crash)
  kNotPushed = 1u << 19, // html, head, body, frameset: merged, never nested
  kScope = 1u << 20,     // boundary of "has an element in scope"
  kA = 1u << 21,
  kCut = 1u << 22,       // body never contributes text: cut it
  kTable = 1u << 23,
  kList = 1u << 24,      // ul, ol, menu, dl: boundary for li/dd/dt closing
  kFont = 1u << 25,      // breaks out of foreign content with color/face/size
  kEndsSelect = 1u << 26,  // input, keygen, textarea close an open select
  kSpecial = 1u << 27,   // "special" category: stops "any other end tag"
  kFormatting = 1u << 28,  // end tag runs the adoption agency algorithm
  kPreformatted = 1u << 29,  // pre, listing: white space in them is kept
  kNavigation = 1u << 30,  // nav: cut like svg in slim mode (see prescan.h)
};

// The classes of the element named `lower` (lower-case); 0 for names the
// model need not know (custom elements, SVG and MathML names).
uint32_t Classify(std::string_view lower);

// Lower-cases a tag name into `buf` (names longer than the buffer are never
// known tags, and come back empty).
std::string_view LowerName(std::string_view name, std::array<char, 16>* buf);

}  // namespace artext::dom::prescan_tags

#endif  // ARTEXT_DOM_PRESCAN_TAGS_H_
