// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/readers/headline_area.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dom/document.h"
#include "metadata/readers/visible.h"

namespace artext::metadata {
namespace {

// The datelines ReadHeadlineArea finds around the page's first <h1>, each
// as "source: text".
std::vector<std::string> AreaDates(const std::string& body) {
  dom::Document doc = dom::Document::Parse("<html><body>" + body + "</body></html>",
                                           dom::ParseOptions{});
  PageFacts facts;
  ReadVisible(doc, &facts);
  ReadHeadlineArea(facts.first_h1, &facts);
  std::vector<std::string> out;
  for (const Candidate& c : facts.headline_area_dates) {
    out.push_back(c.source + ": " + c.value);
  }
  return out;
}

// The publication's dateline, or "".
std::string AreaDate(const std::string& body) {
  for (const std::string& d : AreaDates(body)) {
    const std::string prefix = "dom:headline-area: ";
    if (d.starts_with(prefix)) return d.substr(prefix.size());
  }
  return "";
}

using Lines = std::vector<std::string>;

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

TEST(HeadlineArea, KickerAboveTheHeadline) {
  EXPECT_EQ(AreaDate("<article><div class=kicker><span>Guides</span>"
                     "<span>Dec 12, 2025</span></div><h1>T</h1>"
                     "<p>Text of the article.</p></article>"),
            "Guides Dec 12, 2025");
  // Not from before the <article>, nor from the page's top-level blocks.
  EXPECT_EQ(AreaDate("<div>Friday, 19 December 2025</div><article><h1>T</h1>"
                     "<p>Text.</p></article>"),
            "");
  // A menu ends the walk back.
  EXPECT_EQ(AreaDate("<div><div><span>5 May 2024</span><nav><a href=/>Home</a>"
                     "</nav></div><h1>T</h1></div>"),
            "");
}

TEST(HeadlineArea, TheLabelBeforeTheDateTellsAnUpdate) {
  // The label on a line of its own, then the date.
  EXPECT_EQ(AreaDates("<div><div><div>Last updated:</div><div>Dec 12, 2025</div>"
                      "</div><h1>T</h1><p>Text.</p></div>"),
            (Lines{"dom:headline-area-updated: Dec 12, 2025"}));
  // The first date of the line is the publication's, whatever follows it.
  EXPECT_EQ(AreaDates("<h1>T</h1><p><span>August 16, 2019</span> <span>- "
                      "Updated July 9, 2025</span></p>"),
            (Lines{"dom:headline-area: August 16, 2019 - Updated July 9, 2025"}));
  EXPECT_EQ(AreaDates("<h1>T</h1><div>Published <time>February 24, 2020</time>"
                      "<span>Last updated <time>July 21, 2022</time></span></div>"),
            (Lines{"dom:headline-area: Published February 24, 2020 Last updated "
                   "July 21, 2022"}));
  EXPECT_EQ(AreaDates("<h1>T</h1><p>Aktualisiert am 3. Mai 2022</p>"),
            (Lines{"dom:headline-area-updated: Aktualisiert am 3. Mai 2022"}));
  EXPECT_EQ(AreaDates("<h1>T</h1><p>最終更新日：2019年4月2日</p>"),
            (Lines{"dom:headline-area-updated: 最終更新日：2019年4月2日"}));
}

TEST(HeadlineArea, NoDateFromTheMiddleOfAParagraphOrARange) {
  EXPECT_EQ(AreaDate("<h1>Taxes</h1><p>The end of the tax season for most "
                     "Americans is April 15, 2025. If you are unable to file "
                     "before that date, you can ask for more time.</p>"),
            "");
  EXPECT_EQ(AreaDate("<h1>Sale</h1><p>Offer valid 3/03/26 - 3/23/26.</p>"), "");
  EXPECT_EQ(AreaDate("<h1>Fair</h1><p>12 May 2023 – 14 May 2023, Berlin</p>"), "");
  // An offer's or an event's end is no dateline, in any language.
  EXPECT_EQ(AreaDate("<h1>Desks</h1><p>Sale ends 03/31/2026. While supplies "
                     "last.</p>"),
            "");
  EXPECT_EQ(AreaDate("<h1>T</h1><p>Special Financing – Ends Aug 2, 2026</p>"), "");
  EXPECT_EQ(AreaDate("<h1>T</h1><p>Angebot gültig bis 31.03.2026</p>"), "");
  EXPECT_EQ(AreaDate("<h1>T</h1><p>Offre valable jusqu'au 31 mars 2026</p>"), "");
  EXPECT_EQ(AreaDate("<h1>T</h1><p>Promoción hasta el 31 de marzo de 2026</p>"), "");
  EXPECT_EQ(AreaDate("<h1>T</h1><p>2026年3月31日まで</p>"), "");
  // A word that only holds an expiry word is none ("Bismarck", "Fino").
  EXPECT_EQ(AreaDate("<h1>T</h1><p>Bismarck, 31.03.2026</p>"),
            "Bismarck, 31.03.2026");
  // A time after a dash is no range.
  EXPECT_EQ(AreaDate("<h1>T</h1><p>12 May 2023 - 8:00 PM</p>"),
            "12 May 2023 - 8:00 PM");
}

}  // namespace
}  // namespace artext::metadata
