// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/jsonld_body.h"

#include <nlohmann/json.hpp>

#include "heuristics.h"
#include "util/text.h"
#include "util/utf8.h"

namespace artext::content {
namespace {

using nlohmann::json;

// Iterative: JSON-LD nests @graph, mainEntity, hasPart... to any depth.
void CollectArticleBodies(const json& root, std::string* best) {
  std::vector<const json*> stack{&root};
  while (!stack.empty()) {
    const json* j = stack.back();
    stack.pop_back();
    if (j->is_object()) {
      for (auto it = j->begin(); it != j->end(); ++it) {
        if (it.key() == "articleBody" && it.value().is_string()) {
          const std::string& s = it.value().get_ref<const std::string&>();
          if (s.size() > best->size()) *best = s;
        } else if (it.value().is_structured()) {
          stack.push_back(&it.value());
        }
      }
    } else if (j->is_array()) {
      for (const json& e : *j) {
        if (e.is_structured()) stack.push_back(&e);
      }
    }
  }
}

// A paragraph of at least a sentence's length ending like a sentence: a
// lead, not a byline, caption credit or label.
bool IsLeadParagraph(const Block& b) {
  if (b.type != BlockType::kParagraph ||
      util::CountChars(b.text) < heuristics::kMinJsonLdLeadChars) {
    return false;
  }
  const char end = b.text.back();
  return end == '.' || end == '!' || end == '?' ||
         util::EndsWithIgnoreCase(b.text, "\u3002");  // 。
}

}  // namespace

std::string FindJsonLdArticleBody(
    const std::vector<metadata::JsonLdBlock>& blocks) {
  std::string best;
  for (const metadata::JsonLdBlock& block : blocks) {
    if (!block.strict) continue;
    for (const json& v : block.values) CollectArticleBodies(v, &best);
  }
  return best;
}

std::string Fingerprint(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp = util::DecodeUtf8(text, &i, util::Utf8Check::kLenient);
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
    } else if (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 &&
               !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
               !(cp >= 0xFF00 && cp <= 0xFF0F)) {
      util::AppendUtf8(cp, &out);  // letters of other scripts, not punctuation
    }
  }
  return out;
}

Trimmed TrimToJsonLdBody(std::string_view article_body,
                         std::vector<Block> blocks,
                         decisions::Record* record) {
  Trimmed out;
  std::string body = Fingerprint(article_body);
  const size_t n = heuristics::kJsonLdAnchorChars;
  if (body.size() < heuristics::kMinJsonLdBodyChars || body.size() < 2 * n) {
    out.blocks = std::move(blocks);
    return out;
  }
  const std::string head = body.substr(0, n);
  const std::string tail = body.substr(body.size() - n);
  // The block holding the first words, and the one holding the last.
  size_t first = blocks.size(), last = blocks.size();
  for (size_t i = 0; i < blocks.size(); ++i) {
    std::string f = Fingerprint(blocks[i].text);
    if (first == blocks.size() && f.find(head) != std::string::npos) first = i;
    if (f.find(tail) != std::string::npos) last = i;
  }
  if (first == blocks.size() || last == blocks.size() || last < first) {
    out.blocks = std::move(blocks);
    return out;
  }
  // Blocks dropped before the start must not be the story's own lead: only
  // trim what the JSON-LD text does not hold at all, and keep the run of
  // sentences right before the start (a standfirst the CMS keeps in a field
  // of its own, outside articleBody).
  size_t lead = first;
  while (lead > 0 && IsLeadParagraph(blocks[lead - 1])) --lead;
  out.blocks.reserve(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (i < lead || i > last) {
      std::string f = Fingerprint(blocks[i].text);
      if (!f.empty() && body.find(f) == std::string::npos) {
        ++out.dropped;
        if (record) {
          record->AddText(blocks[i].text, decisions::Rule::kOutsideJsonLdBody);
        }
        continue;
      }
    }
    out.blocks.push_back(std::move(blocks[i]));
  }
  return out;
}

}  // namespace artext::content
