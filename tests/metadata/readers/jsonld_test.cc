// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/readers/jsonld.h"

#include <gtest/gtest.h>

#include "dom/document.h"

namespace artext::metadata {
namespace {

PageFacts Read(const std::string& script_body, const std::string& title = "") {
  std::string html = "<html><head><title>" + title +
                     "</title><script type=\"application/ld+json\">" +
                     script_body + "</script></head><body></body></html>";
  dom::Document doc = dom::Document::Parse(html, dom::ParseOptions{});
  PageFacts facts;
  facts.document_title = title;
  ReadJsonLd(ParseJsonLdScripts(doc), &facts);
  return facts;
}

TEST(ParseJsonLdBlock, ToleratesCommonFaults) {
  EXPECT_EQ(ParseJsonLdBlock(R"({"a": 1,})").size(), 1u);
  EXPECT_EQ(ParseJsonLdBlock(R"([{"a": 1}, {"b": 2},])").size(), 1u);
  EXPECT_EQ(ParseJsonLdBlock(R"({"a": 1} {"b": 2})").size(), 2u);
  EXPECT_EQ(ParseJsonLdBlock(R"({"a": 1};{"b": 2};)").size(), 2u);
  EXPECT_EQ(ParseJsonLdBlock("<!--\n{\"a\": 1}\n-->").size(), 1u);
  EXPECT_EQ(ParseJsonLdBlock("//<![CDATA[\n{\"a\": 1}\n//]]>").size(), 1u);
  auto v = ParseJsonLdBlock("{\"a\": \"line\nbreak\"}");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0]["a"], "line\nbreak");
  v = ParseJsonLdBlock("{&quot;a&quot;: &quot;x&quot;}");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0]["a"], "x");
  // A brace inside a string does not split the value.
  v = ParseJsonLdBlock(R"({"a": "} {", "b": [1, 2,]})");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0]["a"], "} {");
}

TEST(ParseJsonLdScripts, ParsesEachBlockOnceAndRecordsHowItWasRead) {
  // Without the prescan, which empties every script but the standard type.
  dom::ParseOptions no_prescan;
  no_prescan.prescan = false;
  dom::Document doc = dom::Document::Parse(
      "<html><head>"
      "<script type=\"application/ld+json\">{\"a\": 1}</script>"
      "<script type=\" Application/LD+JSON \">{\"a\": 1,}</script>"
      "<script type=\"text/ld+json\">[{\"b\": 2}]</script>"
      "<script type=\"text/ld+json\">{\"b\": 2,}</script>"
      "<script type=\"application/ld+json\">\"just a string\"</script>"
      "<script>{\"c\": 3}</script>"
      "</head><body></body></html>",
      no_prescan);
  std::vector<JsonLdBlock> blocks = ParseJsonLdScripts(doc);
  ASSERT_EQ(blocks.size(), 5u);
  // Valid JSON: parsed strictly, read for metadata.
  EXPECT_TRUE(blocks[0].strict);
  EXPECT_TRUE(blocks[0].standard_type);
  ASSERT_EQ(blocks[0].values.size(), 1u);
  EXPECT_EQ(blocks[0].values[0]["a"], 1);
  // A trailing comma: repaired, so metadata still gets the value.
  EXPECT_FALSE(blocks[1].strict);
  EXPECT_TRUE(blocks[1].standard_type);
  ASSERT_EQ(blocks[1].values.size(), 1u);
  // A looser type: for the articleBody only, so never repaired.
  EXPECT_TRUE(blocks[2].strict);
  EXPECT_FALSE(blocks[2].standard_type);
  EXPECT_EQ(blocks[2].values.size(), 1u);
  EXPECT_FALSE(blocks[3].strict);
  EXPECT_TRUE(blocks[3].values.empty());
  // A scalar is valid JSON but holds no object.
  EXPECT_TRUE(blocks[4].strict);
  EXPECT_TRUE(blocks[4].values.empty());
}

TEST(ParseJsonLdBlock, GarbageGivesNothing) {
  EXPECT_TRUE(ParseJsonLdBlock("").empty());
  EXPECT_TRUE(ParseJsonLdBlock("not json at all").empty());
  EXPECT_TRUE(ParseJsonLdBlock("{\"a\": ").empty());
  EXPECT_TRUE(ParseJsonLdBlock(std::string(10000, '{')).empty());
}

TEST(ReadJsonLd, ArticleFields) {
  PageFacts f = Read(R"({"@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "Tom &amp; Jerry", "datePublished": "2023-10-12T20:00:00+09:00",
    "dateModified": "2023-10-13", "author": [{"@type": "Person", "name": "Jane Doe"},
    "John Roe"], "publisher": {"@type": "Organization", "name": "Gazette"},
    "image": ["https://e.com/a.jpg"], "keywords": "a, b", "inLanguage": "en-GB"})");
  ASSERT_EQ(f.titles.size(), 1u);
  EXPECT_EQ(f.titles[0].value, "Tom & Jerry");
  EXPECT_EQ(f.titles[0].source, "json-ld");
  ASSERT_EQ(f.authors.size(), 1u);
  EXPECT_EQ(f.authors[0].names, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  EXPECT_FALSE(f.authors[0].organisation);
  ASSERT_EQ(f.published.size(), 1u);
  EXPECT_EQ(f.published[0].value, "2023-10-12T20:00:00+09:00");
  ASSERT_EQ(f.modified.size(), 1u);
  ASSERT_EQ(f.site_names.size(), 1u);
  EXPECT_EQ(f.site_names[0].value, "Gazette");
  ASSERT_EQ(f.images.size(), 1u);
  EXPECT_EQ(f.images[0].value, "https://e.com/a.jpg");
  ASSERT_EQ(f.tags.size(), 1u);
  ASSERT_EQ(f.languages.size(), 1u);
}

TEST(ReadJsonLd, OrganisationAuthorIsFlagged) {
  PageFacts f = Read(R"({"@type": "Article", "author": [{"@type": "Organization",
    "name": "BBC News"}, {"@type": "Person", "name": "Jane Doe"}]})");
  ASSERT_EQ(f.authors.size(), 2u);
  EXPECT_EQ(f.authors[0].names, std::vector<std::string>{"Jane Doe"});
  EXPECT_FALSE(f.authors[0].organisation);
  EXPECT_EQ(f.authors[1].names, std::vector<std::string>{"BBC News"});
  EXPECT_TRUE(f.authors[1].organisation);
}

TEST(ReadJsonLd, NewsAgencyJoinsThePeople) {
  PageFacts f = Read(R"({"@type": "NewsArticle", "author": [
    {"@type": "Person", "name": "Paula Steiger"},
    {"@type": "Organization", "name": "SDA"},
    {"@type": "Organization", "name": "Tages-Anzeiger"}]})");
  ASSERT_EQ(f.authors.size(), 2u);
  EXPECT_EQ(f.authors[0].names, (std::vector<std::string>{"Paula Steiger", "SDA"}));
  EXPECT_EQ(f.authors[1].names, std::vector<std::string>{"Tages-Anzeiger"});
  EXPECT_TRUE(f.authors[1].organisation);
}

TEST(ReadJsonLd, PersonGivenOnlyByNameParts) {
  // schema.org lets a Person give givenName and familyName without "name".
  PageFacts f = Read(R"({"@type": "NewsArticle", "author": [
    {"@type": "Person", "givenName": "Anna Giulia", "familyName": "Fink"},
    {"@type": "Person", "familyName": "Alone"},
    {"@type": "Person", "name": "Jan Marchart", "givenName": "Ignored"}]})");
  ASSERT_EQ(f.authors.size(), 1u);
  EXPECT_EQ(f.authors[0].names,
            (std::vector<std::string>{"Anna Giulia Fink", "Jan Marchart"}));
}

TEST(ReadJsonLd, GraphWithReferencesAndWebPageDates) {
  PageFacts f = Read(R"({"@graph": [
    {"@type": "WebPage", "@id": "#p", "datePublished": "2023-10-12"},
    {"@type": "schema:BlogPosting", "headline": "H", "author": {"@id": "#jane"}},
    {"@type": "Person", "@id": "#jane", "name": "Jane Doe"}]})");
  ASSERT_EQ(f.titles.size(), 1u);
  EXPECT_EQ(f.titles[0].value, "H");
  ASSERT_EQ(f.authors.size(), 1u);
  EXPECT_EQ(f.authors[0].names, std::vector<std::string>{"Jane Doe"});
  ASSERT_EQ(f.published.size(), 1u);
  EXPECT_EQ(f.published[0].value, "2023-10-12");
}

TEST(ReadJsonLd, UnixTimestamps) {
  PageFacts f = Read(R"({"@type": "NewsArticle", "datePublished": 1697108400,
    "dateModified": 1697108400000})");
  ASSERT_EQ(f.published.size(), 1u);
  EXPECT_EQ(f.published[0].value, "2023-10-12T11:00:00Z");
  ASSERT_EQ(f.modified.size(), 1u);
  EXPECT_EQ(f.modified[0].value, "2023-10-12T11:00:00Z");
  f = Read(R"({"@type": "NewsArticle", "datePublished": -5})");
  EXPECT_TRUE(f.published.empty());
}

TEST(ReadJsonLd, NameOrHeadlineByCloseness) {
  // Wikipedia: "name" is the title, "headline" a description.
  PageFacts f = Read(R"({"@type": "Article", "name": "New Zealand",
    "headline": "constitutional monarchy in Oceania"})",
                     "New Zealand - Wikipedia");
  ASSERT_EQ(f.titles.size(), 1u);
  EXPECT_EQ(f.titles[0].value, "New Zealand");
  f = Read(R"({"@type": "Article", "name": "Home", "headline": "Buses run late"})",
           "Buses run late | Gazette");
  ASSERT_EQ(f.titles.size(), 1u);
  EXPECT_EQ(f.titles[0].value, "Buses run late");
}

TEST(ReadJsonLd, UploadDateAndWorksThatAreThePage) {
  // A video page: its object is the page's work.
  PageFacts f = Read(R"({"@type": "VideoObject", "name": "Clip",
    "uploadDate": "2023-10-12T08:00:00Z"})");
  EXPECT_EQ(f.published.size(), 1u);
  EXPECT_EQ(f.published[0].value, "2023-10-12T08:00:00Z");
  // An untyped object in a graph.
  f = Read(R"({"@graph": [{"@type": "WebSite", "name": "S"},
    {"datePublished": "2023-10-13", "dateModified": "2023-10-14"}]})");
  ASSERT_EQ(f.published.size(), 1u);
  EXPECT_EQ(f.published[0].value, "2023-10-13");
  ASSERT_EQ(f.modified.size(), 1u);
  EXPECT_EQ(f.modified[0].value, "2023-10-14");
  // A course, a product, a list of teasers, or an object nested in one:
  // their dates are not the page's.
  EXPECT_TRUE(Read(R"({"@type": "Course", "datePublished": "2023-10-12"})")
                  .published.empty());
  EXPECT_TRUE(Read(R"({"@type": "ItemList", "itemListElement": [
    {"@type": "ListItem", "item": {"datePublished": "2023-10-12"}}]})")
                  .published.empty());
  // An article without datePublished or dateCreated: uploadDate.
  f = Read(R"({"@type": "NewsArticle", "uploadDate": "2023-10-15"})");
  ASSERT_EQ(f.published.size(), 1u);
  EXPECT_EQ(f.published[0].value, "2023-10-15");
}

TEST(ReadJsonLd, NoArticleNoFacts) {
  PageFacts f = Read(R"({"@type": "Organization", "name": "Gazette"})");
  EXPECT_TRUE(f.titles.empty());
  EXPECT_TRUE(f.authors.empty());
  EXPECT_TRUE(f.site_names.empty());
}

}  // namespace
}  // namespace artext::metadata
