// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "clean/prep.h"

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

// A <header> that holds a story's worth of sentences and most of the page's
// text is the story, not a masthead or a heading block (Webflow's
// `header.rich-text`).
bool IsContentHeader(const dom::NodeStats& s, const dom::NodeStats& page) {
  return s.sentences >= heuristics::kMinContentHeaderSentences &&
         s.chars >= heuristics::kMinContentHeaderShare * page.chars &&
         dom::LinkDensity(s) < heuristics::kMaxContentHeaderLinkDensity;
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

// Why every level drops `n`; Rule::kCount when it does not.
Rule DropRule(const dom::Node* n, const dom::NodeStats& s,
              const dom::NodeStats& page) {
  if (n->tag == dom::Tag::kHead || IsNonContentTag(n->tag)) {
    return Rule::kNonContentTag;
  }
  if (IsStructuralBoilerplate(n->tag) &&
      !(n->tag == dom::Tag::kHeader && IsContentHeader(s, page))) {
    return Rule::kStructuralTag;
  }
  if (IsHidden(n)) return Rule::kHidden;
  if (IsUnlikelyRole(n->Attr("role"))) return Rule::kUnlikelyRole;
  if (n->tag == dom::Tag::kForm && IsControlForm(s)) return Rule::kControlForm;
  return Rule::kCount;
}

// The decision record's detail for DropRule's answer.
std::string DropDetail(const dom::Node* n, Rule rule) {
  switch (rule) {
    case Rule::kNonContentTag: case Rule::kStructuralTag:
      return "<" + std::string(n->name) + ">";
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
  Cleaning strict{"strict", {}};
  Cleaning keep_unlikely{"keep-unlikely", {}};
  // One walk serves both levels. It descends into everything but the
  // elements every level drops; inside a container only the strict level
  // drops (`unlikely`), it still finds what keep-unlikely drops, which the
  // strict level already drops with the container.
  const dom::NodeStats page =
      doc.body() ? out.raw[doc.body()->order] : dom::NodeStats{};
  int in_table = 0;
  const dom::Node* unlikely = nullptr;
  dom::Walk(
      doc.root(),
      [&](const dom::Node* n) {
        if (n->kind == dom::NodeKind::kDocument) return true;
        if (!n->is_element()) return false;
        const Rule drop = DropRule(n, out.raw[n->order], page);
        if (drop != Rule::kCount) {
          keep_unlikely.removed.push_back(n->order);
          if (!unlikely) strict.removed.push_back(n->order);
          if (record) record->Add(n, drop, DropDetail(n, drop), unlikely ? 1 : -1);
          return false;
        }
        if (!unlikely && in_table == 0 && !IsProtected(n) &&
            n->attr_count > 0) {
          std::string names = ClassAndId(n);
          const dom::NodeStats& s = out.raw[n->order];
          Rule rule = Rule::kCount;
          if (IsUnlikelyCandidate(names) && !dom::IsEmbeddedQuote(s)) {
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
            if (record) record->Add(n, rule, ClassDetail(rule, names), 0);
          }
        }
        if (n->tag == dom::Tag::kTable) ++in_table;
        return true;
      },
      [&](const dom::Node* n) {
        if (n->tag == dom::Tag::kTable) --in_table;
        if (n == unlikely) unlikely = nullptr;
      });
  out.levels.push_back(std::move(strict));
  out.levels.push_back(std::move(keep_unlikely));
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
