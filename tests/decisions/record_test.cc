// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "decisions/record.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace artext::decisions {
namespace {

std::string ReadSource(const std::string& path) {
  std::ifstream in(std::string(ARTEXT_SOURCE_DIR) + "/src/" + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every reason label names a real rule: the constant, word list or
// function it gives is defined in the file the table says (heuristics.h
// for the constants), and its pass is a source file of the pipeline.
TEST(DecisionRules, EveryLabelNamesARuleThatExists) {
  ASSERT_EQ(Rules().size(), static_cast<size_t>(Rule::kCount));
  for (size_t i = 0; i < Rules().size(); ++i) {
    const RuleInfo& info = Rules()[i];
    EXPECT_EQ(static_cast<size_t>(info.rule), i) << info.name;
    const std::string where = ReadSource(info.where);
    ASSERT_FALSE(where.empty()) << "no src/" << info.where;
    const std::string name = info.name;
    // A definition, not a mention in a comment: the name followed by what
    // defines a constant, a list or a function.
    const bool defined = where.find(name + " =") != std::string::npos ||
                         where.find(name + "(") != std::string::npos ||
                         where.find("struct " + name) != std::string::npos;
    EXPECT_TRUE(defined) << name << " is not defined in src/" << info.where;
    EXPECT_FALSE(ReadSource(std::string(info.pass) + ".cc").empty())
        << "no pass src/" << info.pass << ".cc";
  }
}

TEST(DecisionRules, LabelsSayVerdictRulePassAndName) {
  Decision d{nullptr, Rule::kUnlikelyClass, "`related`", {}, kEveryLevel};
  EXPECT_EQ(Label(d), "dropped: class token `related` (clean/prep, kUnlikely)");
  d = {nullptr, Rule::kBlockLinkDensity, Compare(0.823, ">", 0.5), {}, kEveryLevel};
  EXPECT_EQ(Label(d),
            "dropped: link density 0.82 > 0.5 (content/blocks, "
            "kMaxBlockLinkDensity)");
  d = {nullptr, Rule::kTopCandidate, "143.2, rank 1", {}, kEveryLevel};
  EXPECT_EQ(Label(d), "kept: container score 143.2, rank 1 (score/grab, GrabOnce)");
}

TEST(DecisionRecord, KeepLevelForgetsTheOtherLevelsDecisions) {
  Record r;
  r.Add(nullptr, Rule::kUnlikelyClass, "`a`", LevelBit(0));
  r.Add(nullptr, Rule::kHidden, "", LevelBit(0) | LevelBit(1));
  r.Add(nullptr, Rule::kNonContentTag, "<script>", LevelBit(2));
  r.Add(nullptr, Rule::kStructuralTag, "<nav>", kEveryLevel);
  r.KeepLevel(1);
  std::set<Rule> left;
  for (const Decision& d : r.decisions()) left.insert(d.rule);
  EXPECT_EQ(left, (std::set<Rule>{Rule::kHidden, Rule::kStructuralTag}));
}

}  // namespace
}  // namespace artext::decisions
