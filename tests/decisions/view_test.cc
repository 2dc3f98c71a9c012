// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The decision record laid over the page, through the library's entry
// point: each block's outcome and reason are the ones the passes recorded.

#include "decisions/view.h"

#include <gtest/gtest.h>

#include <string>

#include "artext/extract.h"

namespace artext {
namespace {

const char kPage[] =
    "<html><body><footer><p>Copyright Example News</p></footer>"
    "<div id=story><h1>Council delays the vote</h1>"
    "<p>The council met on Tuesday to discuss the budget, and the vote was "
    "postponed until next month, officials said after the meeting.</p>"
    "<p>Residents asked questions about roads, schools and parks, and the "
    "mayor answered them one by one for over an hour.</p>"
    "<p><a href=/a>Another story about the same council and its budget</a></p>"
    "<p>Advertisement</p>"
    "<p>Members said the delay would give them time to read the report, "
    "which runs to four hundred pages, before they decide anything.</p>"
    "</div><div class=related-links><p>More news from the region, read "
    "by many people today and yesterday and every day.</p></div>"
    "</body></html>";

const TracedBlock* Find(const Trace& t, std::string_view text) {
  for (const TracedBlock& b : t.blocks) {
    if (b.text.find(text) != std::string::npos) return &b;
  }
  return nullptr;
}

TEST(WhyTrace, EachBlockCarriesThePassesDecision) {
  Options options;
  options.why = true;
  Article a;
  ASSERT_TRUE(Extract(kPage, options, &a).ok());
  ASSERT_TRUE(a.trace.has_value());
  const Trace& t = *a.trace;
  EXPECT_EQ(t.container, "<div id=\"story\">");
  EXPECT_EQ(t.cleaning, "strict");

  const TracedBlock* footer = Find(t, "Copyright");
  ASSERT_NE(footer, nullptr);
  EXPECT_EQ(footer->outcome, "dropped");
  EXPECT_EQ(footer->reason,
            "dropped: tag <footer> (clean/prep, IsStructuralBoilerplate)");

  const TracedBlock* kept = Find(t, "Residents asked");
  ASSERT_NE(kept, nullptr);
  EXPECT_EQ(kept->outcome, "body");
  EXPECT_EQ(kept->rule, "ExtractBlocks");

  const TracedBlock* link = Find(t, "Another story");
  ASSERT_NE(link, nullptr);
  EXPECT_EQ(link->outcome, "dropped");
  EXPECT_EQ(link->reason,
            "dropped: link density 1.00 > 0.5 (content/blocks, "
            "kMaxBlockLinkDensity)");

  const TracedBlock* ad = Find(t, "Advertisement");
  ASSERT_NE(ad, nullptr);
  EXPECT_EQ(ad->rule, "kBoilerplatePrefixes");

  const TracedBlock* related = Find(t, "More news");
  ASSERT_NE(related, nullptr);
  EXPECT_EQ(related->reason,
            "dropped: class token `related` (clean/prep, kUnlikely)");

  // The headline printed in the container, dropped by assemble.
  const TracedBlock* h1 = Find(t, "Council delays");
  ASSERT_NE(h1, nullptr);
  EXPECT_EQ(h1->outcome, "headline");
}

TEST(WhyTrace, OffByDefaultAndTheDebugNotesShareTheRecord) {
  Options options;
  Article a;
  ASSERT_TRUE(Extract(kPage, options, &a).ok());
  EXPECT_FALSE(a.trace.has_value());
  EXPECT_TRUE(a.debug.empty());

  options.debug = true;
  ASSERT_TRUE(Extract(kPage, options, &a).ok());
  bool found = false;
  for (const std::string& line : a.debug) {
    found = found ||
            line == "decision: <div class=\"related-links\"> dropped: class "
                    "token `related` (clean/prep, kUnlikely)";
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace artext
