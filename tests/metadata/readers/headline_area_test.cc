// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/readers/headline_area.h"

#include <gtest/gtest.h>

#include <string>

#include "dom/document.h"
#include "metadata/readers/visible.h"

namespace artext::metadata {
namespace {

// The dateline ReadHeadlineArea finds under the page's first <h1>, or "".
std::string AreaDate(const std::string& body) {
  dom::Document doc = dom::Document::Parse("<html><body>" + body + "</body></html>",
                                           dom::ParseOptions{});
  PageFacts facts;
  ReadVisible(doc, &facts);
  ReadHeadlineArea(facts.first_h1, &facts);
  return facts.headline_area_dates.empty() ? "" : facts.headline_area_dates[0].value;
}

TEST(HeadlineArea, TextOnlyDatelinesInSeveralLanguages) {
  EXPECT_EQ(AreaDate("<h1>Titel</h1><p>Stand: 22.04.2020 14:05 Uhr</p>"),
            "Stand: 22.04.2020 14:05 Uhr");
  EXPECT_EQ(AreaDate("<h1>Titre</h1><div><span>Publié le 10 décembre 2019</span></div>"),
            "Publié le 10 décembre 2019");
  EXPECT_EQ(AreaDate("<h1>Titolo</h1><p>di Anna Rossi</p><p>Pubblicato il 5 maggio 2022</p>"),
            "Pubblicato il 5 maggio 2022");
}

TEST(HeadlineArea, PressReleaseFirstParagraph) {
  std::string d = AreaDate(
      "<h1>Acme opens a plant</h1><p>BERLIN, 3 May 2022 - Acme today opened "
      "its new plant in Berlin, where 200 people will work from next year on "
      "the company's lines.</p>");
  EXPECT_EQ(d.substr(0, 17), "BERLIN, 3 May 202");
}

TEST(HeadlineArea, SkipsUpdatesTeasersAndPagesWithoutDates) {
  EXPECT_EQ(AreaDate("<h1>T</h1><p>Updated 4 May 2022</p><p>Published 3 May 2022</p>"),
            "Published 3 May 2022");
  EXPECT_EQ(AreaDate("<h1>T</h1><aside class=sidebar><p>12 March 2021</p></aside>"
                     "<p>Our shoes are made to last 10 years.</p>"),
            "");
  EXPECT_EQ(AreaDate("<h1>Running shoes</h1><p>From $120. 4.5 stars, 2,000 reviews.</p>"),
            "");
  // A date before the headline (the masthead's "today") is not read.
  EXPECT_EQ(AreaDate("<p>Monday, 6 March 2023</p><h1>T</h1><p>Text.</p>"), "");
}

}  // namespace
}  // namespace artext::metadata
