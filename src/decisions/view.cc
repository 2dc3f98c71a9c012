// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "decisions/view.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "dom/tag.h"
#include "dom/walk.h"
#include "util/text.h"

namespace artext::decisions {
namespace {

bool MovesToField(Outcome o) {
  return o == Outcome::kHeadline || o == Outcome::kByline ||
         o == Outcome::kDateline || o == Outcome::kCaption;
}

bool IsContainerRule(Rule r) {
  switch (r) {
    case Rule::kTopCandidate: case Rule::kJoinedSibling:
    case Rule::kSiblingParagraph: case Rule::kStandfirst: case Rule::kGapFill:
    case Rule::kMainText: case Rule::kMainRegion: case Rule::kClassNamesake:
      return true;
    default:
      return false;
  }
}

// Decisions indexed for the walk.
struct Index {
  explicit Index(const dom::Document& doc, const Record& record)
      : decisions(record.decisions()),
        on_element(doc.node_count(), -1),
        on_block(doc.node_count(), -1) {
    for (size_t i = 0; i < decisions.size(); ++i) {
      const Decision& d = decisions[i];
      const int at = static_cast<int>(i);
      if (!d.text.empty()) {
        if (d.node) {
          on_block[d.node->order] = at;
        } else {
          later.emplace(d.text, at);  // the first later pass to drop it
        }
      } else if (d.node) {
        int& slot = on_element[d.node->order];
        // A field's element stays the field's, whatever else dropped it.
        if (slot < 0 || MovesToField(InfoOf(d.rule).outcome)) slot = at;
      }
    }
  }
  const std::vector<Decision>& decisions;
  std::vector<int> on_element;  // by Node::order: element decisions
  std::vector<int> on_block;    // by first text node: block decisions
  std::unordered_map<std::string, int> later;  // by block text
};

// The text of one block being gathered, and what decides it.
struct Segment {
  std::string text;
  bool pending_space = false;
  int key = -1;  // the deciding element decision; -1: outside containers
  std::vector<uint32_t> text_nodes;
};

}  // namespace

Trace BuildTrace(const dom::Document& doc, const Record& record,
                 const Candidates& candidates) {
  Trace trace;
  trace.cleaning = record.cleaning;
  trace.container = ElementName(candidates.top);
  trace.container_score = candidates.top_score;
  trace.runner_up = ElementName(candidates.runner_up);
  trace.runner_up_score = candidates.runner_up_score;

  const Index index(doc, record);
  const Decision outside{nullptr, Rule::kOutsideContainer, {}, {}, kEveryLevel};
  std::vector<int> open;  // element decisions around the walk, outermost first
  int last_block = -1;    // the block decision of the text before
  Segment seg;

  // Which element decision settles text at this point of the walk.
  auto current_key = [&]() {
    for (auto it = open.rbegin(); it != open.rend(); ++it) {
      if (MovesToField(InfoOf(index.decisions[*it].rule).outcome)) return *it;
    }
    for (int at : open) {
      if (InfoOf(index.decisions[at].rule).outcome == Outcome::kDropped) {
        return at;
      }
    }
    for (auto it = open.rbegin(); it != open.rend(); ++it) {
      if (IsContainerRule(index.decisions[*it].rule)) return *it;
    }
    return -1;
  };

  auto flush = [&]() {
    std::string_view t = util::Trim(seg.text);
    if (!t.empty()) {
      const Decision* d = seg.key >= 0 ? &index.decisions[seg.key] : &outside;
      const Decision* container = d;
      if (IsContainerRule(d->rule)) {
        int block = -1;
        for (uint32_t order : seg.text_nodes) {
          if (index.on_block[order] >= 0) {
            block = index.on_block[order];
            break;
          }
        }
        // A block that began in the segment before (a table cell's row).
        if (block < 0) block = last_block;
        if (block >= 0) {
          last_block = block;
          d = &index.decisions[block];
          if (d->rule == Rule::kKeptBlock) {
            auto later = index.later.find(d->text);
            if (later != index.later.end()) d = &index.decisions[later->second];
          }
        }
      }
      TracedBlock b;
      b.text = std::string(t);
      const RuleInfo& info = InfoOf(d->rule);
      Outcome outcome = info.outcome;
      if (d->rule == Rule::kKeptBlock && container->rule == Rule::kStandfirst) {
        outcome = Outcome::kStandfirst;
      }
      b.outcome = OutcomeName(outcome);
      b.reason = Label(*d);
      if (d->rule == Rule::kKeptBlock && container != d) {
        const RuleInfo& c = InfoOf(container->rule);
        b.reason += std::string(", in ") + c.what;
        if (!container->detail.empty()) b.reason += " " + container->detail;
        b.reason += std::string(" (") + c.pass + ", " + c.name + ")";
      }
      b.rule = info.name;
      const dom::Node* n = d->node ? d->node : container->node;
      if (n && !n->is_element()) n = n->parent;
      b.element = ElementName(n);
      trace.blocks.push_back(std::move(b));
    }
    seg.text.clear();
    seg.text_nodes.clear();
    seg.pending_space = false;
  };

  const dom::Node* start = doc.body() ? doc.body() : doc.root();
  bool last_was_br = false;
  dom::Walk(
      start,
      [&](const dom::Node* n) {
        if (n->is_text()) {
          if (util::Trim(n->text).empty()) {
            seg.pending_space = seg.pending_space || !seg.text.empty();
            return false;
          }
          const int key = current_key();
          if (key != seg.key) {
            flush();
            seg.key = key;
          }
          util::AppendCollapsed(n->text, &seg.pending_space, &seg.text);
          seg.text_nodes.push_back(n->order);
          last_was_br = false;
          return false;
        }
        if (!n->is_element()) return false;
        if (dom::IsNonContentTag(n->tag) || n->tag == dom::Tag::kHead) {
          return false;  // never text: not shown
        }
        if (n->tag == dom::Tag::kBr) {
          if (last_was_br) flush();
          seg.pending_space = true;
          last_was_br = true;
          return false;
        }
        last_was_br = false;
        if (dom::IsBlockTag(n->tag)) flush();
        if (index.on_element[n->order] >= 0) {
          open.push_back(index.on_element[n->order]);
        }
        return true;
      },
      [&](const dom::Node* n) {
        if (!n->is_element()) return;
        if (index.on_element[n->order] >= 0 && !open.empty() &&
            open.back() == index.on_element[n->order]) {
          open.pop_back();
        }
        if (dom::IsBlockTag(n->tag)) flush();
      });
  flush();
  return trace;
}

}  // namespace artext::decisions
