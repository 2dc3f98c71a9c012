// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "classify/page_signals.h"

#include <algorithm>

#include "dom/walk.h"
#include "heuristics.h"
#include "lexicon/page_type_words.h"
#include "util/tokens.h"
#include "util/utf8_case.h"
#include "util/text.h"

namespace artext::classify {
namespace {

using nlohmann::json;

void AddDeclared(std::string type, const char* source,
                 std::vector<DeclaredType>* out) {
  // "http://schema.org/Product", "schema:Product" -> "product".
  size_t cut = type.find_last_of("/:#");
  if (cut != std::string::npos && type.compare(0, 3, "og:") != 0) {
    type.erase(0, cut + 1);
  }
  type = util::AsciiLower(type);
  if (type.empty()) return;
  for (const DeclaredType& d : *out) {
    if (d.type == type && d.source == source) return;
  }
  out->push_back({std::move(type), source});
}

// Every "@type" in `v`, at any depth (a @graph, an offer inside a product,
// a page's mainEntity). Depth-limited: JSON-LD nests a few levels, and a
// hostile page should not make this recurse without end.
void CollectTypes(const json& v, int depth, std::vector<DeclaredType>* out) {
  if (depth > heuristics::kMaxDeclaredTypeDepth) return;
  if (v.is_array()) {
    for (const json& e : v) CollectTypes(e, depth + 1, out);
    return;
  }
  if (!v.is_object()) return;
  if (auto t = v.find("@type"); t != v.end()) {
    if (t->is_string()) {
      AddDeclared(t->get<std::string>(), "json-ld", out);
    } else if (t->is_array()) {
      for (const json& e : *t) {
        if (e.is_string()) AddDeclared(e.get<std::string>(), "json-ld", out);
      }
    }
  }
  for (const auto& [key, value] : v.items()) {
    if (value.is_structured()) CollectTypes(value, depth + 1, out);
  }
}

template <typename Set>
bool AnyPart(const std::vector<std::string>& parts, const Set& set) {
  for (const std::string& p : parts) {
    if (set.Contains(p)) return true;
  }
  return false;
}

// "$12.99", "12,99 €", "£5", "USD 40": a currency sign or code beside a
// digit, in a text short enough to be a price label, not a sentence.
bool IsPriceText(std::string_view t) {
  t = util::Trim(t);
  if (t.empty() || t.size() > heuristics::kMaxPriceTextChars) return false;
  if (std::none_of(t.begin(), t.end(),
                   [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  static constexpr std::string_view kSigns[] = {"$", "€", "£", "¥", "₹",
                                                 "₽", "₩", "usd", "eur",
                                                 "gbp", "chf", "aud", "cad"};
  std::string lower = util::AsciiLower(t);
  for (std::string_view s : kSigns) {
    if (lower.find(s) != std::string::npos) return true;
  }
  return false;
}

bool IsNavContainer(const dom::Node* n) {
  return n->tag == dom::Tag::kNav || n->tag == dom::Tag::kAside ||
         n->Attr("role") == "navigation";
}

// The page's chrome: menus, masthead and footer, where grids of links and
// "Contact us" stand on every page of a site, whatever its type.
bool IsChrome(const dom::Node* n) {
  return n->tag == dom::Tag::kNav || n->tag == dom::Tag::kHeader ||
         n->tag == dom::Tag::kFooter || n->Attr("role") == "navigation";
}

// One open element of the walk in <body>: what the counts were when it
// opened, and what its children told it when they closed.
struct Frame {
  const dom::Node* node = nullptr;
  uint32_t text_start = 0;
  uint32_t link_text_start = 0;  // text inside links, at entry
  int links_start = 0;           // <a href> seen, at entry
  int media_start = 0;           // headings and images seen, at entry
  int posters_start = 0;         // poster and author marks, at entry
  int times_start = 0;           // time stamps, at entry
  int prices_start = 0;          // price labels and marks, at entry
  int element_children = 0;
  uint32_t prose = 0;            // prose chars of its <p> children
  bool holds_post = false;       // a descendant was counted as a post
  // Card-like children by shape; a handful per parent.
  struct Cards {
    uint64_t shape = 0;
    int count = 0;
    int priced = 0;  // of them, the cards that show a price
  };
  std::vector<Cards> card_shapes;
};

void CloseFrame(std::vector<Frame>* frames, PageSignals* s, int links,
                int media, int posters, bool in_chrome);

}  // namespace

uint64_t ShapeKey(const dom::Node& n) {
  // FNV-1a over the tag and the first class token that holds no digit.
  // Only the first: templates put their fixed class first and append the
  // item's own ("post-94972 post category-dinner category-rice" from a
  // WordPress loop, "card card--featured"), which differ card to card.
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](std::string_view v) {
    for (char c : v) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    h ^= 0xff;
    h *= 1099511628211ull;
  };
  mix(std::string_view(reinterpret_cast<const char*>(&n.tag), 1));
  for (std::string_view token : util::Tokens(n.Attr("class"))) {
    if (util::ContainsAsciiDigit(token)) continue;
    mix(util::AsciiLower(token));
    break;
  }
  return h;
}

bool IsCallToAction(std::string_view label) {
  label = util::Trim(label);
  if (label.empty() || label.size() > heuristics::kMaxCtaLabelChars) {
    return false;
  }
  return lexicon::kServiceActionPhrases.FoundIn(util::FoldForMatch(label));
}

std::vector<std::string> NameParts(std::string_view name) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : name) {
    if (c == '-' || c == '_' || c == ' ' || c == '/' || c == '.' || c == ':' ||
        c == '\t' || c == '\n') {
      if (!cur.empty()) parts.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  if (!cur.empty()) parts.push_back(std::move(cur));
  return parts;
}

PageSignals GatherPageSignals(const dom::Document& doc,
                              const std::vector<metadata::JsonLdBlock>& jsonld) {
  PageSignals s;
  for (const metadata::JsonLdBlock& block : jsonld) {
    if (!block.standard_type) continue;
    for (const json& v : block.values) CollectTypes(v, 0, &s.declared);
  }

  // Open state of the walk: how many <pre>/<code>, nav containers and
  // lists are open, the heading and button being read, the paragraph's
  // start in the running character count.
  int in_code = 0, in_nav = 0, nav_list_depth = 0;
  const dom::Node* heading = nullptr;
  bool heading_counted = false;
  const dom::Node* button = nullptr;
  std::string button_text;
  std::vector<uint32_t> paragraph_starts;
  bool in_body = false;
  // Shape state: open elements in <body>, open links, chrome depth, the
  // link or button whose label is being read, running counts.
  std::vector<Frame> frames;
  int in_link = 0, in_chrome = 0;
  int links = 0, media = 0, posters = 0;
  const dom::Node* control = nullptr;
  std::string control_text;

  dom::Walk(
      doc.root(),
      [&](const dom::Node* n) {
        if (n->removed) return false;
        if (n->is_text()) {
          if (!in_body) return false;
          s.text_chars += n->text.size();
          if (in_code) s.code_chars += n->text.size();
          if (in_link) s.link_chars += n->text.size();
          if (button) button_text += n->text;
          if (control && control_text.size() <= heuristics::kMaxCtaLabelChars) {
            control_text += n->text;
          }
          if (IsPriceText(n->text)) ++s.price_texts;
          return false;
        }
        if (!n->is_element()) return true;
        switch (n->tag) {
          case dom::Tag::kScript: case dom::Tag::kStyle:
          case dom::Tag::kNoscript: case dom::Tag::kTemplate:
          case dom::Tag::kSvg:
            return false;
          case dom::Tag::kMeta:
            if (n->Attr("property") == "og:type") {
              AddDeclared(std::string(n->Attr("content")), "og:type",
                          &s.declared);
            }
            return false;
          case dom::Tag::kBody: in_body = true; break;
          default: break;
        }
        if (std::string_view it = n->Attr("itemtype"); !it.empty()) {
          // itemtype may list several types, space separated.
          for (std::string_view type : util::Tokens(it)) {
            AddDeclared(std::string(type), "microdata", &s.declared);
          }
        }
        if (!in_body) return true;
        if (!frames.empty()) ++frames.back().element_children;
        frames.push_back({.node = n,
                          .text_start = s.text_chars,
                          .link_text_start = s.link_chars,
                          .links_start = links,
                          .media_start = media,
                          .posters_start = posters,
                          .times_start = s.time_elements,
                          .prices_start = s.price_texts + s.price_marks,
                          .card_shapes = {}});
        if (IsChrome(n)) ++in_chrome;
        switch (n->tag) {
          case dom::Tag::kImg: case dom::Tag::kPicture:
          case dom::Tag::kH1: case dom::Tag::kH5: case dom::Tag::kH6:
            ++media;
            break;
          default: break;
        }
        switch (n->tag) {
          case dom::Tag::kPre: ++s.code_blocks; ++in_code; break;
          case dom::Tag::kCode: ++in_code; break;
          case dom::Tag::kTime: ++s.time_elements; break;
          case dom::Tag::kArticle: ++s.article_elements; break;
          case dom::Tag::kTextarea: ++s.text_fields; break;
          case dom::Tag::kP: paragraph_starts.push_back(s.text_chars); break;
          case dom::Tag::kButton:
            if (!button) { button = n; button_text.clear(); }
            if (!control) { control = n; control_text.clear(); }
            break;
          case dom::Tag::kUl: case dom::Tag::kOl:
            if (in_nav) {
              if (nav_list_depth > 0) ++s.nav_tree_lists;
              ++nav_list_depth;
            }
            break;
          case dom::Tag::kH2: case dom::Tag::kH3: case dom::Tag::kH4:
            if (!heading) { heading = n; heading_counted = false; }
            ++s.headings;
            ++media;
            break;
          case dom::Tag::kH5: case dom::Tag::kH6: ++s.headings; break;
          case dom::Tag::kA:
            if (heading && !heading_counted && n->HasAttr("href")) {
              ++s.linked_headings;
              heading_counted = true;
            }
            if (n->HasAttr("href")) ++links;
            ++in_link;
            if (!control) { control = n; control_text.clear(); }
            break;
          default: break;
        }
        if (n->tag != dom::Tag::kTime && n->HasAttr("datetime")) {
          ++s.time_elements;
        }
        if (IsNavContainer(n)) ++in_nav;
        if (n->Attr("itemprop") == "price") ++s.price_marks;
        std::string_view cls = n->Attr("class"), id = n->Attr("id");
        if (!cls.empty() || !id.empty()) {
          std::vector<std::string> parts = NameParts(cls);
          std::vector<std::string> id_parts = NameParts(id);
          parts.insert(parts.end(), id_parts.begin(), id_parts.end());
          if (AnyPart(parts, lexicon::kPriceClassParts)) ++s.price_marks;
          if (AnyPart(parts, lexicon::kCartClassParts)) ++s.cart_marks;
          if (AnyPart(parts, lexicon::kThreadClassParts)) ++s.thread_marks;
          if (AnyPart(parts, lexicon::kPosterClassParts)) {
            ++s.poster_marks;
            ++posters;
          } else if (AnyPart(parts, lexicon::kPostAuthorClassParts)) {
            ++posters;
          }
          if (AnyPart(parts, lexicon::kCardClassParts)) ++s.card_marks;
          if (AnyPart(parts, lexicon::kDocsClassParts)) ++s.docs_marks;
        }
        return true;
      },
      [&](const dom::Node* n) {
        if (!n->is_element()) return;
        if (in_body && !frames.empty() && frames.back().node == n) {
          CloseFrame(&frames, &s, links, media, posters, in_chrome > 0);
          if (IsChrome(n)) --in_chrome;
        }
        if (n == control) {
          if (!in_chrome && IsCallToAction(control_text)) ++s.cta_controls;
          control = nullptr;
        }
        switch (n->tag) {
          case dom::Tag::kA: if (in_link) --in_link; break;
          case dom::Tag::kPre: case dom::Tag::kCode: --in_code; break;
          case dom::Tag::kBody: in_body = false; break;
          case dom::Tag::kP:
            if (!paragraph_starts.empty()) {
              uint32_t chars = s.text_chars - paragraph_starts.back();
              paragraph_starts.pop_back();
              if (chars >= heuristics::kProseParagraphChars) {
                ++s.long_paragraphs;
                s.paragraph_chars += chars;
              }
            }
            break;
          case dom::Tag::kButton:
            if (button == n) {
              if (lexicon::kAddToCartPhrases.FoundIn(
                      util::FoldForMatch(button_text))) {
                ++s.cart_buttons;
              }
              button = nullptr;
            }
            break;
          case dom::Tag::kUl: case dom::Tag::kOl:
            if (in_nav && nav_list_depth > 0) --nav_list_depth;
            break;
          case dom::Tag::kH2: case dom::Tag::kH3: case dom::Tag::kH4:
            if (heading == n) heading = nullptr;
            break;
          default: break;
        }
        if (IsNavContainer(n)) --in_nav;
      });
  return s;
}

namespace {

// Closes the innermost frame: settles its card grid, its prose run and
// its post, and tells its parent what it is.
void CloseFrame(std::vector<Frame>* frames, PageSignals* s, int links,
                int media, int posters, bool in_chrome) {
  namespace h = heuristics;
  Frame f = std::move(frames->back());
  frames->pop_back();
  Frame* parent = frames->empty() ? nullptr : &frames->back();

  for (const Frame::Cards& c : f.card_shapes) {
    s->card_grid_items = std::max(s->card_grid_items, c.count);
    s->priced_card_grid_items = std::max(s->priced_card_grid_items, c.priced);
  }
  s->top_prose_run_chars = std::max(s->top_prose_run_chars, f.prose);

  const uint32_t chars = s->text_chars - f.text_start;
  const int times = s->time_elements - f.times_start;
  const bool post = !f.holds_post && posters > f.posters_start && times > 0;
  if (post) ++s->post_units;
  if (!parent) return;
  if (post || f.holds_post) parent->holds_post = true;

  // A <p> of prose counts for its parent's run; a wrapper that holds one
  // paragraph and nothing else ("<div><p>...</p></div>", a CMS's block)
  // passes its run up.
  if (f.node->tag == dom::Tag::kP && chars >= h::kProseParagraphChars) {
    parent->prose += chars;
  } else if (f.element_children == 1 && f.prose > 0) {
    parent->prose += f.prose;
  }

  // A card: a link, a short text, and a title or image or words beside
  // the link (a menu entry is a link alone).
  if (!in_chrome && links > f.links_start && chars >= h::kMinCardTextChars &&
      chars <= h::kMaxCardTextChars &&
      (media > f.media_start ||
       chars > s->link_chars - f.link_text_start)) {
    const uint64_t key = ShapeKey(*f.node);
    const int priced = s->price_texts + s->price_marks > f.prices_start;
    for (Frame::Cards& c : parent->card_shapes) {
      if (c.shape == key) {
        ++c.count;
        c.priced += priced;
        return;
      }
    }
    parent->card_shapes.push_back({key, 1, priced});
  }
}

}  // namespace

}  // namespace artext::classify
