// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "dom/prescan_tags.h"

#include <algorithm>
#include <utility>

namespace artext::dom::prescan_tags {
namespace {

struct TagClass {
  std::string_view name;
  uint32_t cls;
};

constexpr uint32_t kSp = kSpecial;
// Sorted by name (checked below): Classify() scans a first-letter bucket.
constexpr std::array kTags = {
    TagClass{"a", kA | kFormatting},
    TagClass{"address", kClosesP | kSp},
    TagClass{"applet", kScope | kSp},
    TagClass{"area", kVoid | kSp},
    TagClass{"article", kClosesP | kSp},
    TagClass{"aside", kClosesP | kSp},
    TagClass{"b", kBreakout | kFormatting},
    TagClass{"base", kVoid | kSp},
    TagClass{"basefont", kVoid | kSp},
    TagClass{"bgsound", kVoid | kSp},
    TagClass{"big", kBreakout | kFormatting},
    TagClass{"blockquote", kClosesP | kBreakout | kSp},
    TagClass{"body", kNotPushed | kBreakout | kRename | kSp},
    TagClass{"br", kVoid | kBreakout | kSp},
    TagClass{"button", kScope | kSp},
    TagClass{"caption", kScope | kRename | kSp},
    TagClass{"center", kClosesP | kBreakout | kSp},
    TagClass{"code", kBreakout | kFormatting},
    TagClass{"col", kVoid | kRename | kSp},
    TagClass{"colgroup", kRename | kSp},
    TagClass{"dd", kDdDt | kClosesP | kBreakout | kSp},
    TagClass{"details", kClosesP | kSp},
    TagClass{"dialog", kClosesP},
    TagClass{"dir", kClosesP | kSp},
    TagClass{"div", kClosesP | kBreakout | kSp},
    TagClass{"dl", kClosesP | kBreakout | kList | kSp},
    TagClass{"dt", kDdDt | kClosesP | kBreakout | kSp},
    TagClass{"em", kBreakout | kFormatting},
    TagClass{"embed", kVoid | kBreakout | kSp},
    TagClass{"fieldset", kClosesP | kSp},
    TagClass{"figcaption", kClosesP | kSp},
    TagClass{"figure", kClosesP | kSp},
    TagClass{"font", kFont | kFormatting},
    TagClass{"footer", kClosesP | kSp},
    TagClass{"form", kClosesP | kSp},
    TagClass{"frame", kVoid | kRename | kSp},
    TagClass{"frameset", kNotPushed | kRename | kSp},
    TagClass{"h1", kClosesP | kHeading | kBreakout | kSp},
    TagClass{"h2", kClosesP | kHeading | kBreakout | kSp},
    TagClass{"h3", kClosesP | kHeading | kBreakout | kSp},
    TagClass{"h4", kClosesP | kHeading | kBreakout | kSp},
    TagClass{"h5", kClosesP | kHeading | kBreakout | kSp},
    TagClass{"h6", kClosesP | kHeading | kBreakout | kSp},
    TagClass{"head", kNotPushed | kBreakout | kRename | kSp},
    TagClass{"header", kClosesP | kSp},
    TagClass{"hgroup", kClosesP | kSp},
    TagClass{"hr", kVoid | kClosesP | kBreakout | kSp},
    TagClass{"html", kNotPushed | kScope | kRename | kSp},
    TagClass{"i", kBreakout | kFormatting},
    TagClass{"iframe", kRawText | kCut | kSp},
    TagClass{"image", kVoid},
    TagClass{"img", kVoid | kBreakout | kSp},
    TagClass{"input", kVoid | kEndsSelect | kRename | kSp},
    TagClass{"keygen", kVoid | kEndsSelect | kRename | kSp},
    TagClass{"li", kLi | kClosesP | kBreakout | kSp},
    TagClass{"link", kVoid | kSp},
    TagClass{"listing", kClosesP | kBreakout | kPreformatted | kSp},
    TagClass{"main", kClosesP | kSp},
    TagClass{"marquee", kScope | kSp},
    TagClass{"math", kMath},
    TagClass{"menu", kClosesP | kBreakout | kList | kSp},
    TagClass{"meta", kVoid | kBreakout | kSp},
    TagClass{"nav", kClosesP | kNavigation | kSp},
    TagClass{"nobr", kBreakout | kFormatting},
    TagClass{"noembed", kRawText | kSp},
    TagClass{"noframes", kRawText | kSp},
    TagClass{"noscript", kSp},
    TagClass{"object", kScope | kSp},
    TagClass{"ol", kClosesP | kBreakout | kList | kSp},
    TagClass{"optgroup", kOptgroup | kRename},
    TagClass{"option", kOption | kRename},
    TagClass{"p", kClosesP | kBreakout | kSp},
    TagClass{"param", kVoid | kSp},
    TagClass{"plaintext", kPlaintext | kClosesP | kSp},
    TagClass{"pre", kClosesP | kBreakout | kPreformatted | kSp},
    TagClass{"ruby", kBreakout},
    TagClass{"s", kBreakout | kFormatting},
    TagClass{"script", kScript | kSp},
    TagClass{"section", kClosesP | kSp},
    TagClass{"select", kSelect | kRename | kSp},
    TagClass{"small", kBreakout | kFormatting},
    TagClass{"source", kVoid | kSp},
    TagClass{"span", kBreakout},
    TagClass{"strike", kBreakout | kFormatting},
    TagClass{"strong", kBreakout | kFormatting},
    TagClass{"style", kRawText | kCut | kSp},
    TagClass{"sub", kBreakout},
    TagClass{"summary", kClosesP | kSp},
    TagClass{"sup", kBreakout},
    TagClass{"svg", kSvg},
    TagClass{"table", kTable | kScope | kClosesP | kBreakout | kSp},
    TagClass{"tbody", kSection | kRename | kSp},
    TagClass{"td", kCell | kScope | kRename | kSp},
    TagClass{"template", kScope | kRename | kSp},
    TagClass{"textarea", kRcdata | kEndsSelect | kRename | kSp},
    TagClass{"tfoot", kSection | kRename | kSp},
    TagClass{"th", kCell | kScope | kRename | kSp},
    TagClass{"thead", kSection | kRename | kSp},
    TagClass{"title", kRcdata | kSp},
    TagClass{"tr", kRow | kRename | kSp},
    TagClass{"track", kVoid | kSp},
    TagClass{"tt", kBreakout | kFormatting},
    TagClass{"u", kBreakout | kFormatting},
    TagClass{"ul", kClosesP | kBreakout | kList | kSp},
    TagClass{"var", kBreakout},
    TagClass{"wbr", kVoid | kSp},
    TagClass{"xmp", kRawText | kClosesP | kSp},
};

static_assert(std::is_sorted(kTags.begin(), kTags.end(),
                             [](const TagClass& a, const TagClass& b) {
                               return a.name < b.name;
                             }));

// kTags' entries by first letter: [first, last) for 'a'..'z'. Classify runs
// for every tag of the page; a bucket holds at most 16 names.
constexpr auto kTagBuckets = [] {
  std::array<std::pair<uint8_t, uint8_t>, 26> buckets{};
  for (size_t i = 0; i < kTags.size(); ++i) {
    auto& b = buckets[kTags[i].name[0] - 'a'];
    if (b.first == b.second) b.first = static_cast<uint8_t>(i);
    b.second = static_cast<uint8_t>(i + 1);
  }
  return buckets;
}();

}  // namespace

uint32_t Classify(std::string_view lower) {
  if (lower.empty() || lower[0] < 'a' || lower[0] > 'z') return 0;
  auto [first, last] = kTagBuckets[lower[0] - 'a'];
  for (size_t i = first; i < last; ++i) {
    if (kTags[i].name == lower) return kTags[i].cls;
  }
  return 0;
}

std::string_view LowerName(std::string_view name, std::array<char, 16>* buf) {
  if (name.size() > buf->size()) return {};
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    (*buf)[i] = (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
  }
  return std::string_view(buf->data(), name.size());
}

}  // namespace artext::dom::prescan_tags
