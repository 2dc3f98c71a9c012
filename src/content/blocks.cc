// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/blocks.h"

#include <array>

#include "clean/patterns.h"
#include "dom/walk.h"
#include "heuristics.h"
#include "util/text.h"

namespace artext::content {
namespace {

using std::string_view_literals::operator""sv;

// Whole-block UI strings, compared case-insensitively after trimming
// trailing punctuation. Origin: labels seen between paragraphs on news sites.
constexpr std::array kBoilerplatePrefixes = {
    "advertisement"sv, "ad "sv,            "read more"sv,
    "continue reading"sv, "click here"sv,  "share this"sv,
    "share on"sv,      "sign up"sv,        "subscribe"sv,
    "log in"sv,        "login"sv,          "related:"sv,
    "related articles"sv, "related stories"sv, "recommended"sv,
    "most read"sv,     "most popular"sv,   "follow us"sv,
    "skip to"sv,       "scroll to continue"sv, "story continues below"sv,
    "article continues below"sv, "see also"sv, "photo:"sv,
    "image:"sv,        "credit:"sv,        "getty images"sv,
    "sponsored"sv,     "print"sv,          "email this"sv,
};

struct Builder {
  std::vector<Block> blocks;
  std::string text;
  bool pending_space = false;
  uint32_t link_chars = 0;
  std::vector<Link> links;
  bool last_was_br = false;

  void Flush(BlockType type, int level) {
    std::string_view t = util::Trim(text);
    if (!t.empty()) {
      size_t chars = util::CountChars(t);
      bool link_heavy = chars > 0 && static_cast<double>(link_chars) / chars >
                                         heuristics::kMaxBlockLinkDensity;
      if (!link_heavy && !IsBoilerplateLine(t)) {
        Block b;
        b.type = type;
        b.level = level;
        b.text = std::string(t);
        b.links = std::move(links);
        blocks.push_back(std::move(b));
      }
    }
    text.clear();
    links.clear();
    pending_space = false;
    link_chars = 0;
  }
};

// What kind of block the innermost typed ancestor makes.
struct Context {
  BlockType type = BlockType::kParagraph;
  int level = 0;
};

bool TypesBlock(dom::Tag tag) {
  return dom::HeadingLevel(tag) > 0 || tag == dom::Tag::kLi ||
         tag == dom::Tag::kDd || tag == dom::Tag::kDt ||
         tag == dom::Tag::kBlockquote || tag == dom::Tag::kPre ||
         tag == dom::Tag::kTr;
}

Context ContextFor(dom::Tag tag) {
  if (int level = dom::HeadingLevel(tag)) return {BlockType::kHeading, level};
  switch (tag) {
    case dom::Tag::kLi: case dom::Tag::kDd: case dom::Tag::kDt:
      return {BlockType::kListItem, 0};
    case dom::Tag::kBlockquote: return {BlockType::kQuote, 0};
    case dom::Tag::kPre: return {BlockType::kCode, 0};
    case dom::Tag::kTr: return {BlockType::kTableRow, 0};
    default: return {};
  }
}

// Readability's conditional cleaning, simplified: sub-containers of the
// article that are named like boilerplate or are mostly links.
bool IsBoilerplateContainer(const dom::Node* n, const score::NodeStats& s) {
  switch (n->tag) {
    case dom::Tag::kDiv: case dom::Tag::kSection: case dom::Tag::kUl:
    case dom::Tag::kOl: case dom::Tag::kTable: case dom::Tag::kDl:
    case dom::Tag::kMenu:
      break;
    default:
      return false;
  }
  if (s.commas >= heuristics::kConditionalCleanCommas) return false;
  if (n->attr_count > 0 && clean::ClassWeight(clean::ClassAndId(n)) < 0) {
    return true;
  }
  return score::LinkDensity(s) > heuristics::kConditionalCleanLinkDensity;
}

}  // namespace

bool IsBoilerplateLine(std::string_view text) {
  if (util::CountChars(text) > heuristics::kMaxBoilerplateBlockChars) {
    return false;
  }
  std::string_view t = util::Trim(text);
  while (!t.empty() && (t.back() == '.' || t.back() == ':' || t.back() == '>' ||
                        t.back() == ' ')) {
    t.remove_suffix(1);
  }
  if (t.empty()) return true;
  for (std::string_view p : kBoilerplatePrefixes) {
    if (p.back() == ' ' || p.back() == ':') {
      if (util::StartsWithIgnoreCase(t, p)) return true;
    } else if (util::EqualsIgnoreCase(t, p) ||
               (util::StartsWithIgnoreCase(t, p) && t.size() < p.size() + 25)) {
      return true;
    }
  }
  return false;
}

std::vector<Block> ExtractBlocks(const std::vector<const dom::Node*>& containers,
                                 const std::vector<score::NodeStats>& stats) {
  Builder b;
  std::vector<Context> contexts{{}};
  int in_pre = 0;
  int in_link = 0;
  std::string link_href;
  size_t link_start = 0;
  auto flush = [&] { b.Flush(contexts.back().type, contexts.back().level); };

  for (const dom::Node* container : containers) {
    dom::Walk(
        container,
        [&](const dom::Node* n) {
          if (n->removed) return false;
          if (n->is_text()) {
            if (in_pre) {
              b.text.append(n->text);
            } else {
              // Count only what this node appended: counting the whole
              // block each time was quadratic in a block's length (16 s
              // for a 1 MB paragraph of tiny elements).
              size_t before = b.text.size();
              util::AppendCollapsed(n->text, &b.pending_space, &b.text);
              if (in_link) {
                b.link_chars += util::CountChars(
                    std::string_view(b.text).substr(before));
              }
            }
            b.last_was_br = b.last_was_br && util::Trim(n->text).empty();
            return false;
          }
          if (!n->is_element() || dom::IsNonContentTag(n->tag)) return false;
          if (n != container && IsBoilerplateContainer(n, stats[n->order])) {
            return false;
          }
          if (n->tag == dom::Tag::kBr) {
            // One <br> is a line break inside a paragraph; two in a row
            // separate paragraphs.
            if (b.last_was_br) {
              flush();
            } else if (in_pre) {
              b.text.push_back('\n');
            } else {
              b.pending_space = true;
            }
            b.last_was_br = true;
            return false;
          }
          b.last_was_br = false;
          if (n->tag == dom::Tag::kTd || n->tag == dom::Tag::kTh) {
            if (contexts.back().type == BlockType::kTableRow) {
              if (!util::Trim(b.text).empty()) b.text += " | ";
              b.pending_space = false;
              return true;
            }
          }
          if (n->tag == dom::Tag::kPre) ++in_pre;
          if (n->tag == dom::Tag::kA && n->HasAttr("href")) {
            if (in_link++ == 0) {
              link_href = std::string(n->Attr("href"));
              link_start = b.text.size();
            }
          }
          if (dom::IsBlockTag(n->tag)) {
            flush();
            if (TypesBlock(n->tag)) contexts.push_back(ContextFor(n->tag));
          }
          return true;
        },
        [&](const dom::Node* n) {
          if (n->tag == dom::Tag::kA && n->HasAttr("href") && in_link > 0) {
            if (--in_link == 0 && b.text.size() > link_start) {
              std::string_view anchor =
                  util::Trim(std::string_view(b.text).substr(link_start));
              if (!anchor.empty()) {
                b.links.push_back({std::string(anchor), link_href});
              }
            }
          }
          if (n->tag == dom::Tag::kPre) --in_pre;
          if (dom::IsBlockTag(n->tag) &&
              !((n->tag == dom::Tag::kTd || n->tag == dom::Tag::kTh) &&
                contexts.back().type == BlockType::kTableRow)) {
            flush();
            if (TypesBlock(n->tag) && contexts.size() > 1) contexts.pop_back();
          }
        });
    flush();
  }
  return b.blocks;
}

}  // namespace artext::content
