// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

namespace artext::lexicon {
namespace {

constexpr std::string_view kColours[] = {"red", "green", "dark blue"};
constexpr WordSet kColourSet{kColours};

TEST(WordSet, ContainsComparesWholeWords) {
  EXPECT_TRUE(kColourSet.Contains("red"));
  EXPECT_TRUE(kColourSet.Contains("dark blue"));
  EXPECT_FALSE(kColourSet.Contains("re"));
  EXPECT_FALSE(kColourSet.Contains("Red"));  // callers fold first
  EXPECT_FALSE(kColourSet.Contains(""));
}

TEST(WordSet, FoundInSearchesInsideText) {
  EXPECT_TRUE(kColourSet.FoundIn("a greenish hue"));
  EXPECT_TRUE(kColourSet.FoundIn("the dark blue sea"));
  EXPECT_FALSE(kColourSet.FoundIn("dark, blue"));
  EXPECT_FALSE(kColourSet.FoundIn(""));
}

TEST(WordSet, WordsKeepTheirOrder) {
  ASSERT_EQ(kColourSet.words().size(), 3u);
  EXPECT_EQ(kColourSet.words()[2], "dark blue");
}

TEST(Lexicon, MonthNumberReadsEveryLanguage) {
  EXPECT_EQ(MonthNumber("october"), 10);
  EXPECT_EQ(MonthNumber("okt"), 10);
  EXPECT_EQ(MonthNumber("aout"), 8);
  EXPECT_EQ(MonthNumber("октября"), 10);
  EXPECT_EQ(MonthNumber("maerz"), 3);
  EXPECT_EQ(MonthNumber("monday"), 0);
  EXPECT_EQ(MonthNumber(""), 0);
}

TEST(Lexicon, BylineLists) {
  EXPECT_TRUE(kBylineLeadIns.Contains("by"));
  EXPECT_TRUE(kBylineLeadIns.Contains("автор"));
  EXPECT_TRUE(kBylineRoles.Contains("correspondent"));
  EXPECT_FALSE(kBylineRoles.Contains("jane"));
  EXPECT_TRUE(kOrganisationWords.Contains("reuters"));
  EXPECT_TRUE(kNameParticles.Contains("van"));
  EXPECT_TRUE(kBylineTailWords.Contains("updated"));
  EXPECT_TRUE(kNonAuthorPhrases.Contains("the editors"));
}

TEST(Lexicon, CjkRoleAffixesPutLongerAffixesFirst) {
  // ParseAuthors strips the first affix that matches, so a compound role
  // must come before the role it ends with.
  auto words = kCjkRoleAffixes.words();
  size_t compound = words.size(), plain = words.size();
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "선임기자") compound = i;
    if (words[i] == "기자") plain = i;
  }
  ASSERT_LT(plain, words.size());
  EXPECT_LT(compound, plain);
}

TEST(Lexicon, DateLists) {
  EXPECT_TRUE(kWeekdays.Contains("donnerstag"));
  EXPECT_FALSE(kWeekdays.Contains("do"));  // two-letter forms collide
  EXPECT_TRUE(kDatePrepositions.Contains("am"));
  EXPECT_TRUE(kDateFillers.Contains("pm"));
  EXPECT_TRUE(kTimeLeadWords.Contains("alle"));
  EXPECT_TRUE(kUpdatedWords.FoundIn("derniere mise a jour, mis a jour le 3"));
}

TEST(Lexicon, ContentLineLists) {
  EXPECT_TRUE(kErrorTitlePhrases.FoundIn("oops - page not found"));
  EXPECT_TRUE(kCallToActionPhrases.FoundIn("please sign up for our list"));
  EXPECT_TRUE(kStampLeadWords.Contains("last modified"));
}

}  // namespace
}  // namespace artext::lexicon
