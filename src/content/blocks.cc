// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/blocks.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "clean/patterns.h"
#include "content/line_shape.h"
#include "decisions/record.h"
#include "dom/text.h"
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
    "continue reading"sv, "click here "sv,  "share this"sv,
    "share on"sv,      "sign up"sv,        "subscribe"sv,
    "log in"sv,        "login"sv,          "related:"sv,
    "related articles"sv, "related stories"sv, "recommended"sv,
    "most read"sv,     "most popular"sv,   "follow us"sv,
    "skip to"sv,       "scroll to continue"sv, "story continues below"sv,
    "article continues below"sv, "see also"sv, "photo:"sv,
    "image:"sv,        "credit:"sv,        "getty images"sv,
    "sponsored"sv,     "print"sv,          "email this"sv,
    "advert"sv,        "this slideshow requires javascript"sv,
    "enable javascript"sv,
    // "Read also" / "Related" labels in the corpus languages (Cyrillic in
    // both cases: the comparison folds ASCII only).
    "leggi anche"sv,   "lesen sie auch"sv, "lire aussi"sv,
    "à lire aussi"sv,  "leia também"sv,    "leia mais"sv,
    "lea también"sv,   "lee también"sv,    "читайте также"sv,
    "Читайте также"sv, "관련기사"sv,       "関連記事"sv,
    "相关新闻"sv,      "相关阅读"sv,       "اقرأ أيضا"sv,
    // Labels over a related-posts block and the comment form inside the
    // story's container. Origin: the blog and brand-site articles of the
    // wcxb dev pages, whose labels the ScrapingHub news pages did not use.
    "you might also like"sv, "you may also like"sv, "you might like"sv,
    "you may be interested in"sv, "other posts you may"sv,
    "what others are reading"sv, "related posts"sv, "related reading"sv,
    "add a comment"sv, "leave a comment"sv, "stay connected with"sv,
};

// An affiliate disclosure ("This post contains affiliate links. If you buy
// through them, we may earn a commission."): a block about the site's
// earnings from affiliate links or commissions, in the site's own voice.
// A story sentence that mentions affiliate links ("both are affiliate
// links") or a commission ("the regional health commission") says nothing
// of earning. Origin: the FTC-style notes of review, recipe and
// buying-guide sites, before or inside the story. English only: the
// wording varies too much to list per language. Words are matched with the
// spaces around them (" us " is not "autonomous ").
constexpr std::array kDisclosureTopics = {
    "affiliate"sv, "commission"sv,
};
constexpr std::array kDisclosureVoices = {
    " we "sv, " our "sv, " us "sv, " i "sv, " my "sv, " this post"sv,
    " this page"sv, " this site"sv, " this article"sv, " this website"sv,
};

bool IsAffiliateDisclosure(std::string_view text) {
  if (util::CountChars(text) > heuristics::kMaxDisclosureBlockChars) {
    return false;
  }
  std::string t = " " + util::AsciiLower(text) + " ";
  for (char& c : t) {
    if (c == ',' || c == '.' || c == '(' || c == ')' || c == ':') c = ' ';
  }
  auto has_any = [&t](const auto& words) {
    for (std::string_view w : words) {
      if (t.find(w) != std::string::npos) return true;
    }
    return false;
  };
  return t.find(" earn") != std::string::npos && has_any(kDisclosureTopics) &&
         has_any(kDisclosureVoices);
}

struct Builder {
  std::vector<Block> blocks;
  std::string text;
  bool pending_space = false;
  uint32_t link_chars = 0;
  std::vector<Link> links;
  bool last_was_br = false;
  // The cells of the table row being read: finished ones, and where in
  // `text` the open one starts.
  std::vector<std::string> cells;
  bool cell_open = false;
  size_t cell_start = 0;
  BlockCounts counts;
  decisions::Record* record = nullptr;  // see decisions/record.h
  // Reading a page's main region (ExtractPageBlocks): a line that is all
  // link is an item's title, name or price, kept.
  bool links_are_content = false;
  const dom::Node* first_text = nullptr;  // of `text`, kept with a record
  // Alt texts of the images inside the article: a block repeating one is
  // the image's caption printed as text (captions go to `images`).
  std::unordered_set<std::string> alts;

  bool IsAltText(std::string_view t) const {
    return !alts.empty() && alts.count(std::string(t)) > 0;
  }

  // A <td> or <th> of a table row begins: the cell before it ends.
  void OpenCell() {
    CloseCell();
    if (!util::Trim(text).empty()) text += " | ";
    pending_space = false;
    cell_start = text.size();
    cell_open = true;
  }

  void CloseCell() {
    if (!cell_open) return;
    cells.emplace_back(util::Trim(std::string_view(text).substr(cell_start)));
    cell_open = false;
  }

  // Which line rule drops `t`, a block of `type` and heading `level`, all
  // link text when `all_link`; Rule::kCount when none does. A section
  // heading (h2-h6) or, in a page's main region, an item's linked title
  // that repeats its image's alt text is a card's name (a listicle's
  // product, a listing's item), not a caption printed again. An <h1>
  // repeating an alt is the page's headline or a slideshow's caption.
  decisions::Rule LineRule(std::string_view t, BlockType type, int level,
                           bool all_link) const {
    using decisions::Rule;
    if (IsBoilerplateLine(t)) return Rule::kBoilerplateLine;
    if (IsBylineLine(t)) return Rule::kBylineLine;
    if (IsUrlLine(t)) return Rule::kUrlLine;
    if (IsCounterLine(t)) return Rule::kCounterLine;
    if (IsCallToActionLine(t)) return Rule::kCallToActionLine;
    if (IsTimestampLine(t)) return Rule::kTimestampLine;
    const bool item_name = (type == BlockType::kHeading && level >= 2) ||
                           (links_are_content && all_link);
    if (IsAltText(t) && !item_name) {
      return Rule::kAltText;
    }
    return Rule::kCount;
  }

  void Flush(BlockType type, int level) {
    CloseCell();
    std::string_view t = util::Trim(text);
    if (!t.empty()) {
      size_t chars = util::CountChars(t);
      // Mostly link text is navigation ("Related: <a>headline</a>"), unless
      // the words outside the link make a sentence of their own ("The
      // inquiry was shelved in 2017 but was <a>re-opened this year</a>.").
      const double density = static_cast<double>(link_chars) / chars;
      bool link_heavy = !links_are_content && chars > 0 &&
                        density > heuristics::kMaxBlockLinkDensity &&
                        chars - std::min<size_t>(link_chars, chars) <
                            heuristics::kMinSentenceOutsideLinksChars;
      decisions::Rule line_rule = decisions::Rule::kCount;
      if (link_heavy) {
        // Headline-long link lines are teasers; "link", "Home", "Next" are not.
        if (chars >= heuristics::kMinTeaserLinkChars) ++counts.link_lines;
        if (record) {
          record->AddText(t, decisions::Rule::kBlockLinkDensity,
                          decisions::Compare(density, ">",
                                             heuristics::kMaxBlockLinkDensity),
                          first_text);
        }
      } else if ((line_rule = LineRule(t, type, level, link_chars >= chars)) !=
                 decisions::Rule::kCount) {
        ++counts.boilerplate;
        if (record) record->AddText(t, line_rule, {}, first_text);
      } else {
        if (record) record->AddText(t, decisions::Rule::kKeptBlock, {}, first_text);
        ++counts.kept;
        Block b;
        b.type = type;
        b.level = level;
        b.text = std::string(t);
        b.links = std::move(links);
        if (type == BlockType::kTableRow) b.cells = std::move(cells);
        blocks.push_back(std::move(b));
      }
    }
    text.clear();
    links.clear();
    cells.clear();
    first_text = nullptr;
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

// A part of a prose layout box named after it (the name heading of a
// "product-widget" card: "product-widget__name"), as the prepare pass
// keeps it.
bool IsPartOfProseLayoutBox(const dom::Node* n, const std::string& names,
                            const std::vector<dom::NodeStats>& stats) {
  if (!clean::IsLayoutWordOnly(names)) return false;
  for (const dom::Node* p = n->parent; p && p->is_element(); p = p->parent) {
    if (p->attr_count == 0) continue;
    const std::string up = clean::ClassAndId(p);
    if (clean::IsProseLayoutBox(up, stats[p->order])) {
      return clean::IsPartNamedAfter(names, up);
    }
    if (!clean::IsLayoutWordOnly(up)) return false;
  }
  return false;
}

// Readability's conditional cleaning, simplified: sub-containers of the
// article that are named like boilerplate (when `by_name`) or are mostly
// links. Returns the rule that drops `n`, Rule::kCount when none does.
decisions::Rule BoilerplateContainerRule(
    const dom::Node* n, const std::vector<dom::NodeStats>& stats,
    bool by_name, bool links_are_content) {
  const dom::NodeStats& s = stats[n->order];
  using decisions::Rule;
  switch (n->tag) {
    case dom::Tag::kDiv: case dom::Tag::kSection: case dom::Tag::kUl:
    case dom::Tag::kOl: case dom::Tag::kTable: case dom::Tag::kDl:
    case dom::Tag::kMenu:
      break;
    default:
      return Rule::kCount;
  }
  if (s.commas >= heuristics::kConditionalCleanCommas) return Rule::kCount;
  // An embedded post (all its text quoted) is cited content, however named.
  if (dom::IsEmbeddedQuote(s)) return Rule::kCount;
  if (by_name && n->attr_count > 0) {
    const std::string names = clean::ClassAndId(n);
    if (clean::ClassWeight(names) < 0 && !clean::IsProseLayoutBox(names, s) &&
        !IsPartOfProseLayoutBox(n, names, stats)) {
      return Rule::kNegativeClassContainer;
    }
  }
  if (dom::LinkDensity(s) <= heuristics::kConditionalCleanLinkDensity) {
    return Rule::kCount;
  }
  // In a page's main region a grid of item cards is as link-dense as a
  // menu: every title, name and price is a link to the item.
  return links_are_content ? Rule::kCount : Rule::kLinkDenseContainer;
}

// The decision record's detail for a dropped sub-container.
std::string ContainerDetail(const dom::Node* n, const dom::NodeStats& s,
                            decisions::Rule rule) {
  if (rule == decisions::Rule::kNegativeClassContainer) {
    return "`" +
           std::string(clean::MatchedWord(clean::WordList::kNegative,
                                          clean::ClassAndId(n))) +
           "`";
  }
  if (rule == decisions::Rule::kLinkDenseContainer) {
    return decisions::Compare(dom::LinkDensity(s), ">",
                              heuristics::kConditionalCleanLinkDensity);
  }
  return {};
}

// An <article> next to another <article> inside the chosen container is one
// teaser of a list ("more stories" rendered as article cards): a story does
// not hold a row of other stories. Marks them for the subtree of `root` in
// one pass over each child list, so a page of 100,000 cards stays linear.
//
// A card with kMinStoryCardUnlinkedChars of text outside links and an
// unlinked heading is not a teaser (a linked headline and a summary): it is
// a section of the story written as <article> (tabbed guides, listicle
// items, one <article> per chapter).
// A teaser's headline is a link to the story it announces; a section of
// the story has its heading as plain text. A card with no link at all is
// never a teaser.
bool HasLinkedHeading(const dom::Node* card,
                      const std::vector<dom::NodeStats>& stats) {
  for (const dom::Node* n = card; n; n = dom::NextInTree(n, card)) {
    if (!n->is_element() || dom::HeadingLevel(n->tag) == 0) continue;
    const dom::NodeStats& h = stats[n->order];
    if (h.chars > 0 && dom::LinkDensity(h) > heuristics::kMaxBlockLinkDensity) {
      return true;
    }
  }
  return false;
}

bool IsTeaserCard(const dom::Node* card,
                  const std::vector<dom::NodeStats>& stats) {
  const dom::NodeStats& s = stats[card->order];
  // A teaser announces another page: a card without a single link (a forum
  // post, a comment-free message, a chapter) points nowhere and is content.
  if (s.link_chars == 0) return false;
  return s.chars - std::min(s.chars, s.link_chars) <
             heuristics::kMinStoryCardUnlinkedChars ||
         HasLinkedHeading(card, stats);
}

void MarkTeaserArticles(const dom::Node* root,
                        const std::vector<dom::NodeStats>& stats,
                        std::unordered_set<const dom::Node*>* teasers) {
  for (const dom::Node* n = root; n; n = dom::NextInTree(n, root)) {
    if (!n->is_element()) continue;
    const dom::Node* prev = nullptr;  // previous element child
    for (const dom::Node* c = n->first_child; c; c = c->next_sibling) {
      if (!c->is_element() || c->removed) continue;
      if (prev && prev->tag == dom::Tag::kArticle &&
          c->tag == dom::Tag::kArticle) {
        if (IsTeaserCard(prev, stats)) teasers->insert(prev);
        if (IsTeaserCard(c, stats)) teasers->insert(c);
      }
      prev = c;
    }
  }
}

// An inline element inside running text that holds a picture and a list of
// links and nothing else: a hover card ("Ilhan Omar" -> photo, three recent
// headlines, MORE) that style sheets hide until the mouse is over the name.
bool IsInlineCard(const dom::Node* n, const dom::NodeStats& s) {
  return !dom::IsBlockTag(n->tag) && n->tag != dom::Tag::kA &&
         s.images > 0 && s.links >= heuristics::kMinCardLinks &&
         dom::LinkDensity(s) >= heuristics::kMinCardLinkDensity;
}

// The first element child when it is a link: the name a hover card hangs on.
const dom::Node* LeadingLink(const dom::Node* n) {
  for (const dom::Node* c = n->first_child; c; c = c->next_sibling) {
    if (c->is_text() && util::Trim(c->text).empty()) continue;
    return c->is_element() && c->tag == dom::Tag::kA ? c : nullptr;
  }
  return nullptr;
}

}  // namespace

bool IsBoilerplateLine(std::string_view text) {
  if (IsAffiliateDisclosure(text)) return true;
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

namespace {

// How the blocks are read: an article's containers, or a page's main
// region (its cards and posts are the content, not teasers).
struct Reading {
  bool clean_by_name = true;
  bool page = false;
};

std::vector<Block> ExtractBlocksOnce(
    const std::vector<const dom::Node*>& containers,
    const std::vector<dom::NodeStats>& stats, Reading reading,
    BlockCounts* counts, decisions::Record* record) {
  Builder b;
  b.record = record;
  b.links_are_content = reading.page;
  std::vector<Context> contexts{{}};
  int in_pre = 0;
  int in_link = 0;
  std::string link_href;
  size_t link_start = 0;
  auto flush = [&] { b.Flush(contexts.back().type, contexts.back().level); };
  std::unordered_set<const dom::Node*> teasers;
  for (const dom::Node* container : containers) {
    if (!reading.page) MarkTeaserArticles(container, stats, &teasers);
    for (const dom::Node* n = container; n; n = dom::NextInTree(n, container)) {
      if (n->tag != dom::Tag::kImg) continue;
      std::string alt = util::CollapseWhitespace(n->Attr("alt"));
      if (util::CountChars(alt) >= heuristics::kMinCaptionAltChars) {
        b.alts.insert(std::move(alt));
      }
    }
  }

  for (const dom::Node* container : containers) {
    dom::Walk(
        container,
        [&](const dom::Node* n) {
          if (n->removed) return false;
          if (n->is_text()) {
            if (record && !b.first_text && !util::Trim(n->text).empty()) {
              b.first_text = n;
            }
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
          if (!n->is_element() || (dom::IsNonContentElement(n) &&
                                   !dom::IsFallbackContentTag(n->tag))) {
            return false;  // fallback content is read unless removed
          }
          if (n != container) {
            const decisions::Rule drop =
                BoilerplateContainerRule(n, stats, reading.clean_by_name,
                                         reading.page);
            if (drop != decisions::Rule::kCount) {
              if (record) {
                record->Add(n, drop, ContainerDetail(n, stats[n->order], drop));
              }
              return false;
            }
            if (teasers.count(n) > 0) {
              if (record) record->Add(n, decisions::Rule::kTeaserCard);
              return false;
            }
          }
          if (n != container && IsInlineCard(n, stats[n->order])) {
            if (record) record->Add(n, decisions::Rule::kInlineCard);
            // Keep the name the card hangs on, drop the card.
            if (const dom::Node* a = LeadingLink(n)) {
              util::AppendCollapsed(dom::FlatText(a), &b.pending_space, &b.text);
              b.pending_space = true;
            }
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
              b.OpenCell();
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
  if (counts) *counts = b.counts;
  return b.blocks;
}

}  // namespace

size_t TextChars(const std::vector<Block>& blocks) {
  size_t chars = 0;
  for (const Block& b : blocks) chars += util::CountChars(b.text);
  return chars;
}

std::vector<Block> ExtractBlocks(const std::vector<const dom::Node*>& containers,
                                 const std::vector<dom::NodeStats>& stats,
                                 BlockCounts* counts,
                                 decisions::Record* record) {
  BlockCounts named;
  // Each try records into its own record; the one whose blocks are kept
  // goes into `record`.
  decisions::Record named_record, unnamed_record;
  decisions::Record* const named_rec = record ? &named_record : nullptr;
  std::vector<Block> blocks = ExtractBlocksOnce(
      containers, stats, Reading{}, &named, named_rec);
  // The container the scores chose holds the page's running text; when the
  // class names of its own modules strip nearly all of it, the names are the
  // site's vocabulary, not boilerplate (page builders' `…-scrolling`,
  // `WidgetArea`, `…Banner…` wrappers around every paragraph). Judge its
  // sub-containers by their links only.
  size_t held = 0;
  for (const dom::Node* c : containers) held += stats[c->order].chars;
  if (held >= heuristics::kMinUnstrippedContainerChars &&
      TextChars(blocks) < heuristics::kMinKeptContainerShare * held) {
    BlockCounts unnamed;
    std::vector<Block> kept = ExtractBlocksOnce(
        containers, stats, Reading{.clean_by_name = false}, &unnamed,
        record ? &unnamed_record : nullptr);
    if (TextChars(kept) > TextChars(blocks)) {
      if (counts) *counts = unnamed;
      if (record) record->Append(std::move(unnamed_record));
      return kept;
    }
  }
  if (counts) *counts = named;
  if (record) record->Append(std::move(named_record));
  return blocks;
}

std::vector<Block> ExtractPageBlocks(
    const std::vector<const dom::Node*>& containers,
    const std::vector<dom::NodeStats>& stats, BlockCounts* counts,
    decisions::Record* record) {
  return ExtractBlocksOnce(containers, stats, Reading{.page = true}, counts,
                           record);
}

}  // namespace artext::content
