// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The page readers: meta tags, microdata, the visible page, entities.

#include <gtest/gtest.h>

#include "dom/document.h"
#include "metadata/parsers/entities.h"
#include "metadata/readers/meta_tags.h"
#include "metadata/readers/microdata.h"
#include "metadata/readers/visible.h"

namespace artext::metadata {
namespace {

dom::Document Parse(const std::string& html) {
  return dom::Document::Parse(html, dom::ParseOptions{});
}

std::vector<std::string> Values(const std::vector<Candidate>& list) {
  std::vector<std::string> out;
  for (const Candidate& c : list) out.push_back(c.value);
  return out;
}

TEST(DecodeEntities, NamedAndNumeric) {
  EXPECT_EQ(DecodeEntities("Tom &amp; Jerry"), "Tom & Jerry");
  EXPECT_EQ(DecodeEntities("It&#8217;s &#x2019; &quot;x&quot;"),
            "It\xE2\x80\x99s \xE2\x80\x99 \"x\"");
  EXPECT_EQ(DecodeEntities("AT&T & &unknown; &#;"), "AT&T & &unknown; &#;");
  EXPECT_EQ(DecodeEntities("&#x110000;"), "&#x110000;");
}

// JSON-LD headlines escape accented letters and bullets by name; the
// parser never sees inside <script>, so these must be decoded here.
TEST(DecodeEntities, Latin1LettersAndBullet) {
  EXPECT_EQ(DecodeEntities("R&uuml;ckbau - K&uuml;hlt&uuml;rme"),
            "R\xC3\xBC" "ckbau - K\xC3\xBC" "hlt\xC3\xBC" "rme");
  EXPECT_EQ(DecodeEntities("&Eacute;t&eacute; &szlig; &yuml;"),
            "\xC3\x89t\xC3\xA9 \xC3\x9F \xC3\xBF");
  EXPECT_EQ(DecodeEntities("Plate &bull; Source"),
            "Plate \xE2\x80\xA2 Source");
  EXPECT_EQ(DecodeEntities("&Uuml;ber &uumlx;"), "\xC3\x9C" "ber &uumlx;");
}

TEST(ReadMetaTags, PrecedenceAndKeys) {
  dom::Document doc = Parse(R"(<html lang="en-gb"><head>
    <meta name="twitter:title" content="T">
    <meta property="og:title twitter:title" content="OG">
    <meta name="DC.title" content="DC name">
    <meta property="dc:title" content="DC property">
    <meta property="article:author" content="https://facebook.com/jane">
    <meta name="author" content="Jane Doe">
    <meta name="article:published_time" content="2023-10-12">
    <meta http-equiv="content-language" content="de">
    <link rel="canonical" href="/a">
    <meta property="og:url" content="https://e.com/b">
    <meta name="news_keywords" content="x, y">
    </head><body></body></html>)");
  PageFacts f;
  ReadMetaTags(doc, &f);
  EXPECT_EQ(Values(f.titles),
            (std::vector<std::string>{"DC property", "DC name", "OG", "OG", "T"}));
  ASSERT_EQ(f.authors.size(), 1u);  // the profile URL names nobody
  EXPECT_EQ(f.authors[0].raw, "Jane Doe");
  EXPECT_EQ(Values(f.published), std::vector<std::string>{"2023-10-12"});
  EXPECT_EQ(Values(f.urls), (std::vector<std::string>{"/a", "https://e.com/b"}));
  EXPECT_EQ(f.urls[0].source, "link:canonical");
  EXPECT_EQ(Values(f.languages), (std::vector<std::string>{"en-gb", "de"}));
  EXPECT_EQ(Values(f.tags), std::vector<std::string>{"x, y"});
}

TEST(ReadMetaTags, PublicationDateKeysByTheirWords) {
  dom::Document doc = Parse(R"(<html><head>
    <meta name="date" content="2020-01-01">
    <meta name="w-published-date" content="2025-05-27T06:03:43Z">
    <meta name="published" content="July 17, 2025">
    <meta name="publisher" content="Gazette">
    <meta name="auto-publish" content="2030-01-01">
    <meta name="article:published_time" content="2025-05-26">
    </head><body></body></html>)");
  PageFacts f;
  ReadMetaTags(doc, &f);
  // The named keys first, then the keys that say "publish", then "date".
  EXPECT_EQ(Values(f.published),
            (std::vector<std::string>{"2025-05-26", "2025-05-27T06:03:43Z",
                                      "July 17, 2025", "2020-01-01"}));
  EXPECT_EQ(f.published[1].source, "meta:w-published-date");
}

TEST(ReadMetaTags, ValueAttributeIsReadForDatesOnly) {
  // Pages (and saved copies of them) that give a meta tag's value in
  // "value": the dates are read; the title, a share text there, is not.
  dom::Document doc = Parse(R"(<html><head>
    <meta value="2016-12-29T01:32:00+00:00" name="article:published_time">
    <meta value="2016-12-30T10:00:00+00:00" name="article:modified_time">
    <meta value="Share text" property="og:title">
    <meta name="description" content="D" value="ignored">
    </head><body></body></html>)");
  PageFacts f;
  ReadMetaTags(doc, &f);
  EXPECT_EQ(Values(f.published),
            std::vector<std::string>{"2016-12-29T01:32:00+00:00"});
  EXPECT_EQ(Values(f.modified),
            std::vector<std::string>{"2016-12-30T10:00:00+00:00"});
  EXPECT_TRUE(f.titles.empty());
  EXPECT_EQ(Values(f.descriptions), std::vector<std::string>{"D"});
}

TEST(ReadMetaTags, AuthorInValueAttributeIsALastResort) {
  // An author given in "value" is a candidate, but a weak one: it ranks
  // below every printed byline; "content" is read as before.
  dom::Document doc = Parse(R"(<head>
    <meta name="author" value="Mattias Geniar">
    <meta name="dc.creator" content="Jane Doe">
    </head>)");
  PageFacts f;
  ReadMetaTags(doc, &f);
  ASSERT_EQ(f.authors.size(), 2u);
  EXPECT_EQ(f.authors[0].raw, "Jane Doe");
  EXPECT_FALSE(f.authors[0].weak);
  EXPECT_EQ(f.authors[1].raw, "Mattias Geniar");
  EXPECT_EQ(f.authors[1].source, "meta:author");
  EXPECT_TRUE(f.authors[1].weak);
}

TEST(ReadMetaTags, SeveralAuthorTagsAndLibraryNames) {
  dom::Document doc = Parse(R"(<head>
    <meta name="DC.creator" content="Kooman, F.">
    <meta name="DC.creator" content="Jong, Michiel de">
    <meta name="parsely-author" content="Jane Doe">
    <meta name="parsely-author" content="John Roe">
    <meta name="author" content="Doe, Jane">
    </head>)");
  PageFacts f;
  ReadMetaTags(doc, &f);
  ASSERT_EQ(f.authors.size(), 3u);
  EXPECT_EQ(f.authors[0].raw, "F. Kooman, Michiel de Jong");
  EXPECT_EQ(f.authors[0].source, "meta:dc.creator");
  EXPECT_EQ(f.authors[1].raw, "Doe, Jane");  // not a library key: as written
  EXPECT_EQ(f.authors[2].raw, "Jane Doe, John Roe");
}

TEST(ReadMetaTags, PropertyAndNameAuthorsAreTwoCandidates) {
  dom::Document doc = Parse(R"(<head>
    <meta name="DC.creator" content="Doe, J.">
    <meta property="dc:creator" content="Jane Doe">
    </head>)");
  PageFacts f;
  ReadMetaTags(doc, &f);
  ASSERT_EQ(f.authors.size(), 2u);
  EXPECT_EQ(f.authors[0].raw, "Jane Doe");  // property= first
  EXPECT_EQ(f.authors[1].raw, "J. Doe");
}

TEST(ReadMicrodata, SkipsCommentItems) {
  dom::Document doc = Parse(R"(<body><article itemscope itemtype="https://schema.org/Article">
    <h1 itemprop="headline">H</h1>
    <span itemprop="author" itemscope><b>By</b> <span itemprop="name">Jane Doe</span></span>
    <time itemprop="datePublished" datetime="2023-10-12">Oct 12</time>
    <div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Carl</span>
    <time itemprop="datePublished" datetime="2023-11-01">Nov 1</time></div>
    </article></body>)");
  PageFacts f;
  ReadMicrodata(doc, &f);
  EXPECT_EQ(Values(f.titles), std::vector<std::string>{"H"});
  ASSERT_EQ(f.authors.size(), 1u);
  EXPECT_EQ(f.authors[0].names, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(Values(f.published), std::vector<std::string>{"2023-10-12"});
}

TEST(ReadVisible, BylinesDatelinesAndForeignContainers) {
  dom::Document doc = Parse(R"(<html><head><title> The  title </title></head>
    <body class="has-sidebar"><h1>Headline here</h1>
    <div class="byline">By Jane Doe</div>
    <p>Von Anna Müller</p>
    <span class="date">Published 12 Oct 2023</span>
    <span class="updated-date">Updated 13 Oct 2023</span>
    <time datetime="2023-10-12T20:00:00Z">x</time>
    <div class="authority-control">Authority</div>
    <aside class="related-stories"><span class="author">By Other Writer</span>
      <span class="date">1 Jan 2020</span></aside>
    <div id="comments"><p class="byline">By Commenter</p></div>
    </body></html>)");
  PageFacts f;
  ReadVisible(doc, &f);
  EXPECT_EQ(f.document_title, "The title");
  EXPECT_EQ(f.h1s, std::vector<std::string>{"Headline here"});
  ASSERT_EQ(f.authors.size(), 2u);
  EXPECT_EQ(f.authors[0].raw, "By Jane Doe");
  EXPECT_EQ(f.authors[0].source, "dom:byline");
  EXPECT_EQ(f.authors[1].raw, "Von Anna Müller");
  EXPECT_EQ(f.authors[1].source, "dom:by-line");
  EXPECT_EQ(Values(f.published),
            (std::vector<std::string>{"Published 12 Oct 2023", "2023-10-12T20:00:00Z"}));
  EXPECT_EQ(Values(f.modified), std::vector<std::string>{"Updated 13 Oct 2023"});
}

TEST(ReadVisible, FooterOfTheArticleIsNotForeign) {
  // The foot of the headline's block prints the byline; the page's footer
  // and another block's footer stay foreign.
  dom::Document doc = Parse(R"(<body><div class="headline"><h1>Headline here</h1></div>
    <div class="headline__footer"><div class="byline">By Jane Doe</div></div>
    <div class="article-footer"><p class="byline">By John Roe</p></div>
    <footer class="site-footer"><p class="byline">By Web Master</p></footer>
    <div class="promo-footer"><p class="byline">By Promo Writer</p></div>
    </body>)");
  PageFacts f;
  ReadVisible(doc, &f);
  ASSERT_EQ(f.authors.size(), 2u);
  EXPECT_EQ(f.authors[0].raw, "By Jane Doe");
  EXPECT_EQ(f.authors[1].raw, "By John Roe");
}

TEST(ReadVisible, TimeIsAnUpdateByTheLabelBeforeIt) {
  dom::Document doc = Parse(
      "<html><body><h1>T</h1><div>Published <time datetime=2020-02-24>Feb 24"
      "</time><span>Last updated <time datetime=2022-07-21>Jul 21</time>"
      "</span></div></body></html>");
  PageFacts f;
  ReadVisible(doc, &f);
  EXPECT_EQ(Values(f.published), std::vector<std::string>{"2020-02-24"});
  EXPECT_EQ(Values(f.modified), std::vector<std::string>{"2022-07-21"});
}

// A date box too long for a dateline (it also holds the tags) gives the
// text of its first short child with a digit.
TEST(ReadVisible, DateBoxHoldingTagsGivesItsDateChild) {
  dom::Document doc = Parse(
      "<html><body><h1>T</h1><p>Text.</p><div class=\"meta date-section-header\">"
      "<span>Posted on April 13, 2023</span><div class=tags><span>Tags:</span>"
      "<a href=/a>academic journal indexing</a> <a href=/b>abstracting and "
      "indexing services</a> <a href=/c>scholarly publishing</a> <a href=/d>"
      "open access journals</a> <a href=/e>peer review</a></div></div>"
      "</body></html>");
  PageFacts f;
  ReadVisible(doc, &f);
  ASSERT_FALSE(f.published.empty());
  EXPECT_EQ(f.published[0].value, "Posted on April 13, 2023");
  EXPECT_EQ(f.published[0].source, "dom:dateline");
  // With no short child holding a digit, nothing.
  doc = Parse(
      "<html><body><h1>T</h1><div class=date-box><span>Tags:</span><div>"
      "academic journal indexing, abstracting and indexing services, "
      "scholarly publishing, open access journals, peer review, 12 more"
      "</div></div></body></html>");
  f = PageFacts{};
  ReadVisible(doc, &f);
  EXPECT_TRUE(f.published.empty());
}

TEST(ReadVisible, SkipsTeaserCardBylines) {
  dom::Document doc = Parse(R"(<body><h2>Highlights</h2><ol>
    <li><article><h2><a href="/2023/10/buses.html">Night buses will run to
      the harbour</a></h2><p><span class="byline">By Teaser Writer</span></p>
    </article></li>
    <li class="widget"><h4><a href="/people/jane">Jane Doe</a></h4>
      <div class="author-name">By Jane Doe</div></li>
    <li><h3><a href="#notes">Notes</a></h3><p>By John Roe</p></li>
    </ol></body>)");
  PageFacts f;
  ReadVisible(doc, &f);
  // The card's story heading links elsewhere; an author box's heading is a
  // name, and a "#" link stays on the page.
  ASSERT_EQ(f.authors.size(), 2u);
  EXPECT_EQ(f.authors[0].raw, "By Jane Doe");
  EXPECT_EQ(f.authors[1].raw, "By John Roe");
}

TEST(ReadVisible, ByLineAcrossSpansGivesNameAndDate) {
  dom::Document doc = Parse(R"(<body><p class="about">
    <span>Von</span> <span><a href="/a/mb">Moritz Bachmann</a></span>
    <span>publiziert am 25. September 2018</span></p>
    <p>By the way, this is <b>not</b> a byline at all, it is a sentence.</p>
    </body>)");
  PageFacts f;
  ReadVisible(doc, &f);
  ASSERT_GE(f.authors.size(), 1u);
  EXPECT_EQ(f.authors[0].raw, "Von Moritz Bachmann publiziert am 25. September 2018");
  EXPECT_EQ(f.authors[0].source, "dom:by-line");
  ASSERT_EQ(f.published.size(), 1u);
  EXPECT_EQ(f.published[0].source, "dom:byline");
}

}  // namespace
}  // namespace artext::metadata
