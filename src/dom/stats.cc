// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "dom/stats.h"

#include "util/text.h"

namespace artext::dom {
namespace {

void CountPunctuation(std::string_view text, NodeStats* s) {
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ',') {
      ++s->commas;
    } else if (c == '.' || c == '!' || c == '?') {
      if (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n' ||
          text[i + 1] == '"') {
        ++s->sentences;
      }
    } else if (c == 0xEF && i + 2 < text.size()) {
      // U+FF0C fullwidth comma (EF BC 8C), U+FF01/U+FF1F (EF BC 81/9F).
      unsigned char c1 = text[i + 1], c2 = text[i + 2];
      if (c1 == 0xBC && c2 == 0x8C) ++s->commas;
      if (c1 == 0xBC && (c2 == 0x81 || c2 == 0x9F)) ++s->sentences;
    } else if (c == 0xE3 && i + 2 < text.size()) {
      // U+3001 ideographic comma (E3 80 81), U+3002 full stop (E3 80 82).
      unsigned char c1 = text[i + 1], c2 = text[i + 2];
      if (c1 == 0x80 && c2 == 0x81) ++s->commas;
      if (c1 == 0x80 && c2 == 0x82) ++s->sentences;
    } else if (c == 0xD8 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0x8C) {
      ++s->commas;  // U+060C Arabic comma
    }
  }
}

bool IsRemovedOrUnder(const Node* n, const std::vector<bool>& dead) {
  return n->removed || (n->parent && dead[n->parent->order]);
}

std::vector<NodeStats> ComputeStatsFrom(const Document& doc,
                                        const std::vector<NodeStats>* earlier) {
  const size_t count = doc.node_count();
  std::vector<NodeStats> stats(count);
  // Forward pass: which nodes are dead (removed, or inside a removed or
  // non-content element); parents precede children in `order`.
  std::vector<bool> dead(count, false);
  std::vector<bool> in_link(count, false);
  std::vector<bool> in_quote(count, false);
  for (size_t i = 1; i < count; ++i) {
    const Node* n = doc.node(i);
    dead[i] = IsRemovedOrUnder(n, dead) ||
              (n->is_element() && IsNonContentElement(n) &&
               !IsFallbackContentTag(n->tag));
    in_quote[i] = (n->parent && in_quote[n->parent->order]) ||
                  n->tag == Tag::kBlockquote;
    in_link[i] = (n->parent && in_link[n->parent->order]) ||
                 (n->tag == Tag::kA && n->HasAttr("href"));
  }
  // Reverse pass: accumulate into parents.
  for (size_t i = count; i-- > 1;) {
    const Node* n = doc.node(i);
    if (dead[i]) continue;
    NodeStats& s = stats[i];
    if (n->is_text()) {
      if (earlier) {  // alive now, so alive then: its counts are there
        s.chars = (*earlier)[i].chars;
        s.commas = (*earlier)[i].commas;
        s.sentences = (*earlier)[i].sentences;
      } else {
        bool pending = true;  // a separating space is counted per text node
        size_t len = util::CollapsedLength(n->text, &pending);
        s.chars = static_cast<uint32_t>(len);
        CountPunctuation(n->text, &s);
      }
      if (in_link[i]) s.link_chars = s.chars;
      if (in_quote[i]) s.quote_chars = s.chars;
    } else if (n->tag == Tag::kA && n->HasAttr("href")) {
      ++s.links;
    } else if (n->tag == Tag::kImg) {
      ++s.images;
    }
    if (!n->parent) continue;
    NodeStats& p = stats[n->parent->order];
    p.chars += s.chars;
    p.link_chars += s.link_chars;
    p.quote_chars += s.quote_chars;
    p.links += s.links;
    p.images += s.images;
    p.commas += s.commas;
    p.sentences += s.sentences;
    if (n->is_element() && IsBlockTag(n->tag)) {
      p.has_block_child = true;
    } else if (s.link_chars < s.chars) {
      // Inline content (text or phrasing elements) is the parent's own text;
      // links alone are not (a row of links is navigation, not a paragraph).
      p.own_chars += s.chars;
      p.own_commas += s.commas;
    }
  }
  return stats;
}

}  // namespace

std::vector<NodeStats> ComputeStats(const Document& doc) {
  return ComputeStatsFrom(doc, nullptr);
}

std::vector<NodeStats> ComputeStats(const Document& doc,
                                    const std::vector<NodeStats>& earlier) {
  return ComputeStatsFrom(doc, &earlier);
}

}  // namespace artext::dom
