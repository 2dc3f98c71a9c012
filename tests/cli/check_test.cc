// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/check.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include "cli/temp_dir.h"

namespace artext::cli {
namespace {

constexpr const char* kPage =
    "<html><head><title>Ferry back</title></head><body><article>"
    "<h1>Ferry back in service</h1>"
    "<p>The ferry returned to service on Monday after four months of "
    "repairs.</p><p>Commuters welcomed the news.</p></article></body></html>";

TEST(NormalizeWhitespace, CollapsesRunsKeepsParagraphs) {
  EXPECT_EQ(NormalizeWhitespace("  a \t b\xC2\xA0 c \n\n\n\n d \n e\n\n"),
            "a b c\n\nd\ne");
  EXPECT_EQ(NormalizeWhitespace(" \n "), "");
}

TEST(ApplyFixtureOptions, KnownKeysApplyUnknownFail) {
  Options o;
  ASSERT_TRUE(ApplyFixtureOptions(
                  {{"url", "https://x.org/a"}, {"charset", "koi8-r"}, {"min_words", 50}},
                  &o)
                  .ok());
  EXPECT_EQ(o.url, "https://x.org/a");
  EXPECT_EQ(o.charset, "koi8-r");
  EXPECT_EQ(o.min_words, 50);
  EXPECT_FALSE(ApplyFixtureOptions({{"urll", "x"}}, &o).ok());
  EXPECT_FALSE(ApplyFixtureOptions({{"min_words", "50"}}, &o).ok());
}

TEST(FindFixtures, PairsPagesWithExpectations) {
  TempDir dir;
  dir.Write("a.html", kPage);
  dir.Write("a.expected.json", "{}");
  dir.Write("sub/b.html", kPage);
  dir.Write("sub/b.expected.txt", "");
  dir.Write("bare.html", kPage);
  std::vector<Fixture> f = FindFixtures(dir.path(), false);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].name, "a");
  EXPECT_FALSE(f[0].json_path.empty());
  EXPECT_EQ(f[1].name, "sub/b");
  EXPECT_TRUE(f[1].json_path.empty());
  EXPECT_FALSE(f[1].text_path.empty());
  EXPECT_EQ(FindFixtures(dir.path(), true).size(), 3u);
}

Fixture Make(const TempDir& dir, const std::string& expected_json) {
  dir.Write("p.html", kPage);
  dir.Write("p.expected.json", expected_json);
  return FindFixtures(dir.path(), false).at(0);
}

TEST(CheckFixture, PassesOnMatchingFieldsModuloWhitespace) {
  TempDir dir;
  Fixture f = Make(dir, R"({"headline": "  Ferry back   in service ",
      "must_contain": ["returned to   service on Monday"],
      "must_not_contain": ["Ferry back in service"],
      "options": {"url": "https://example.org/ferry"},
      "url": "https://example.org/ferry", "_comment": "notes are ignored"})");
  FixtureResult r = CheckFixture(f, {});
  EXPECT_TRUE(r.passed) << r.report;
}

TEST(CheckFixture, MismatchGivesADiffPerField) {
  TempDir dir;
  Fixture f = Make(dir, R"({"headline": "Ferry gone", "authors": []})");
  FixtureResult r = CheckFixture(f, {});
  EXPECT_FALSE(r.passed);
  EXPECT_NE(r.report.find("--- p.expected.json: headline\n+++ actual: headline\n"
                          "@@ -1,1 +1,1 @@\n-Ferry gone\n+Ferry back in service\n"),
            std::string::npos)
      << r.report;
  EXPECT_EQ(r.report.find("authors"), std::string::npos);
  // --fields restricts the comparison.
  EXPECT_TRUE(CheckFixture(f, {.dir = {}, .fields = {"authors"}, .update = false, .why_dir = {}}).passed);
}

TEST(CheckFixture, SnippetsAndUnknownKeysFail) {
  TempDir dir;
  Fixture f = Make(dir, R"({"must_contain": ["not in the page"],
      "must_not_contain": ["Commuters"], "headlin": "x"})");
  FixtureResult r = CheckFixture(f, {});
  EXPECT_FALSE(r.passed);
  EXPECT_NE(r.report.find("\"not in the page\" is not in the text"), std::string::npos);
  EXPECT_NE(r.report.find("\"Commuters\" is in the text"), std::string::npos);
  EXPECT_NE(r.report.find("\"headlin\" is not a field"), std::string::npos);
}

TEST(CheckFixture, TextExpectationIsCompared) {
  TempDir dir;
  dir.Write("p.html", kPage);
  dir.Write("p.expected.txt", "Ferry back in service\n\nWrong body.\n");
  FixtureResult r = CheckFixture(FindFixtures(dir.path(), false).at(0), {});
  EXPECT_FALSE(r.passed);
  EXPECT_NE(r.report.find("-Wrong body."), std::string::npos) << r.report;
}

TEST(CheckFixture, UpdateRewritesFieldsAndKeepsHandWrittenKeys) {
  TempDir dir;
  Fixture f = Make(dir, R"({"headline": "old", "must_contain": ["Commuters"],
      "options": {"min_words": 1}})");
  FixtureResult r = CheckFixture(f, {.dir = {}, .fields = {}, .update = true, .why_dir = {}});
  EXPECT_TRUE(r.passed) << r.report;
  auto j = nlohmann::json::parse(ReadFile(f.json_path));
  EXPECT_EQ(j["headline"], "Ferry back in service");
  EXPECT_EQ(j["must_contain"], nlohmann::json::array({"Commuters"}));
  EXPECT_EQ(j["options"]["min_words"], 1);
  EXPECT_FALSE(j.contains("body"));  // only the fields it had
  EXPECT_TRUE(CheckFixture(f, {}).passed);
}

TEST(CheckFixture, UpdateCreatesExpectationForABarePage) {
  TempDir dir;
  dir.Write("new.html", kPage);
  Fixture f = FindFixtures(dir.path(), true).at(0);
  EXPECT_TRUE(CheckFixture(f, {.dir = {}, .fields = {}, .update = true, .why_dir = {}}).passed);
  auto j = nlohmann::json::parse(ReadFile(dir / "new.expected.json"));
  EXPECT_EQ(j["headline"], "Ferry back in service");
  EXPECT_TRUE(j.contains("body"));
  EXPECT_FALSE(j.contains("provenance"));
}

}  // namespace
}  // namespace artext::cli
