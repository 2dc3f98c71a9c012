// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/choosers/headline_polish.h"

#include <gtest/gtest.h>

#include <string>

namespace artext::metadata {
namespace {

Candidate Declared(std::string value) { return Candidate{std::move(value), "meta:og:title"}; }

TEST(WithoutOrnaments, DropsALoneSymbolAtEitherEnd) {
  EXPECT_EQ(WithoutOrnaments("Top Home Gym Must Haves \xE2\x8B\x86"),
            "Top Home Gym Must Haves");
  EXPECT_EQ(WithoutOrnaments("\xE2\x96\xBA Guide to knots"), "Guide to knots");
  EXPECT_EQ(WithoutOrnaments("Council votes |"), "Council votes");
  // A symbol inside, or glued to a word, is the headline's own.
  EXPECT_EQ(WithoutOrnaments("I \xE2\x9D\xA4 NY"), "I \xE2\x9D\xA4 NY");
  EXPECT_EQ(WithoutOrnaments("Stars\xE2\x98\x85"), "Stars\xE2\x98\x85");
  EXPECT_EQ(WithoutOrnaments("\xE2\x98\x85"), "\xE2\x98\x85");
}

TEST(PolishHeadline, TakesTheCaseATitlePrints) {
  PageFacts f;
  f.document_title = "Weekend Coding Agent | TheFocus.AI Labs";
  Candidate h{"WEEKEND CODING AGENT", "dom:h1"};
  EXPECT_EQ(PolishHeadline(f, h).value, "Weekend Coding Agent");
  EXPECT_EQ(PolishHeadline(f, h).source, "dom:h1");
  f.document_title = "Britannica | History of coffee";
  EXPECT_EQ(PolishHeadline(f, {"history of coffee", "dom:h1"}).value,
            "History of coffee");
  // Mixed case is the headline's own; a title in one case gives nothing;
  // a title where the words run on ("coffeehouse") is another one.
  EXPECT_EQ(PolishHeadline(f, {"History Of Coffee", "dom:h1"}).value,
            "History Of Coffee");
  f.document_title = "HISTORY OF COFFEE | BRITANNICA";
  EXPECT_EQ(PolishHeadline(f, {"history of coffee", "dom:h1"}).value,
            "history of coffee");
  f.document_title = "History of coffeehouses";
  EXPECT_EQ(PolishHeadline(f, {"history of coffee", "dom:h1"}).value,
            "history of coffee");
}

TEST(PolishHeadline, DropsWrappingQuotesOtherTitlesLack) {
  PageFacts f;
  f.titles = {{"\"What is Git?\"", "json-ld"}, {"What is Git? | Tera", "meta:og:title"}};
  EXPECT_EQ(PolishHeadline(f, {"\"What is Git?\"", "json-ld"}).value,
            "What is Git?");
  // Quoted everywhere: the headline is a quotation.
  f.titles = {{"\xC2\xAB Nous resterons \xC2\xBB", "json-ld"},
              {"\xC2\xAB Nous resterons \xC2\xBB | Le Journal", "meta:og:title"}};
  EXPECT_EQ(PolishHeadline(f, {"\xC2\xAB Nous resterons \xC2\xBB", "json-ld"}).value,
            "\xC2\xAB Nous resterons \xC2\xBB");
  // Two quotations are no wrapping.
  f.titles = {{"\"Stop,\" she said, \"now\"", "json-ld"},
              {"Stop, she said, now", "meta:og:title"}};
  EXPECT_EQ(PolishHeadline(f, {"\"Stop,\" she said, \"now\"", "json-ld"}).value,
            "\"Stop,\" she said, \"now\"");
}

TEST(PolishHeadline, RestoresADeclaredHeadlineCutShort) {
  PageFacts f;
  f.titles = {{"Readers Find Solutions (Including", "json-ld"},
              {"Readers Find Solutions (Including One Trick) | Home Blog",
               "meta:og:title"}};
  EXPECT_EQ(PolishHeadline(f, Declared("Readers Find Solutions (Including")).value,
            "Readers Find Solutions (Including One Trick)");
  EXPECT_EQ(PolishHeadline(f, Declared("Readers Find Solutions...")).value,
            "Readers Find Solutions (Including One Trick)");
  // An ornament after it is no more words.
  f.titles = {{"Gym Must Haves \xE2\x8B\x86", "meta:og:title"}};
  EXPECT_EQ(PolishHeadline(f, Declared("Gym Must Haves \xE2\x8B\x86")).value,
            "Gym Must Haves");
  // A title that goes on after a separator only adds an affix.
  f.titles = {{"Council approves budget", "json-ld"},
              {"Council approves budget - City news", "meta:og:title"}};
  EXPECT_EQ(PolishHeadline(f, Declared("Council approves budget")).value,
            "Council approves budget");
  f.titles = {{"Zelensky considers firing (top general", "json-ld"},
              {"Zelensky considers firing (top general) * The Daily * by Jo Roe",
               "meta:og:title"}};
  EXPECT_EQ(PolishHeadline(f, Declared("Zelensky considers firing (top general")).value,
            "Zelensky considers firing (top general)");
  // A whole headline is not lengthened: the longer title is another
  // wording.
  f.titles = {{"The Best Wireless Earbuds", "json-ld"},
              {"The Best Wireless Earbuds (of the 500 I Tested)", "meta:og:title"}};
  EXPECT_EQ(PolishHeadline(f, Declared("The Best Wireless Earbuds")).value,
            "The Best Wireless Earbuds");
  // The page's own <h1> is never lengthened from a declared title.
  f.titles = {{"Council approves budget for 2025", "json-ld"}};
  EXPECT_EQ(PolishHeadline(f, {"Council approves budget", "dom:h1"}).value,
            "Council approves budget");
}

TEST(HeadlinePolish, PipeAffixesAfterTheHeadline) {
  EXPECT_EQ(WithoutPipeAffixes(
                "How meditation rewires brains and improves physical health | Opinion"),
            "How meditation rewires brains and improves physical health");
  EXPECT_EQ(WithoutPipeAffixes("12 Must-Have Data Tools for 2026 | Python, SQL & AI | Acme"),
            "12 Must-Have Data Tools for 2026");
  // Before the pipe, too few words to be a headline: a label, kept whole.
  EXPECT_EQ(WithoutPipeAffixes("News | Student Support"), "News | Student Support");
  EXPECT_EQ(WithoutPipeAffixes("Local SEO | Software | Tools"), "Local SEO | Software | Tools");
  // A colon or dash is the headline's own.
  EXPECT_EQ(WithoutPipeAffixes("Mobile UX Design: The Ultimate Guide - 2025"),
            "Mobile UX Design: The Ultimate Guide - 2025");
  // On an <h1> as on a declared title.
  PageFacts f;
  EXPECT_EQ(PolishHeadline(f, {"What do people love about Rust? | Rust Blog", "dom:h1"}).value,
            "What do people love about Rust?");
}

}  // namespace
}  // namespace artext::metadata
