// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The choosers on hand-built PageFacts: precedence and cross-checks.

#include <gtest/gtest.h>

#include "metadata/choosers/authors.h"
#include "metadata/choosers/dates.h"
#include "metadata/choosers/headline.h"
#include "metadata/choosers/language.h"

namespace artext::metadata {
namespace {

TEST(TrimSiteName, EitherEnd) {
  EXPECT_EQ(TrimSiteName("Buses run late | Gazette", "Gazette"), "Buses run late");
  EXPECT_EQ(TrimSiteName("Gazette - Buses run late", "Gazette"), "Buses run late");
  EXPECT_EQ(TrimSiteName("Buses run late \xE2\x80\x94 Gazette.com", "Gazette"),
            "Buses run late");
  EXPECT_EQ(TrimSiteName("Buses run late | City", "Gazette"),
            "Buses run late | City");
  EXPECT_EQ(TrimSiteName("Covid-19 rules end", "Covid"), "Covid-19 rules end");
  EXPECT_EQ(TrimSiteName("Buses run late | Gazette", ""), "Buses run late | Gazette");
}

TEST(TrimBySeparators, KeepsShortResultsWhole) {
  EXPECT_EQ(TrimBySeparators("Night buses will run to the harbour | Gazette"),
            "Night buses will run to the harbour");
  EXPECT_EQ(TrimBySeparators("Gazette - Night buses will run to the harbour"),
            "Night buses will run to the harbour");
  // Four words are too few to be sure they are the whole headline.
  EXPECT_EQ(TrimBySeparators("On Recent Controversial Events - Bradley Kuhn"),
            "On Recent Controversial Events - Bradley Kuhn");
  // An em dash is not a hierarchy separator.
  EXPECT_EQ(TrimBySeparators("Evolve: Shared Mutable History \xE2\x80\x94 an extension"),
            "Evolve: Shared Mutable History \xE2\x80\x94 an extension");
}

TEST(ChooseHeadline, Precedence) {
  PageFacts f;
  f.document_title = "Night buses will run to the harbour | Gazette";
  f.h1s = {"Night buses will run to the harbour"};
  auto c = ChooseHeadline(f, "Gazette", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Night buses will run to the harbour");
  EXPECT_EQ(c->source, "dom:h1");  // the <title> is the <h1> plus the site

  f.titles = {{"Gazette", "meta:og:title"}, {"Buses | Gazette", "meta:twitter:title"}};
  c = ChooseHeadline(f, "Gazette", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Buses");  // an affix naming the site goes
  f.titles = {{"Night buses will run late | City", "meta:og:title"}};
  f.h1s.clear();
  c = ChooseHeadline(f, "Gazette", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Night buses will run late | City");  // other affixes stay
  c = ChooseHeadline(f, "Gazette", "", true);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Night buses will run late");
}

TEST(ChooseHeadline, HeadingInsideTitle) {
  EXPECT_TRUE(IsHeadlineSegment("Council approves the budget | Riverside Gazette",
                                "Council approves the budget"));
  EXPECT_TRUE(IsHeadlineSegment("Klima: Banken bohren weiter", "Banken bohren weiter"));
  EXPECT_TRUE(IsHeadlineSegment("\xE8\xA6\x8B\xE5\x87\xBA\xE3\x81\x97\xEF\xBC\x9A"
                                "\xE6\x96\xB0\xE8\x81\x9E",
                                "\xE8\xA6\x8B\xE5\x87\xBA\xE3\x81\x97"));  // 見出し：新聞
  EXPECT_TRUE(IsHeadlineSegment("It\xE2\x80\x99s here - Site", "It's here"));
  // A long label in front is the headline's own first half.
  EXPECT_FALSE(IsHeadlineSegment("Why the old bridge must close: the engineers explain",
                                 "the engineers explain"));
  // The site's name in front of a long headline is not the headline.
  EXPECT_FALSE(IsHeadlineSegment("Diary - Why the council wants to close the bridge by May",
                                 "Diary"));
  EXPECT_FALSE(IsHeadlineSegment("Council approves the budget", "Council approves"));

  PageFacts f;
  f.titles = {{"Council approves the budget \xE2\x80\x94 Politics", "meta:og:title"}};
  f.h1s = {"Riverside Gazette", "Council approves the budget"};
  auto c = ChooseHeadline(f, "Riverside Gazette", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Council approves the budget");
  EXPECT_EQ(c->source, "dom:h1");
}

TEST(ChooseHeadline, RewordedHeadingInArticleBeatsTitle) {
  PageFacts f;
  f.document_title = "Amazon Alexa: 6 gadgets powered by the assistant";
  f.h1s = {"Here are 6 gadgets powered by Amazon's Alexa"};
  f.h1_nodes = {nullptr};
  f.h1_in_article = {true};
  auto c = ChooseHeadline(f, "", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Here are 6 gadgets powered by Amazon's Alexa");
  f.h1_in_article = {false};  // loose on the page: <title> is the page's own
  c = ChooseHeadline(f, "", "", false);
  EXPECT_EQ(c->value, "Amazon Alexa: 6 gadgets powered by the assistant");
  f.h1_in_article = {true};
  f.h1s = {"Weather warning for the coast"};  // another story
  c = ChooseHeadline(f, "", "", false);
  EXPECT_EQ(c->value, "Amazon Alexa: 6 gadgets powered by the assistant");
  EXPECT_GT(SharedWordShare("Here are 6 gadgets", "6 gadgets here"), 0.7);
}

TEST(ChooseHeadline, DomainAffix) {
  EXPECT_EQ(DomainLabel("https://cloud.google.com/learn/x"), "google");
  EXPECT_EQ(DomainLabel("http://www.bbc.co.uk/news"), "bbc");
  EXPECT_EQ(DomainLabel("localhost"), "");
  PageFacts f;
  f.titles = {{"What is cloud computing? | Google Cloud", "meta:og:title"}};
  auto c = ChooseHeadline(f, "", "https://cloud.google.com/learn/x", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "What is cloud computing?");
}

TEST(ChooseHeadline, SiteLabelTitleYieldsToH1) {
  PageFacts f;
  f.document_title = "Example Gazette";
  f.h1s = {"Night buses will run to the harbour"};
  auto c = ChooseHeadline(f, "", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->source, "dom:h1");
  // A short title the h1 does not beat stays.
  f.h1s = {"Lorem"};
  c = ChooseHeadline(f, "", "", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->value, "Example Gazette");
  EXPECT_FALSE(ChooseHeadline(PageFacts{}, "", "", false));
}

TEST(ChooseAuthors, PersonBeatsOrganisation) {
  PageFacts f;
  f.authors.push_back(AuthorCandidate::Names({"Gazette Staff"}, "json-ld", true));
  f.authors.push_back(AuthorCandidate::Byline("Reuters", "meta:author"));
  f.authors.push_back(AuthorCandidate::Byline("By JANE DOE", "dom:byline"));
  ChosenAuthors a = ChooseAuthors(f);
  EXPECT_EQ(a.names, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(a.byline, "By JANE DOE");
  EXPECT_EQ(a.source, "dom:byline");
}

TEST(ChooseAuthors, OrganisationOnlyIsKept) {
  PageFacts f;
  f.authors.push_back(
      AuthorCandidate::Names({"Contributors to Wikimedia projects"}, "json-ld", true));
  ChosenAuthors a = ChooseAuthors(f);
  EXPECT_EQ(a.names, std::vector<std::string>{"Contributors to Wikimedia projects"});
}

TEST(ChooseAuthors, NewsroomCreditedWithAnAgencyStays) {
  PageFacts f;
  f.authors.push_back(AuthorCandidate::Byline("Par Le Figaro et AFP", "dom:byline"));
  EXPECT_EQ(ChooseAuthors(f, "https://www.lefigaro.fr/a.php").names,
            (std::vector<std::string>{"Le Figaro", "AFP"}));
  // Beside a person, the site's name goes as before.
  PageFacts g;
  g.authors.push_back(AuthorCandidate::Byline("Par Jean Dupont, Le Figaro", "dom:byline"));
  EXPECT_EQ(ChooseAuthors(g, "https://www.lefigaro.fr/a.php").names,
            std::vector<std::string>{"Jean Dupont"});
}

TEST(ChooseAuthors, PrintedBylineCompletesDeclaredCoauthors) {
  // JSON-LD declares one of the two authors the byline prints.
  PageFacts f;
  f.authors.push_back(AuthorCandidate::Names({"Marlene Holm"}, "json-ld", false));
  AuthorCandidate byline = AuthorCandidate::Byline("Ingrid Treborg Marlene Holm", "dom:byline");
  byline.lines = "Ingrid Treborg\nMarlene Holm";
  f.authors.push_back(byline);
  EXPECT_EQ(ChooseAuthors(f).names,
            (std::vector<std::string>{"Ingrid Treborg", "Marlene Holm"}));
  // A byline that credits other work beside the names adds nobody...
  PageFacts reviewed;
  reviewed.authors.push_back(AuthorCandidate::Names({"Jane Doe"}, "json-ld", false));
  reviewed.authors.push_back(
      AuthorCandidate::Byline("Written by Jane Doe Reviewed by John Roe", "dom:byline"));
  EXPECT_EQ(ChooseAuthors(reviewed).names, std::vector<std::string>{"Jane Doe"});
  // ... nor does a later byline, once the first that prints the name does
  // not go on (a teaser's byline further down the page).
  PageFacts teaser;
  teaser.authors.push_back(AuthorCandidate::Names({"Jane Doe"}, "json-ld", false));
  teaser.authors.push_back(AuthorCandidate::Byline("By Jane Doe", "dom:by-line"));
  teaser.authors.push_back(AuthorCandidate::Byline("By John Roe and Jane Doe", "dom:byline"));
  EXPECT_EQ(ChooseAuthors(teaser).names, std::vector<std::string>{"Jane Doe"});
}

TEST(ChooseAuthors, WeakMetaRanksBelowVisibleByline) {
  PageFacts f;
  f.authors.push_back(AuthorCandidate::Byline("Laurie Oakes", "meta:article:author", true));
  f.authors.push_back(AuthorCandidate::Byline("by: Jane Doe", "dom:byline"));
  EXPECT_EQ(ChooseAuthors(f).names, std::vector<std::string>{"Jane Doe"});
}

TEST(ChooseAuthors, TeaserLinesAreNotBylines) {
  PageFacts f;
  f.authors.push_back(AuthorCandidate::Byline(
      "Katie Couric New Yorkers post their feelings about it", "dom:byline"));
  f.authors.push_back(AuthorCandidate::Byline("NATALIYA VASILYEVA", "dom:byline"));
  EXPECT_EQ(ChooseAuthors(f).names, std::vector<std::string>{"Nataliya Vasilyeva"});
  // The same words from a declared source are cleaned, not rejected.
  f.authors[0].source = "meta:author";
  EXPECT_FALSE(ChooseAuthors(f).names.empty());
  EXPECT_TRUE(ChooseAuthors(PageFacts{}).names.empty());
}

TEST(ChooseAuthors, StrayWordsAndPlacesAreNotNames) {
  PageFacts f;
  f.authors.push_back(AuthorCandidate::Byline(
      "The Russian and Syrian defense ministries", "dom:byline"));
  f.authors.push_back(AuthorCandidate::Byline("WASHINGTON,", "dom:byline"));
  f.authors.push_back(AuthorCandidate::Byline("Popular (23925)", "dom:byline"));
  EXPECT_TRUE(ChooseAuthors(f).names.empty());
  f.authors.push_back(AuthorCandidate::Byline("Posted by Vortex", "dom:byline"));
  EXPECT_EQ(ChooseAuthors(f).names, std::vector<std::string>{"Vortex"});
}

TEST(ChooseDates, PrecedenceAndPrecision) {
  PageFacts f;
  f.published = {{"2023-10-12", "json-ld"},
                 {"Thu, 12 Oct 2023 20:00:00 +0900", "meta:pubdate"},
                 {"13 October 2023", "dom:dateline"}};
  ChosenDates d = ChooseDates(f, "", "en", 0);
  ASSERT_TRUE(d.published);
  EXPECT_EQ(d.published->value, "2023-10-12T20:00:00+09:00");
  EXPECT_EQ(d.published->source, "json-ld");
  EXPECT_FALSE(d.modified);
}

TEST(ChooseDates, UrlAndDatelineOutvoteJsonLd) {
  PageFacts f;
  f.published = {{"2023-10-14", "json-ld"}, {"12 October 2023", "dom:dateline"}};
  ChosenDates d = ChooseDates(f, "https://e.com/2023/10/12/x", "en", 0);
  ASSERT_TRUE(d.published);
  EXPECT_EQ(d.published->value, "2023-10-12");
  EXPECT_EQ(d.published->source, "dom:dateline");
  // Without the URL JSON-LD wins.
  d = ChooseDates(f, "", "en", 0);
  EXPECT_EQ(d.published->value, "2023-10-14");
}

// A printed date among printed dates of other days (a list of teasers) is
// flagged, unless the URL's date backs it; printed dates a day apart (a UTC
// stamp beside the local dateline), or a declared winner, are not.
TEST(ChooseDates, FlagsAPrintedDateAmongOthers) {
  PageFacts f;
  f.published = {{"12 October 2023", "dom:dateline"},
                 {"3 October 2023", "dom:dateline"},
                 {"2023-09-28T08:00:00Z", "dom:time"}};
  ChosenDates d = ChooseDates(f, "", "en", 0);
  ASSERT_TRUE(d.published);
  EXPECT_EQ(d.published->value, "2023-10-12");
  EXPECT_TRUE(d.published_among_teasers);
  d = ChooseDates(f, "https://e.com/2023/10/12/x", "en", 0);
  EXPECT_FALSE(d.published_among_teasers);
  f.published = {{"12 October 2023", "dom:dateline"},
                 {"2023-10-11T23:00:00Z", "dom:time"}};
  d = ChooseDates(f, "", "en", 0);
  EXPECT_FALSE(d.published_among_teasers);
  f.published = {{"2023-10-12", "json-ld"},
                 {"3 October 2023", "dom:dateline"},
                 {"28 September 2023", "dom:dateline"}};
  d = ChooseDates(f, "", "en", 0);
  EXPECT_EQ(d.published->source, "json-ld");
  EXPECT_FALSE(d.published_among_teasers);
  // Microdata counts as printed (each item of a list carries its own), and
  // the headline area's dateline is compared with it.
  f.published = {{"3 October 2023", "microdata"}};
  f.headline_area_dates = {{"12 October 2023", "dom:headline-area"}};
  d = ChooseDates(f, "", "en", 0);
  EXPECT_TRUE(d.published_among_teasers);
}

TEST(ChooseDates, UrlIsTheLastResort) {
  PageFacts f;
  ChosenDates d = ChooseDates(f, "https://e.com/2023/10/12/x", "en", 0);
  ASSERT_TRUE(d.published);
  EXPECT_EQ(d.published->value, "2023-10-12");
  EXPECT_EQ(d.published->source, "url");
  f.urls = {{"https://e.com/news/2023/10/13/x", "link:canonical"}};
  d = ChooseDates(f, "", "en", 0);
  EXPECT_EQ(d.published->value, "2023-10-13");
}

TEST(ChooseDates, AmbiguousDayMonth) {
  PageFacts f;
  f.published = {{"05/06/2023", "dom:dateline"}};
  EXPECT_EQ(ChooseDates(f, "", "en-US", 0).published->value, "2023-05-06");
  EXPECT_EQ(ChooseDates(f, "", "de", 0).published->value, "2023-06-05");
  EXPECT_EQ(ChooseDates(f, "https://e.com/2023/06/05/x", "en-US", 0).published->value,
            "2023-06-05");
  // Another, unambiguous date on the page in June decides too.
  f.modified = {{"2023-06-07T10:00:00Z", "meta:article:modified_time"}};
  EXPECT_EQ(ChooseDates(f, "", "en-US", 0).published->value, "2023-06-05");
}

TEST(ChooseDates, FutureAndModifiedChecks) {
  PageFacts f;
  f.published = {{"2031-01-01T00:00:00Z", "json-ld"}, {"2023-10-12", "dom:time"}};
  f.modified = {{"2021-01-01", "meta:article:modified_time"}};
  const int64_t kNov2023 = 1700000000;
  ChosenDates d = ChooseDates(f, "", "en", kNov2023);
  EXPECT_EQ(d.published->value, "2023-10-12");
  EXPECT_FALSE(d.modified);  // before the publication date
  d = ChooseDates(f, "", "en", 0);  // 0: no future check
  EXPECT_EQ(d.published->value, "2031-01-01T00:00:00Z");
}

TEST(ChooseDates, PagesOwnOffsetOverUtc) {
  PageFacts f;
  f.published = {{"2017-02-24T01:18:13Z", "json-ld"},
                 {"2017-02-23T17:18:13-08:00", "meta:article:published_time"}};
  EXPECT_EQ(ChooseDates(f, "", "en", 0).published->value,
            "2017-02-23T17:18:13-08:00");
}

TEST(ChooseDates, LocalStampGivesTheDayOfAUtcWinner) {
  // The page prints 6:47 PM on the 22nd; the meta tag gives the same
  // moment in UTC, on the 23rd.
  PageFacts f;
  f.published = {{"2016-12-23T00:47:31Z", "meta:article:published_time"},
                 {"Thursday, December 22, 2016, 06:47 PM", "meta:sailthru.date"}};
  EXPECT_EQ(ChooseDates(f, "", "en", 0).published->value,
            "2016-12-22T18:47:00-06:00");
  // A stamp a quarter hour off is another moment (a reply), not a zone.
  f.published[1].value = "2016-12-23T01:02:31";
  EXPECT_EQ(ChooseDates(f, "", "en", 0).published->value,
            "2016-12-23T00:47:31Z");
}

TEST(ChooseDates, PrintedDatelineOutranksGenericMeta) {
  PageFacts f;
  f.published = {{"2024-01-05", "meta:date"}};
  f.headline_area_dates = {{"By Jane Doe | March 3, 2023", "dom:headline-area"}};
  ChosenDates d = ChooseDates(f, "", "en", 0);
  EXPECT_EQ(d.published->value, "2023-03-03");
  EXPECT_EQ(d.published->source, "dom:headline-area");
  // A dateline found by class name anywhere on the page is generic too.
  f.published = {{"Jan 5, 2024", "dom:dateline"}};
  EXPECT_EQ(ChooseDates(f, "", "en", 0).published->value, "2023-03-03");
  // Agreeing on the day, the declared stamp keeps its time.
  f.published = {{"2023-03-03T09:30:00+01:00", "meta:dc.date"}};
  EXPECT_EQ(ChooseDates(f, "", "en", 0).published->value,
            "2023-03-03T09:30:00+01:00");
}

TEST(ChooseDates, DeclaredPublicationOutranksThePrintedModification) {
  // The page prints only its last revision under the headline; the
  // article's own publication date is declared.
  PageFacts f;
  f.published = {{"2024-09-06T13:12:36+00:00", "json-ld"}};
  f.modified = {{"2025-11-14T06:49:57+00:00", "json-ld"}};
  f.headline_area_dates = {{"November 14, 2025", "dom:headline-area"}};
  ChosenDates d = ChooseDates(f, "", "en", 0);
  EXPECT_EQ(d.published->value, "2024-09-06T13:12:36+00:00");
  EXPECT_EQ(d.modified->value, "2025-11-14T06:49:57+00:00");
}

// A short dateline under the headline that predates the declared date by
// two days or more is when the article first appeared; the declared date
// is a re-publication. A day apart is a time zone's doing; a sentence
// naming an older day is not a dateline; the URL's date overrules both.
TEST(ChooseDates, PrintedDatelinePredatingTheDeclaredDateWins) {
  PageFacts f;
  f.published = {{"2025-08-21", "json-ld"}};
  f.headline_area_dates = {{"Published Apr 26, 2023", "dom:headline-area"}};
  ChosenDates d = ChooseDates(f, "", "en", 0);
  EXPECT_EQ(d.published->value, "2023-04-26");
  EXPECT_EQ(d.published->source, "dom:headline-area");
  f.headline_area_dates = {{"Aug 20, 2025", "dom:headline-area"}};
  EXPECT_EQ(ChooseDates(f, "", "en", 0).published->value, "2025-08-21");
  // With the declared moment known, a day before it is enough when no
  // time zone prints that moment on the dateline's day.
  f.published = {{"2025-12-19T22:02:58Z", "json-ld"}};
  f.headline_area_dates = {{"Dec 18, 2025", "dom:headline-area"}};
  EXPECT_EQ(ChooseDates(f, "", "en", 0).published->value, "2025-12-18");
  f.published = {{"2025-12-19T00:57:30+00:00", "json-ld"}};  // 19:57 in New York
  EXPECT_EQ(ChooseDates(f, "", "en", 0).published->value,
            "2025-12-19T00:57:30+00:00");
  f.published = {{"2025-08-21", "json-ld"}};
  f.headline_area_dates = {
      {"On 2 Dec 2024, I received this message from the vendor's director "
       "of software engineering:",
       "dom:headline-area"}};
  EXPECT_EQ(ChooseDates(f, "", "en", 0).published->value, "2025-08-21");
  f.headline_area_dates = {{"Published Apr 26, 2023", "dom:headline-area"}};
  EXPECT_EQ(ChooseDates(f, "https://e.com/2025/08/21/x", "en", 0)
                .published->value,
            "2025-08-21");
  // A later printed date is not a re-publication's cause: the declared
  // publication stays (DeclaredPublicationOutranksThePrintedModification).
  f.headline_area_dates = {{"Nov 20, 2025", "dom:headline-area"}};
  EXPECT_EQ(ChooseDates(f, "", "en", 0).published->value, "2025-08-21");
}

// A declared date the page prints nowhere is flagged; printed within a day
// (a UTC stamp beside the local dateline), or read from print, it is not.
TEST(ChooseDates, FlagsADeclaredDateThePageNeverPrints) {
  PageFacts f;
  f.published = {{"2026-02-26T14:07:09", "meta:article:published_time"}};
  EXPECT_TRUE(ChooseDates(f, "", "en", 0).published_unprinted);
  f.published.push_back({"2026-02-27T01:00:00+09:00", "dom:time"});
  EXPECT_FALSE(ChooseDates(f, "", "en", 0).published_unprinted);
  f.published = {{"2026-02-26", "json-ld"}};
  f.headline_area_dates = {{"March 1, 2026", "dom:headline-area"}};
  EXPECT_TRUE(ChooseDates(f, "", "en", 0).published_unprinted);
  f.published = {{"Feb 26, 2026", "dom:dateline"}};
  EXPECT_FALSE(ChooseDates(f, "", "en", 0).published_unprinted);
}

TEST(ChooseDates, PrintedUpdateIsTheLastResort) {
  PageFacts f;
  f.headline_area_dates = {{"Last updated: November 13, 2025",
                            "dom:headline-area-updated"}};
  ChosenDates d = ChooseDates(f, "", "en", 0);
  ASSERT_TRUE(d.published);
  EXPECT_EQ(d.published->value, "2025-11-13");
  EXPECT_EQ(d.modified->value, "2025-11-13");
  // The URL's date comes first.
  d = ChooseDates(f, "https://e.com/2025/10/02/x", "en", 0);
  EXPECT_EQ(d.published->value, "2025-10-02");
  EXPECT_EQ(d.published->source, "url");
  EXPECT_TRUE(d.published_is_update == false);  // the URL's date is none
  // An update printed away from the headline (found by class or label)
  // serves too, flagged as an update.
  f.headline_area_dates.clear();
  f.modified = {{"Updated March 13, 2024", "dom:dateline"}};
  d = ChooseDates(f, "", "en", 0);
  ASSERT_TRUE(d.published);
  EXPECT_EQ(d.published->value, "2024-03-13");
  EXPECT_TRUE(d.published_is_update);
  // A declared modification is no printed update.
  f.modified = {{"2024-03-13T10:00:00Z", "meta:article:modified_time"}};
  EXPECT_FALSE(ChooseDates(f, "", "en", 0).published);
  f.modified.clear();
  f.headline_area_dates = {{"Last updated: November 13, 2025",
                            "dom:headline-area-updated"}};
  // A printed publication date comes before both.
  f.headline_area_dates.insert(f.headline_area_dates.begin(),
                               {"Published October 2, 2025", "dom:headline-area"});
  d = ChooseDates(f, "", "en", 0);
  EXPECT_EQ(d.published->value, "2025-10-02");
  EXPECT_EQ(d.modified->value, "2025-11-13");
}

TEST(Language, NormalizeAndGuess) {
  EXPECT_EQ(NormalizeLanguageTag("en_us"), "en-US");
  EXPECT_EQ(NormalizeLanguageTag(" EN "), "en");
  EXPECT_EQ(NormalizeLanguageTag("zh-hant-tw"), "zh-Hant-TW");
  EXPECT_FALSE(NormalizeLanguageTag("english"));
  EXPECT_FALSE(NormalizeLanguageTag("*"));
  EXPECT_FALSE(NormalizeLanguageTag(""));
  EXPECT_EQ(GuessLanguageFromScript("북한 주민 600명 강제북송"), "ko");
  EXPECT_EQ(GuessLanguageFromScript("東京で大きな地震がありました"), "ja");
  EXPECT_EQ(GuessLanguageFromScript("中国可能遣返数百人"), "zh");
  EXPECT_FALSE(GuessLanguageFromScript("Привет, как дела"));
  EXPECT_FALSE(GuessLanguageFromScript("Hello 北 world"));

  PageFacts f;
  f.languages = {{"en_GB", "meta:og:locale"}, {"de", "html:lang"}};
  EXPECT_EQ(ChooseLanguage(f)->value, "de");
  f.languages.clear();
  f.document_title = "북한 주민 600명 강제북송";
  EXPECT_EQ(ChooseLanguage(f)->source, "guess:script");
}

}  // namespace
}  // namespace artext::metadata
