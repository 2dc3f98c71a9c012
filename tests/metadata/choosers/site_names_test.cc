// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/choosers/site_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "metadata/choosers/authors.h"

namespace artext::metadata {
namespace {

PageFacts WithSite(const std::string& site) {
  PageFacts f;
  f.site_names.push_back({site, "meta:og:site_name"});
  return f;
}

TEST(SiteNames, KeysFromSiteNameAndDomain) {
  std::vector<std::string> keys =
      SiteKeys(WithSite("The Riverside Gazette"), "https://www.news.example.co.uk/a/b");
  EXPECT_EQ(keys, (std::vector<std::string>{"riversidegazette", "theriversidegazette", "example"}));
  EXPECT_TRUE(SiteKeys(PageFacts{}, "").empty());
}

TEST(SiteNames, NamesSiteByLettersOrInitials) {
  const std::vector<std::string> keys = SiteKeys(WithSite("USA TODAY"), "https://www.dw.com/x");
  EXPECT_TRUE(NamesSite("Usa Today", keys));
  EXPECT_TRUE(NamesSite("Deutsche Welle", keys));  // dw.com
  EXPECT_FALSE(NamesSite("Jane Doe", keys));
  EXPECT_FALSE(NamesSite("Usa", keys));
}

TEST(SiteNames, SiteAccountWithAnInitialNamesTheSite) {
  const std::vector<std::string> keys =
      SiteKeys(WithSite("Ilanga News"), "https://ilanganews.co.za/x");
  EXPECT_TRUE(NamesSite("Ilanga D", keys));
  EXPECT_TRUE(NamesSite("Ilanga D.", keys));
  EXPECT_FALSE(NamesSite("Ilanga Dube", keys));  // a surname, not an initial
  EXPECT_FALSE(NamesSite("Jane D", keys));
  // The rest of the key must be an organisation word: "Ila" is no account
  // of "Ilanga News".
  EXPECT_FALSE(NamesSite("Ila D", keys));
}

TEST(SiteNames, SuffixIsCutWhenTwoWordsStay) {
  const std::vector<std::string> keys = SiteKeys(WithSite("USA TODAY"), "https://sambossley.com/");
  EXPECT_EQ(WithoutSiteSuffix("Brian Truitt USA TODAY", keys), "Brian Truitt");
  EXPECT_EQ(WithoutSiteSuffix("Sam Bossley", keys), "Sam Bossley");
  EXPECT_EQ(WithoutSiteSuffix("Jane Doe", keys), "Jane Doe");
}

TEST(ChooseAuthors, PrintedPersonBeatsTheSite) {
  PageFacts f = WithSite("Lesotho Times");
  f.authors.push_back(AuthorCandidate::Names({"Lesotho Times"}, "json-ld", false));
  f.authors.push_back(AuthorCandidate::Byline("Autor: Jane Doe", "dom:by-label"));
  ChosenAuthors a = ChooseAuthors(f, "https://lestimes.example/x");
  EXPECT_EQ(a.names, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(a.source, "dom:by-label");
}

TEST(ChooseAuthors, PrintedSiteAccountIsNoPerson) {
  // A printed site name counts as a person when nobody else is named (a
  // blog named after its author); the newsroom's account does not.
  PageFacts f = WithSite("Ilanga News");
  f.authors.push_back(AuthorCandidate::Names({"Ilanga D"}, "json-ld", false));
  f.authors.push_back(AuthorCandidate::Byline("by Ilanga D | 5 November 2024", "dom:by-line"));
  f.authors.push_back(AuthorCandidate::Byline("MTHOBISI SITHOLE", "dom:name-line"));
  ChosenAuthors a = ChooseAuthors(f, "https://ilanganews.example/x");
  ASSERT_EQ(a.names.size(), 1u);
  EXPECT_EQ(a.source, "dom:name-line");
  // Without the signature line, the account is all there is.
  f.authors.pop_back();
  EXPECT_EQ(ChooseAuthors(f, "https://ilanganews.example/x").names,
            std::vector<std::string>{"Ilanga D"});
}

TEST(ChooseAuthors, DeclaredEditorLosesToThePrintedWriter) {
  PageFacts f;
  f.authors.push_back(AuthorCandidate::Names({"Budi Heryadi"}, "json-ld", false));
  f.authors.push_back(AuthorCandidate::Byline("Naufal Zuhdi", "dom:byline"));
  f.authors.push_back(AuthorCandidate::Byline("Editor : Budi Heryadi", "dom:byline"));
  EXPECT_EQ(ChooseAuthors(f).names, std::vector<std::string>{"Naufal Zuhdi"});
  // Also printed as a writer: the declared author stays.
  f.authors.push_back(AuthorCandidate::Byline("By Budi Heryadi", "dom:byline"));
  EXPECT_EQ(ChooseAuthors(f).names, std::vector<std::string>{"Budi Heryadi"});
  // An editor's credit with no other writer printed: the declared author stays.
  PageFacts g;
  g.authors.push_back(AuthorCandidate::Names({"Wang Fang"}, "json-ld", false));
  g.authors.push_back(AuthorCandidate::Byline("责任编辑：Wang Fang", "dom:byline"));
  EXPECT_EQ(ChooseAuthors(g).names, std::vector<std::string>{"Wang Fang"});
}

TEST(ChooseAuthors, LoneWordDoesNotBeatTheSite) {
  PageFacts f = WithSite("Salzburger Boten");
  f.authors.push_back(AuthorCandidate::Names({"Salzburger Boten"}, "json-ld", false));
  f.authors.push_back(AuthorCandidate::Byline("Abbruch", "dom:byline"));
  EXPECT_EQ(ChooseAuthors(f).names, std::vector<std::string>{"Salzburger Boten"});
}

TEST(ChooseAuthors, MicrodataKeepsPrintedNames) {
  PageFacts f;
  f.authors.push_back(
      AuthorCandidate::Names({"Jane Doe", "Teaser Author", "Other Writer"}, "microdata", false));
  f.authors.push_back(AuthorCandidate::Byline("By Jane Doe", "dom:byline"));
  EXPECT_EQ(ChooseAuthors(f).names, std::vector<std::string>{"Jane Doe"});
}

}  // namespace
}  // namespace artext::metadata
