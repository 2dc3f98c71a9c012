// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "clean/prep.h"

#include <string_view>
#include <unordered_set>

#include "clean/patterns.h"
#include "decisions/record.h"
#include "dom/walk.h"
#include "heuristics.h"
#include "util/text.h"

namespace artext::clean {
namespace {

bool IsStructuralBoilerplate(dom::Tag tag) {
  switch (tag) {
    case dom::Tag::kNav: case dom::Tag::kFooter: case dom::Tag::kAside:
    case dom::Tag::kHeader: case dom::Tag::kFigure:
    case dom::Tag::kFigcaption: case dom::Tag::kHr: case dom::Tag::kLabel:
      return true;
    default:
      return false;
  }
}

// A <figure> that holds a table or a code listing is part of the text:
// WordPress writes every table as `<figure class="wp-block-table">`,
// documentation sites their examples and comparison tables the same way.
// A figure of pictures is not (its caption goes to `images`).
bool IsTextFigure(const dom::Node* figure) {
  for (const dom::Node* d = figure->first_child; d;
       d = dom::NextInTree(d, figure)) {
    if (d->is_element() &&
        (d->tag == dom::Tag::kTable || d->tag == dom::Tag::kPre)) {
      return true;
    }
  }
  return false;
}

// A <header>, <aside>, <nav> or <footer> (or a landmark role) that holds a
// story's worth of sentences and most of the page's text is the story, not
// a masthead or a sidebar: Webflow writes its rich text in a `header`, and
// an unclosed `<aside class="announcement-banner">` takes in the <main>
// after it.
bool HoldsTheStory(const dom::NodeStats& s, const dom::NodeStats& page) {
  return s.sentences >= heuristics::kMinContentHeaderSentences &&
         s.chars >= heuristics::kMinContentHeaderShare * page.chars &&
         dom::LinkDensity(s) < heuristics::kMaxContentHeaderLinkDensity;
}

// A page region (<aside>, <nav>, <footer>, or an element with a
// non-content landmark role) that holds the story: most of the page's text
// and the page's <main>, <article> or <h1> (an unclosed
// `<aside class="announcement-banner">` swallowing the <main> after it). A
// footer holding most of a short page's text, its disclaimers, without
// them is a footer.
bool RegionHoldsTheStory(const dom::Node* n, const dom::NodeStats& s,
                         const dom::NodeStats& page) {
  if (n->tag == dom::Tag::kFigure || n->tag == dom::Tag::kFigcaption ||
      !HoldsTheStory(s, page)) {
    return false;
  }
  for (const dom::Node* d = n; d; d = dom::NextInTree(d, n)) {
    if (d->is_element() && (d->tag == dom::Tag::kMain ||
                            d->tag == dom::Tag::kArticle ||
                            d->tag == dom::Tag::kH1)) {
      return true;
    }
  }
  return false;
}

// The ids the page's own controls show and hide: the targets of
// `aria-controls` (tab buttons, accordion headers, "show more" toggles).
// Views into the document's attributes, which outlive the set.
std::unordered_set<std::string_view> DisclosedIds(const dom::Document& doc) {
  std::unordered_set<std::string_view> ids;
  for (size_t i = 0; i < doc.node_count(); ++i) {
    const dom::Node* n = doc.node(i);
    if (!n->is_element() || n->attr_count == 0) continue;
    std::string_view controls = n->Attr("aria-controls");
    while (!controls.empty()) {
      size_t end = controls.find(' ');
      std::string_view id = controls.substr(0, end);
      if (!id.empty()) ids.insert(id);
      if (end == std::string_view::npos) break;
      controls.remove_prefix(end + 1);
    }
  }
  return ids;
}

// A tab panel or an accordion's body: hidden until the reader opens it,
// but part of what the page says (a guide's FAQ answers, a product's
// details tab). The panel names itself (`role="tabpanel"`) or a control
// of the page names it (`aria-controls`). It is judged like any other
// element afterwards: a menu a button opens is still a menu.
bool IsDisclosurePanel(const dom::Node* n,
                       const std::unordered_set<std::string_view>& disclosed) {
  if (util::EqualsIgnoreCase(n->Attr("role"), "tabpanel")) return true;
  std::string_view id = n->Attr("id");
  return !id.empty() && disclosed.count(id) > 0;
}

// Elements the page hides from readers and assistive technology.
bool IsHidden(const dom::Node* n) {
  if (n->HasAttr("hidden")) return true;
  if (util::EqualsIgnoreCase(n->Attr("aria-hidden"), "true")) return true;
  return IsHiddenStyle(n->Attr("style"));
}

// Containers that must survive class/id stripping: they are the article.
bool IsProtected(const dom::Node* n) {
  switch (n->tag) {
    case dom::Tag::kHtml: case dom::Tag::kBody: case dom::Tag::kArticle:
    case dom::Tag::kMain: case dom::Tag::kA:
      return true;
    default:
      break;
  }
  return n->Attr("itemprop").find("articleBody") != std::string_view::npos;
}

// A form that holds little text is a control panel: login, search, comment,
// newsletter or subscribe box. A form that holds a page's worth of text is a
// wrapper (ASP.NET pages put the whole <body> inside one <form>) and is kept;
// its inner boxes are judged on their own.
bool IsControlForm(const dom::NodeStats& s) {
  return s.chars < heuristics::kFormWrapperMinChars;
}

using decisions::Rule;

// Why every level drops `n`; Rule::kCount when it does not. What the page
// hides is not here: the last level reveals it (Prepare).
Rule DropRule(const dom::Node* n, const dom::NodeStats& s,
              const dom::NodeStats& page) {
  if (n->tag == dom::Tag::kHead ||
      (dom::IsNonContentElement(n) && !dom::IsFallbackContentTag(n->tag))) {
    return Rule::kNonContentTag;
  }
  const bool structural = IsStructuralBoilerplate(n->tag) &&
                          !(n->tag == dom::Tag::kFigure && IsTextFigure(n));
  if ((structural || IsUnlikelyRole(n->Attr("role"))) &&
      !(n->tag == dom::Tag::kHeader ? HoldsTheStory(s, page)
                                    : RegionHoldsTheStory(n, s, page))) {
    return structural ? Rule::kStructuralTag : Rule::kUnlikelyRole;
  }
  if (n->tag == dom::Tag::kForm && IsControlForm(s)) return Rule::kControlForm;
  return Rule::kCount;
}

// The decision record's detail for DropRule's answer (and kHidden's).
std::string DropDetail(const dom::Node* n, Rule rule) {
  switch (rule) {
    case Rule::kNonContentTag: case Rule::kStructuralTag:
      return "<" + std::string(n->name) + ">";
    case Rule::kHidden:
      return dom::IsFallbackContentTag(n->tag)
                 ? "<" + std::string(n->name) + ">"
                 : std::string();
    case Rule::kUnlikelyRole: return "`" + std::string(n->Attr("role")) + "`";
    default: return {};
  }
}

std::string ClassDetail(Rule rule, std::string_view names) {
  const WordList list = rule == Rule::kUnlikelyClass ? WordList::kUnlikely
                        : rule == Rule::kPromptClass ? WordList::kPrompt
                                                     : WordList::kMetadataBox;
  return "`" + std::string(MatchedWord(list, names)) + "`";
}

}  // namespace

Prepared Prepare(const dom::Document& doc, decisions::Record* record) {
  Prepared out;
  out.raw = dom::ComputeStats(doc);
  // Level indexes, in the order they are pushed into out.levels below.
  constexpr int kStrict = 0, kKeepUnlikely = 1, kRevealHidden = 2;
  Cleaning strict{"strict", {}};
  Cleaning keep_unlikely{"keep-unlikely", {}};
  Cleaning reveal_hidden{"reveal-hidden", {}, /*reveals_hidden=*/true};
  // One walk serves every level. It descends into everything but the
  // elements every level drops; inside a container only the strict level
  // drops (`unlikely`), it still finds what keep-unlikely drops, which the
  // strict level already drops with the container. Inside what the page
  // hides (`hidden`), only the last level records what it drops.
  const dom::NodeStats page =
      doc.body() ? out.raw[doc.body()->order] : dom::NodeStats{};
  const std::unordered_set<std::string_view> disclosed = DisclosedIds(doc);
  int in_table = 0;
  const dom::Node* unlikely = nullptr;
  const dom::Node* hidden = nullptr;
  const dom::Node* layout_box = nullptr;  // see IsProseLayoutBox
  std::string layout_box_names;
  auto drop_visible = [&](const dom::Node* n) {
    if (hidden) return;
    keep_unlikely.removed.push_back(n->order);
    if (!unlikely) strict.removed.push_back(n->order);
  };
  dom::Walk(
      doc.root(),
      [&](const dom::Node* n) {
        if (n->kind == dom::NodeKind::kDocument) return true;
        if (!n->is_element()) return false;
        const Rule drop = DropRule(n, out.raw[n->order], page);
        if (drop != Rule::kCount) {
          reveal_hidden.removed.push_back(n->order);
          drop_visible(n);
          if (record) {
            // Levels that dropped an ancestor already do not decide again.
            const uint32_t levels =
                hidden     ? decisions::LevelBit(kRevealHidden)
                : unlikely ? ~decisions::LevelBit(kStrict)
                           : decisions::kEveryLevel;
            record->Add(n, drop, DropDetail(n, drop), levels);
          }
          return false;
        }
        if (!hidden && ((IsHidden(n) && !IsDisclosurePanel(n, disclosed)) ||
                        dom::IsFallbackContentTag(n->tag))) {
          drop_visible(n);
          hidden = n;
          if (record) {
            uint32_t levels = decisions::LevelBit(kKeepUnlikely);
            if (!unlikely) levels |= decisions::LevelBit(kStrict);
            record->Add(n, Rule::kHidden, DropDetail(n, Rule::kHidden), levels);
          }
        }
        if (!hidden && !unlikely && in_table == 0 && !IsProtected(n) &&
            n->attr_count > 0) {
          std::string names = ClassAndId(n);
          const dom::NodeStats& s = out.raw[n->order];
          Rule rule = Rule::kCount;
          // A wrapper named for a sidebar or a widget that holds the
          // headline and most of the page's text is the page's layout
          // ("layout-sidebar-right" around the story and its sidebar):
          // its own boilerplate children are judged on their own.
          // One named only by a layout word ("product-widget", "hero
          // banner") that holds prose is part of the story, and so are
          // its parts named the same way ("product-widget__name").
          const bool layout_part =
              IsLayoutWordOnly(names) &&
              ((layout_box && IsPartNamedAfter(names, layout_box_names)) ||
               IsProseLayoutBox(names, s));
          if (layout_part && !layout_box) {
            layout_box = n;
            layout_box_names = names;
          }
          if (IsUnlikelyCandidate(names) && !dom::IsEmbeddedQuote(s) &&
              !RegionHoldsTheStory(n, s, page) && !layout_part) {
            rule = Rule::kUnlikelyClass;
          } else if (IsPromptCandidate(names) &&
                     s.chars < heuristics::kPromptMaxChars &&
                     s.sentences < heuristics::kPromptMaxSentences) {
            rule = Rule::kPromptClass;
          } else if (IsMetadataBoxCandidate(names) &&
                     s.chars < heuristics::kPromptMaxChars) {
            rule = Rule::kMetadataBoxClass;
          }
          if (rule != Rule::kCount) {
            strict.removed.push_back(n->order);
            unlikely = n;
            if (record) {
              record->Add(n, rule, ClassDetail(rule, names),
                          decisions::LevelBit(kStrict));
            }
          }
        }
        if (n->tag == dom::Tag::kTable) ++in_table;
        return true;
      },
      [&](const dom::Node* n) {
        if (n->tag == dom::Tag::kTable) --in_table;
        if (n == unlikely) unlikely = nullptr;
        if (n == hidden) hidden = nullptr;
        if (n == layout_box) layout_box = nullptr;
      });
  out.levels.push_back(std::move(strict));
  out.levels.push_back(std::move(keep_unlikely));
  out.levels.push_back(std::move(reveal_hidden));
  return out;
}

void MarkRemoved(const Cleaning& cleaning, dom::Document* doc) {
  for (uint32_t order : cleaning.removed) doc->node(order)->removed = true;
}

void ResetRemoved(dom::Document* doc) {
  for (dom::Node* n = doc->root(); n; n = dom::NextInTree(n, doc->root())) {
    n->removed = false;
  }
}

}  // namespace artext::clean
