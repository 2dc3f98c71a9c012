// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "score/grab.h"

#include <algorithm>
#include <cstdio>

#include "clean/patterns.h"
#include "dom/text.h"
#include "dom/walk.h"
#include "score/weights.h"

namespace artext::score {
namespace {

// Text-rich: long, little linked, with sentences.
bool IsRunningText(const NodeStats& s) {
  return s.chars >= kSiblingParagraphChars && s.sentences > 0 &&
         dom::LinkDensity(s) < kSiblingMaxLinkDensity;
}

// A container before the body holding a short run of text, neutrally or
// positively named: a lead or standfirst in its own <div> (too short to
// score as high as the body's siblings must).
bool IsStandfirst(const dom::Node* n, const NodeStats& s) {
  return IsRunningText(s) && s.chars <= heuristics::kMaxStandfirstChars &&
         clean::ClassWeight(clean::ClassAndId(n)) >= 0;
}

// The nearest running-text sibling before `top`, with nothing but short
// blocks (spacers, a "Quick look" row of cards, a heading) in between; or
// null.
const dom::Node* RunningTextBefore(const dom::Node* top,
                                   const std::vector<NodeStats>& stats) {
  if (!top->parent) return nullptr;
  const dom::Node* last = nullptr;
  for (const dom::Node* p = top->parent->first_child; p && p != top;
       p = p->next_sibling) {
    if (p->removed || !p->is_element()) continue;
    const NodeStats& s = stats[p->order];
    if (IsRunningText(s)) {
      last = p;
    } else if (s.chars > heuristics::kMaxStandfirstChars) {
      last = nullptr;
    }
  }
  return last;
}

// The intro right before the body, in its own container: running text,
// neutrally or positively named, up to a few paragraphs (review sites write
// a 1,300-character "summary" before the tested products), and nothing but
// paragraphs: a box with a heading or a picture before the body is a quoted
// statement, a profile or a teaser, and one of short lines is a promotion
// ("Study a bootcamp! / Web development / Data analytics ...").
bool IsLead(const dom::Node* n, const std::vector<NodeStats>& stats) {
  const NodeStats& s = stats[n->order];
  if (!IsRunningText(s) || s.chars > heuristics::kMaxLeadChars ||
      s.images > 0 || clean::ClassWeight(clean::ClassAndId(n)) < 0) {
    return false;
  }
  uint32_t lines = 0;
  for (const dom::Node* d = n; d; d = dom::NextInTree(d, n)) {
    if (!d->is_element()) continue;
    if (dom::HeadingLevel(d->tag) > 0) return false;
    const NodeStats& ds = stats[d->order];
    if (dom::IsBlockTag(d->tag) && ds.chars > 0 && !ds.has_block_child) ++lines;
  }
  return s.chars >= heuristics::kMinLeadLineChars * std::max<uint32_t>(lines, 1);
}

// A module holding only a heading (h2-h6, short, unlinked): a page
// builder's section title.
bool IsHeadingModule(const dom::Node* n, const std::vector<NodeStats>& stats) {
  const NodeStats& s = stats[n->order];
  if (s.chars == 0 || s.chars > heuristics::kMaxStandfirstChars ||
      s.link_chars > 0) {
    return false;
  }
  for (const dom::Node* d = n; d; d = dom::NextInTree(d, n)) {
    const int level = d->is_element() ? dom::HeadingLevel(d->tag) : 0;
    if (level >= 2) return stats[d->order].chars == s.chars;
  }
  return false;
}

// Siblings lying between two joined containers are part of the run: the
// heading modules of a page builder (one <h2> per module, scoring nothing)
// and short lines between the story's modules. Joined unless mostly links
// (a teaser box between chunks); the block pass still judges what they hold.
void FillGapsBetweenContainers(const std::vector<NodeStats>& stats,
                               GrabResult* result,
                               std::vector<decisions::Rule>* joined_by) {
  std::vector<const dom::Node*>& c = result->containers;
  if (c.size() < 2) return;
  std::vector<const dom::Node*> filled;
  // The first module's heading sits in the module before it.
  const dom::Node* first = c.front();
  const dom::Node* before = nullptr;  // the element sibling before it
  if (first->parent) {
    for (const dom::Node* p = first->parent->first_child; p && p != first;
         p = p->next_sibling) {
      if (!p->removed && p->is_element()) before = p;
    }
  }
  if (before && IsHeadingModule(before, stats)) {
    first = before;
    result->chars += stats[before->order].chars;
  }
  std::vector<decisions::Rule> filled_by;
  size_t next = 0;
  for (const dom::Node* sib = first; sib; sib = sib->next_sibling) {
    if (sib == first && first != c.front()) {
      filled.push_back(sib);
      if (joined_by) filled_by.push_back(decisions::Rule::kGapFill);
      continue;
    }
    if (next < c.size() && sib == c[next]) {
      filled.push_back(sib);
      if (joined_by) filled_by.push_back((*joined_by)[next]);
      if (++next == c.size()) break;
      continue;
    }
    if (sib->removed || !sib->is_element()) continue;
    const NodeStats& s = stats[sib->order];
    if (s.chars > 0 && dom::LinkDensity(s) < kSiblingMaxLinkDensity &&
        clean::ClassWeight(clean::ClassAndId(sib)) >= 0) {
      filled.push_back(sib);
      if (joined_by) filled_by.push_back(decisions::Rule::kGapFill);
      result->chars += s.chars;
    }
  }
  c = std::move(filled);
  if (joined_by) *joined_by = std::move(filled_by);
}

// An article split over sibling modules: the top candidate and the siblings
// it joined (`held`: their prose) are one module holding a fraction of the page's running text (`prose`: unlinked text of
// paragraph-like blocks, summed up the tree, so tickers, menus and teaser
// lists do not count). Climb to the nearest ancestor holding
// kMainTextShare of it, unless that ancestor is mostly links (then the text
// lies in menus and teasers, not in one story).
// `reached_body` says the climb stopped only because the share lies in
// no ancestor below <body>: the modules are the body's own children.
const dom::Node* ClimbToMainText(const dom::Document& doc,
                                 const std::vector<NodeStats>& stats,
                                 const std::vector<uint32_t>& prose,
                                 const dom::Node* top, uint32_t held,
                                 bool* reached_body) {
  *reached_body = false;
  const dom::Node* body = const_cast<dom::Document&>(doc).body();
  if (!body) return top;
  const double page_prose = prose[body->order];
  if (held >= heuristics::kMainTextShare * page_prose) return top;
  const dom::Node* n = top;
  while (prose[n->order] < heuristics::kMainTextShare * page_prose) {
    const dom::Node* p = n->parent;
    if (p == body) *reached_body = true;
    if (!p || !p->is_element() || p == body) return top;
    if (dom::LinkDensity(stats[p->order]) > heuristics::kMaxMainTextLinkDensity) {
      return top;
    }
    n = p;
  }
  return n;
}

// A module of the story: running text of its own, not mostly links, not
// named like boilerplate.
bool IsStoryModule(const dom::Node* n, const std::vector<NodeStats>& stats,
                   const std::vector<uint32_t>& prose) {
  return prose[n->order] >= kSiblingParagraphChars &&
         IsRunningText(stats[n->order]) &&
         clean::ClassWeight(clean::ClassAndId(n)) >= 0;
}

// `n` is `ancestor` or lies inside it.
bool IsWithin(const dom::Node* n, const dom::Node* ancestor) {
  for (; n; n = n->parent) {
    if (n == ancestor) return true;
  }
  return false;
}

// `n` lies inside or around one of `chosen`.
bool RelatedToAny(const dom::Node* n, const std::vector<const dom::Node*>& chosen) {
  for (const dom::Node* c : chosen) {
    if (IsWithin(n, c) || IsWithin(c, n)) return true;
  }
  return false;
}

// The story's other containers under another parent: elements before the
// top container carrying its class word for word ("story-text" on the lead in one
// page row and on the body in the next), with running text of their own
// (IsStoryModule), neither inside nor around a chosen container. Their
// lowest common ancestor with the top must lie below <body> and hold one
// <h1> at most: the next story, loaded under this one in the same
// template, repeats the class under its own headline.
std::vector<const dom::Node*> ClassNamesakes(
    const dom::Document& doc, const std::vector<NodeStats>& stats,
    const std::vector<uint32_t>& prose, const dom::Node* top,
    const std::vector<const dom::Node*>& chosen) {
  std::vector<const dom::Node*> out;
  const std::string_view cls = top->Attr("class");
  const dom::Node* body = const_cast<dom::Document&>(doc).body();
  if (cls.empty() || !body) return out;
  size_t bearers = 0;  // elements of that class, anywhere
  for (size_t i = body->order + 1; i < doc.node_count(); ++i) {
    const dom::Node* n = doc.node(i);
    if (!n->is_element() || n->Attr("class") != cls) continue;
    // Only before the story: after it, the same class is as often the next
    // story loaded under this one, or the author's bio.
    const bool before = n->order < top->order;
    // A class that many elements carry is a layout's or a builder's
    // ("container", "elementor-widget-container"), not the story's.
    if (++bearers > heuristics::kMaxClassNamesakes + 1) return {};
    if (!before || n->removed || RelatedToAny(n, chosen) ||
        !IsStoryModule(n, stats, prose) ||
        prose[n->order] < heuristics::kMinClassNamesakeProse) {
      continue;
    }
    const dom::Node* common = n->parent;
    while (common && !IsWithin(top, common)) common = common->parent;
    if (!common || common == body || !common->is_element()) continue;
    int h1s = 0;
    for (const dom::Node* d = common; d && h1s < 2; d = dom::NextInTree(d, common)) {
      h1s += d->tag == dom::Tag::kH1;
    }
    if (h1s > 1) continue;
    out.push_back(n);
  }
  return out;
}

// Page builders that write each module as a child of <body> (one
// <section> per heading and its paragraphs) leave no wrapper to climb to,
// and the whole <body> holds the menus as well. The story is the run of
// the body's children from its first story module to its last, when the
// modules hold kMainTextShare of the page's running text and the run takes
// in the top candidate; what lies between them joins unless it is mostly
// links or named like boilerplate (FillGapsBetweenContainers' test).
// Not when the top's module is a <main> or <article> (see below).
// Empty when the page is not built so.
std::vector<const dom::Node*> BodyModuleRun(const dom::Document& doc,
                                            const std::vector<NodeStats>& stats,
                                            const std::vector<uint32_t>& prose,
                                            const dom::Node* top) {
  const dom::Node* body = const_cast<dom::Document&>(doc).body();
  const dom::Node* top_module = top;
  while (top_module->parent && top_module->parent != body) {
    top_module = top_module->parent;
  }
  // A <main> or <article> is the page's own word on where the story ends;
  // what follows it is a teaser strip ("More from ..."), not more modules.
  if (top_module->tag == dom::Tag::kMain ||
      top_module->tag == dom::Tag::kArticle) {
    return {};
  }
  const dom::Node* first = nullptr;
  const dom::Node* last = nullptr;
  uint64_t held = 0;
  for (const dom::Node* c = body->first_child; c; c = c->next_sibling) {
    if (c->removed || !c->is_element() || !IsStoryModule(c, stats, prose)) {
      continue;
    }
    if (!first) first = c;
    last = c;
    held += prose[c->order];
  }
  if (!first || held < heuristics::kMainTextShare * prose[body->order] ||
      first->order > top_module->order || last->order < top_module->order) {
    return {};
  }
  std::vector<const dom::Node*> run;
  for (const dom::Node* c = first; c; c = c->next_sibling) {
    if (!c->removed && c->is_element()) {
      const NodeStats& s = stats[c->order];
      if (IsStoryModule(c, stats, prose) ||
          (s.chars > 0 && dom::LinkDensity(s) < kSiblingMaxLinkDensity &&
           clean::ClassWeight(clean::ClassAndId(c)) >= 0)) {
        run.push_back(c);
      }
    }
    if (c == last) break;
  }
  return run;
}

// The best-scored candidate that is neither inside nor around a chosen
// container: what the grab would have taken next (for the decision record).
void FindRunnerUp(const dom::Document& doc, const std::vector<double>& score,
                  const std::vector<bool>& scored, GrabResult* result) {
  for (size_t i = 1; i < score.size(); ++i) {
    if (!scored[i] || score[i] <= 0) continue;
    if (result->runner_up && score[i] <= result->runner_up_score) continue;
    if (RelatedToAny(doc.node(i), result->containers)) continue;
    result->runner_up = doc.node(i);
    result->runner_up_score = score[i];
  }
}

GrabResult GrabOnce(const dom::Document& doc, std::vector<NodeStats> stats,
                    bool trace) {
  GrabResult result;
  const size_t count = doc.node_count();
  std::vector<double> score(count, 0.0);
  std::vector<bool> scored(count, false);
  std::vector<uint32_t> prose(count, 0);  // see ClimbToMainText

  auto initialize = [&](const dom::Node* n) {
    if (scored[n->order]) return;
    scored[n->order] = true;
    score[n->order] = TagPrior(n->tag) + clean::ClassWeight(clean::ClassAndId(n));
  };

  for (size_t i = 1; i < count; ++i) {
    const dom::Node* n = doc.node(i);
    if (!n->is_element()) continue;
    // A paragraph scores its parent first; loose text inside a container
    // (text between <br>s and block children) scores the container itself,
    // as if Readability had wrapped it in a <p>.
    const dom::Node* a;
    double content;
    if (IsParagraphLike(n, stats[i])) {
      content = ParagraphScore(stats[i]);
      a = n->parent;
    } else if (HasParagraphOfOwnText(n, stats[i])) {
      content = ParagraphScore(OwnText(stats[i]));
      a = n;
    } else {
      continue;
    }
    const uint32_t unlinked =
        a == n ? stats[i].own_chars
               : stats[i].chars - std::min(stats[i].chars, stats[i].link_chars);
    for (const dom::Node* p = n; p && p->is_element(); p = p->parent) {
      prose[p->order] += unlinked;
    }
    for (int level = 0; a && level < kAncestorLevels; ++level, a = a->parent) {
      if (!a->is_element()) break;
      initialize(a);
      double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      score[a->order] += content / divider;
    }
  }

  const dom::Node* top = nullptr;
  double top_score = 0;
  for (size_t i = 1; i < count; ++i) {
    if (!scored[i]) continue;
    score[i] *= 1.0 - dom::LinkDensity(stats[i]);
    if (!top || score[i] > top_score) {
      top = doc.node(i);
      top_score = score[i];
    }
  }
  if (!top) {
    const dom::Node* body = const_cast<dom::Document&>(doc).body();
    result.containers.push_back(body);
    result.chars = stats[body->order].chars;
    result.stats = std::move(stats);
    return result;
  }

  // The best-scored element itself, before any climb: its class names the
  // story's text blocks (ClassNamesakes).
  const dom::Node* const scored_top = top;
  // Climb while the parent holds comparably scored content: the article is
  // often split over sibling blocks that each scored less than their parent.
  double last = top_score;
  const double threshold = top_score / 3;
  for (const dom::Node* p = top->parent; p && p->tag != dom::Tag::kBody &&
                                         p->is_element();
       p = p->parent) {
    if (!scored[p->order]) continue;
    double ps = score[p->order];
    if (ps < threshold) break;
    if (ps > last) {
      top = p;
      top_score = ps;
      break;
    }
    last = ps;
  }
  // A parent that adds no paragraph's worth of text (the top's only
  // text-bearing child, beside empty ad rails and spacers) adds nothing; its
  // parent may have useful siblings: articles split into repeated chunks
  // (<div class="chunk"><div class="body">...</div><div class="ad-rail">)
  // are joined at the chunk level.
  while (top->parent && top->parent->is_element() &&
         top->parent->tag != dom::Tag::kBody &&
         stats[top->parent->order].chars <
             stats[top->order].chars + kMinParagraphChars) {
    top = top->parent;
    if (scored[top->order]) top_score = std::max(top_score, score[top->order]);
  }

  const double sibling_threshold =
      std::max(kMinSiblingScore, top_score * kSiblingScoreRatio);
  const std::string top_class(top->Attr("class"));
  const dom::Node* parent = top->parent;
  const dom::Node* lead = RunningTextBefore(top, stats);
  using decisions::Rule;
  std::vector<Rule> joined_by;  // with `trace`: why each container joined
  for (const dom::Node* sib = parent ? parent->first_child : top; sib;
       sib = sib->next_sibling) {
    if (!parent && sib != top) break;
    if (sib->removed || !sib->is_element()) continue;
    bool append = sib == top;
    Rule why = Rule::kTopCandidate;
    if (!append) {
      const NodeStats& s = stats[sib->order];
      const bool same_class =
          !top_class.empty() && sib->Attr("class") == top_class;
      double bonus = same_class ? top_score * kSiblingScoreRatio : 0;
      why = Rule::kSiblingParagraph;
      if (scored[sib->order] && score[sib->order] + bonus >= sibling_threshold) {
        append = true;
        why = Rule::kJoinedSibling;
      } else if (IsParagraphLike(sib, s)) {
        double ld = dom::LinkDensity(s);
        if (s.chars > kSiblingParagraphChars && ld < kSiblingMaxLinkDensity) {
          append = true;
        } else if (s.chars > 0 && ld == 0 && s.sentences > 0) {
          append = true;
        }
      } else if (sib->order < top->order &&
                 (IsStandfirst(sib, s) || (sib == lead && IsLead(sib, stats)))) {
        append = true;
        why = Rule::kStandfirst;
      } else if (same_class && !scored[sib->order] && IsRunningText(s)) {
        // A chunk of the same article whose paragraphs sit deeper than
        // scores propagate (kAncestorLevels): same class, running text.
        append = true;
        why = Rule::kJoinedSibling;
      }
    }
    if (append) {
      if (trace) joined_by.push_back(why);
      result.containers.push_back(sib);
      result.chars += stats[sib->order].chars;
    }
    if (!parent) break;
  }
  FillGapsBetweenContainers(stats, &result, trace ? &joined_by : nullptr);
  // Joining siblings did not gather the page's running text: the story's
  // modules sit further apart than one parent's children.
  uint32_t held = 0;
  for (const dom::Node* c : result.containers) held += prose[c->order];
  bool climbed = false;
  if (parent) {
    bool reached_body = false;
    const dom::Node* main =
        ClimbToMainText(doc, stats, prose, top, held, &reached_body);
    if (main != top) {
      climbed = true;
      result.containers.assign(1, main);
      result.chars = stats[main->order].chars;
      if (trace) joined_by.assign(1, Rule::kMainText);
    } else if (reached_body) {
      std::vector<const dom::Node*> run = BodyModuleRun(doc, stats, prose, top);
      if (!run.empty()) {
        climbed = true;
        result.chars = 0;
        for (const dom::Node* c : run) result.chars += stats[c->order].chars;
        result.containers = std::move(run);
        if (trace) joined_by.assign(result.containers.size(), Rule::kMainText);
      }
    }
  }
  // The story's blocks under other parents: when no climb gathered them.
  std::vector<const dom::Node*> more;
  if (!climbed) more = ClassNamesakes(doc, stats, prose, top, result.containers);
  if (!climbed && more.empty() && scored_top != top) {
    more = ClassNamesakes(doc, stats, prose, scored_top, result.containers);
  }
  if (!more.empty()) {
    for (const dom::Node* c : more) {
      result.containers.push_back(c);
      result.chars += stats[c->order].chars;
      if (trace) joined_by.push_back(Rule::kClassNamesake);
    }
    // In reading order, the decisions with their containers.
    std::vector<size_t> at(result.containers.size());
    for (size_t i = 0; i < at.size(); ++i) at[i] = i;
    std::sort(at.begin(), at.end(), [&](size_t a, size_t b) {
      return result.containers[a]->order < result.containers[b]->order;
    });
    std::vector<const dom::Node*> containers;
    std::vector<Rule> rules;
    for (size_t i : at) {
      containers.push_back(result.containers[i]);
      if (trace) rules.push_back(joined_by[i]);
    }
    result.containers = std::move(containers);
    if (trace) joined_by = std::move(rules);
  }
  result.top_score = top_score;
  if (trace) {
    char detail[64];
    for (size_t i = 0; i < result.containers.size(); ++i) {
      const dom::Node* c = result.containers[i];
      const Rule rule = joined_by[i];
      const double sc = scored[c->order] ? score[c->order] : 0;
      if (rule == Rule::kTopCandidate || rule == Rule::kMainText) {
        std::snprintf(detail, sizeof detail, "%.1f, rank 1", top_score);
      } else if (rule == Rule::kJoinedSibling) {
        std::snprintf(detail, sizeof detail, "%.1f >= %.1f", sc,
                      sibling_threshold);
      } else {
        detail[0] = 0;
      }
      result.decisions.push_back({c, rule, detail, {}, decisions::kEveryLevel});
    }
    result.top = top;
    FindRunnerUp(doc, score, scored, &result);
    if (result.runner_up) {
      std::snprintf(detail, sizeof detail, "%.1f, rank 2",
                    result.runner_up_score);
      result.decisions.push_back(
          {result.runner_up, Rule::kRunnerUp, detail, {}, decisions::kEveryLevel});
    }
  }
  result.stats = std::move(stats);
  return result;
}

// --debug lines for one attempt: what it removed and found, then each
// container. Built only when asked for: they are not free on every page.
void AddAttemptNotes(const char* name, int removed, const GrabResult& r,
                     std::vector<std::string>* notes) {
  char note[160];
  std::snprintf(note, sizeof note,
                "grab attempt %s: removed %d elements, %u chars in %zu "
                "containers, top score %.1f",
                name, removed, r.chars, r.containers.size(), r.top_score);
  notes->push_back(note);
  for (const dom::Node* c : r.containers) {
    notes->push_back("container <" + std::string(c->name) + " class=\"" +
                     std::string(c->Attr("class")) + "\" id=\"" +
                     std::string(c->Attr("id")) + "\"> " +
                     std::to_string(r.stats[c->order].chars) + " chars");
  }
}

}  // namespace

GrabResult GrabArticle(const clean::Prepared& prepared, const Options& options,
                       dom::Document* doc, decisions::Record* record) {
  const std::vector<clean::Cleaning>& levels = prepared.levels;
  GrabResult best;
  size_t best_index = 0, last_index = 0;
  std::vector<std::string> notes;
  for (size_t i = 0; i < levels.size(); ++i) {
    clean::ResetRemoved(doc);
    clean::MarkRemoved(levels[i], doc);
    last_index = i;
    GrabResult r =
        GrabOnce(*doc, dom::ComputeStats(*doc, prepared.raw), record != nullptr);
    if (options.debug) {
      AddAttemptNotes(levels[i].name, static_cast<int>(levels[i].removed.size()),
                      r, &notes);
    }
    const bool enough =
        r.chars >= static_cast<uint32_t>(options.min_article_chars);
    // Hidden text replaces what the visible page holds only when it is an
    // article's worth and dwarfs what the visible page held.
    const bool eligible =
        !levels[i].reveals_hidden ||
        (enough && best.chars < heuristics::kMaxVisibleShareOfHidden * r.chars);
    if (i == 0 || (eligible && r.chars > best.chars)) {
      best = std::move(r);
      best_index = i;
    }
    if (enough) break;
  }
  // The tree carries the marks of the last attempt; restore the winner's.
  if (best_index != last_index) {
    clean::ResetRemoved(doc);
    clean::MarkRemoved(levels[best_index], doc);
  }
  if (options.debug) {
    notes.push_back(std::string("grab chose attempt ") +
                    levels[best_index].name);
  }
  best.notes = std::move(notes);
  if (record) {
    record->KeepLevel(static_cast<int>(best_index));
    record->cleaning = levels[best_index].name;
    for (decisions::Decision& d : best.decisions) {
      record->Add(d.node, d.rule, std::move(d.detail));
    }
  }
  return best;
}

}  // namespace artext::score
