// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The decision record: what each pass decided about an element or a block
// of text, and by which rule. The passes write it themselves, one Add call
// per decision, behind a pointer that is null unless --debug or --why asked
// for it (so an ordinary extraction pays one untaken branch per decision).
// --debug prints it as lines; --why (decisions/view.h) lays it over the
// page's text. Every reason names its pass and a rule from the table in
// record.cc: a constant of src/heuristics.h or a named function or word
// list of the pass (tests/decisions/record_test.cc checks that each exists).

#ifndef ARTEXT_DECISIONS_RECORD_H_
#define ARTEXT_DECISIONS_RECORD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dom/node.h"

namespace artext::decisions {

// Where a block of the page's text went.
enum class Outcome : uint8_t {
  kBody, kHeadline, kByline, kDateline, kStandfirst, kCaption, kDropped,
};

// The outcome's name in the view and its legend ("body", "caption", ...).
const char* OutcomeName(Outcome outcome);

enum class Rule : uint8_t {
  // clean/prep: what can never be text.
  kNonContentTag, kStructuralTag, kHidden, kUnlikelyRole, kControlForm,
  // clean/patterns: class/id vocabulary (strict cleaning level only).
  kUnlikelyClass, kPromptClass, kMetadataBoxClass,
  // score/grab: the containers chosen, and the best one not chosen.
  kTopCandidate, kJoinedSibling, kSiblingParagraph, kStandfirst, kGapFill,
  kClassNamesake,
  kMainText, kRunnerUp, kOutsideContainer,
  // content/main_region: a page that is not an article is read whole.
  kMainRegion,
  // content/blocks: inside the containers.
  kNegativeClassContainer, kLinkDenseContainer, kTeaserCard, kInlineCard,
  kBlockLinkDensity, kBoilerplateLine, kBylineLine, kUrlLine, kCounterLine,
  kCallToActionLine, kTimestampLine, kAltText, kKeptBlock,
  // content/jsonld_body and content/assemble: after the blocks.
  kOutsideJsonLdBody, kRepeatsHeadline, kRepeatsCaption,
  // metadata and content/figures: elements whose text became a field.
  kHeadlineNode, kBylineNode, kDatelineNode, kCaptionNode,
  kCount  // not a rule
};

struct RuleInfo {
  Rule rule;
  const char* pass;    // "clean/prep": src/<pass>.cc runs the rule
  const char* where;   // file under src/ that defines `name`
  const char* name;    // the constant, word list or function deciding
  Outcome outcome;
  const char* what;    // "class token", "link density"
};

// One entry per Rule, in enum order.
const std::vector<RuleInfo>& Rules();
const RuleInfo& InfoOf(Rule rule);

// Decision::levels: every cleaning level, or the bit of level `i`.
inline constexpr uint32_t kEveryLevel = ~0u;
constexpr uint32_t LevelBit(int i) { return 1u << i; }

struct Decision {
  // The element (or, for a block of text, its first text node) decided on;
  // null for decisions about a block's text alone (after the block pass).
  const dom::Node* node = nullptr;
  Rule rule = Rule::kCount;
  std::string detail;  // "`related`", "0.82 > 0.5", "143.2, rank 1"
  std::string text;    // the block's text, for block decisions
  // The cleaning levels the decision belongs to, one bit per
  // clean::Prepared::levels index (LevelBit): a drop inside an element a
  // lower level already dropped happens only at the levels above it.
  uint32_t levels = kEveryLevel;
};

// "dropped: class token `related` (clean/patterns, kUnlikely)".
std::string Label(const Decision& d);

// "<div class="related" id="x">", for debug lines and the view.
std::string ElementName(const dom::Node* n);

class Record {
 public:
  void Add(const dom::Node* node, Rule rule, std::string detail = {},
           uint32_t levels = kEveryLevel) {
    decisions_.push_back({node, rule, std::move(detail), {}, levels});
  }
  // A decision about a block's text (its element is not known any more).
  void AddText(std::string_view text, Rule rule, std::string detail = {},
               const dom::Node* first_text = nullptr) {
    decisions_.push_back(
        {first_text, rule, std::move(detail), std::string(text), kEveryLevel});
  }
  // Moves `other`'s decisions to the end of this record (a pass that tried
  // twice keeps the record of the try it kept).
  void Append(Record&& other) {
    for (Decision& d : other.decisions_) decisions_.push_back(std::move(d));
    other.decisions_.clear();
  }
  // Forgets every decision the grab made about containers (the top
  // candidate, the siblings joined, the runner-up): the body was taken
  // from another region after all (content/main_region.h).
  void ForgetContainers();
  // The grab kept cleaning level `level`: decisions of other levels did
  // not happen.
  void KeepLevel(int level);

  const std::vector<Decision>& decisions() const { return decisions_; }
  // One --debug line per decision.
  std::vector<std::string> Lines() const;

  // The winning cleaning level's name, for the view's header.
  std::string cleaning;

 private:
  std::vector<Decision> decisions_;
};

// "0.82 > 0.5": the measured value against its limit.
std::string Compare(double value, const char* op, double limit);

}  // namespace artext::decisions

#endif  // ARTEXT_DECISIONS_RECORD_H_
