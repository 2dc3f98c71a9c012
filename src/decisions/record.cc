// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "decisions/record.h"

#include <algorithm>
#include <cstdio>

namespace artext::decisions {
namespace {

using O = Outcome;
using R = Rule;

// The rules, each with the pass that applies it and the name it has in the
// code. `where` is the file defining `name`; the test reads it.
const std::vector<RuleInfo>* MakeRules() {
  return new std::vector<RuleInfo>{
      {R::kNonContentTag, "clean/prep", "dom/tag.h", "IsNonContentTag",
       O::kDropped, "non-content tag"},
      {R::kStructuralTag, "clean/prep", "clean/prep.cc",
       "IsStructuralBoilerplate", O::kDropped, "tag"},
      {R::kHidden, "clean/prep", "clean/prep.cc", "IsHidden", O::kDropped,
       "hidden"},
      {R::kUnlikelyRole, "clean/prep", "clean/patterns.cc", "kUnlikelyRoles",
       O::kDropped, "ARIA role"},
      {R::kControlForm, "clean/prep", "heuristics.h", "kFormWrapperMinChars",
       O::kDropped, "control form"},
      {R::kUnlikelyClass, "clean/prep", "clean/patterns.cc", "kUnlikely",
       O::kDropped, "class token"},
      {R::kPromptClass, "clean/prep", "heuristics.h", "kPromptMaxChars",
       O::kDropped, "short prompt, class token"},
      {R::kMetadataBoxClass, "clean/prep", "clean/patterns.cc", "kMetadataBox",
       O::kDropped, "metadata box, class token"},
      {R::kTopCandidate, "score/grab", "score/grab.cc", "GrabOnce", O::kBody,
       "container score"},
      {R::kJoinedSibling, "score/grab", "heuristics.h", "kSiblingScoreRatio",
       O::kBody, "sibling score"},
      {R::kSiblingParagraph, "score/grab", "heuristics.h",
       "kSiblingParagraphChars", O::kBody, "sibling paragraph"},
      {R::kStandfirst, "score/grab", "heuristics.h", "kMaxStandfirstChars",
       O::kStandfirst, "standfirst before the body"},
      {R::kGapFill, "score/grab", "score/grab.cc", "FillGapsBetweenContainers",
       O::kBody, "between joined containers"},
      {R::kClassNamesake, "score/grab", "score/grab.cc", "ClassNamesakes",
       O::kBody, "container of the top's class elsewhere in the story"},
      {R::kMainText, "score/grab", "heuristics.h", "kMainTextShare", O::kBody,
       "container climbed to the main text, score"},
      {R::kRunnerUp, "score/grab", "score/grab.cc", "GrabOnce", O::kDropped,
       "runner-up container, score"},
      {R::kOutsideContainer, "score/grab", "score/grab.cc", "GrabOnce",
       O::kDropped, "outside the chosen container"},
      {R::kMainRegion, "content/main_region", "heuristics.h",
       "kMainRegionChildShare", O::kBody, "main region of a page"},
      {R::kNegativeClassContainer, "content/blocks", "heuristics.h",
       "kClassWeight", O::kDropped, "negative class weight, class token"},
      {R::kLinkDenseContainer, "content/blocks", "heuristics.h",
       "kConditionalCleanLinkDensity", O::kDropped, "container link density"},
      {R::kTeaserCard, "content/blocks", "heuristics.h",
       "kMinStoryCardUnlinkedChars", O::kDropped, "teaser <article> card"},
      {R::kInlineCard, "content/blocks", "heuristics.h", "kMinCardLinks",
       O::kDropped, "inline hover card"},
      {R::kBlockLinkDensity, "content/blocks", "heuristics.h",
       "kMaxBlockLinkDensity", O::kDropped, "link density"},
      {R::kBoilerplateLine, "content/blocks", "content/blocks.cc",
       "kBoilerplatePrefixes", O::kDropped, "boilerplate line"},
      {R::kBylineLine, "content/blocks", "content/line_shape.h",
       "IsBylineLine", O::kDropped, "byline line"},
      {R::kUrlLine, "content/blocks", "content/line_shape.h", "IsUrlLine",
       O::kDropped, "URL line"},
      {R::kCounterLine, "content/blocks", "content/line_shape.h",
       "IsCounterLine", O::kDropped, "counter line"},
      {R::kCallToActionLine, "content/blocks", "heuristics.h",
       "kMaxCallToActionChars", O::kDropped, "call to action"},
      {R::kTimestampLine, "content/blocks", "content/line_shape.h",
       "IsTimestampLine", O::kDropped, "time stamp line"},
      {R::kAltText, "content/blocks", "heuristics.h", "kMinCaptionAltChars",
       O::kDropped, "repeats an image's alt text"},
      {R::kKeptBlock, "content/blocks", "content/blocks.cc", "ExtractBlocks",
       O::kBody, "block"},
      {R::kOutsideJsonLdBody, "content/jsonld_body", "heuristics.h",
       "kJsonLdAnchorChars", O::kDropped, "outside JSON-LD articleBody"},
      {R::kRepeatsHeadline, "content/assemble", "content/assemble.cc",
       "Assemble", O::kHeadline, "repeats the headline"},
      {R::kRepeatsCaption, "content/assemble", "content/assemble.cc",
       "Assemble", O::kCaption, "repeats an image caption"},
      {R::kHeadlineNode, "metadata/metadata", "metadata/metadata.h",
       "ConsumedNodes", O::kHeadline, "headline"},
      {R::kBylineNode, "metadata/metadata", "metadata/metadata.h",
       "ConsumedNodes", O::kByline, "byline"},
      {R::kDatelineNode, "metadata/metadata", "metadata/metadata.h",
       "ConsumedNodes", O::kDateline, "dateline"},
      {R::kCaptionNode, "content/figures", "content/figures.cc", "FigureOf",
       O::kCaption, "caption moved to images"},
  };
}

std::string Escaped(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"') out += "\\\"";
    else out.push_back(c);
  }
  return out;
}

}  // namespace

const char* OutcomeName(Outcome outcome) {
  switch (outcome) {
    case O::kBody: return "body";
    case O::kHeadline: return "headline";
    case O::kByline: return "byline";
    case O::kDateline: return "dateline";
    case O::kStandfirst: return "standfirst";
    case O::kCaption: return "caption";
    case O::kDropped: return "dropped";
  }
  return "dropped";
}

const std::vector<RuleInfo>& Rules() {
  static const std::vector<RuleInfo>* rules = MakeRules();
  return *rules;
}

const RuleInfo& InfoOf(Rule rule) {
  return Rules()[static_cast<size_t>(rule)];
}

std::string Label(const Decision& d) {
  const RuleInfo& info = InfoOf(d.rule);
  std::string s = info.outcome == O::kDropped ? "dropped: "
                  : info.outcome == O::kBody || info.outcome == O::kStandfirst
                      ? "kept: "
                      : "moved: ";
  s += info.what;
  if (!d.detail.empty()) {
    s += ' ';
    s += d.detail;
  }
  s += " (";
  s += info.pass;
  s += ", ";
  s += info.name;
  s += ')';
  return s;
}

std::string ElementName(const dom::Node* n) {
  if (!n) return "";
  if (!n->is_element()) return "#text";
  std::string s = "<" + std::string(n->name);
  if (std::string_view c = n->Attr("class"); !c.empty()) {
    s += " class=\"" + Escaped(c) + "\"";
  }
  if (std::string_view id = n->Attr("id"); !id.empty()) {
    s += " id=\"" + Escaped(id) + "\"";
  }
  return s + ">";
}

std::string Compare(double value, const char* op, double limit) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f %s %g", value, op, limit);
  return buf;
}

void Record::ForgetContainers() {
  std::erase_if(decisions_, [](const Decision& d) {
    switch (d.rule) {
      case R::kTopCandidate: case R::kJoinedSibling: case R::kSiblingParagraph:
      case R::kStandfirst: case R::kGapFill: case R::kMainText:
      case R::kClassNamesake: case R::kRunnerUp:
        return true;
      default:
        return false;
    }
  });
}

void Record::KeepLevel(int level) {
  std::erase_if(decisions_, [level](const Decision& d) {
    return (d.levels & LevelBit(level)) == 0;
  });
}

std::vector<std::string> Record::Lines() const {
  std::vector<std::string> lines;
  lines.reserve(decisions_.size());
  for (const Decision& d : decisions_) {
    std::string line = "decision: ";
    if (d.node && d.text.empty()) {
      line += ElementName(d.node);
    } else {
      std::string_view t = d.text;
      line += "\"" + std::string(t.substr(0, 60)) + (t.size() > 60 ? "...\"" : "\"");
    }
    line += " " + Label(d);
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace artext::decisions
