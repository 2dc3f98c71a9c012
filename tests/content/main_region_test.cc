// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The main region of a page that is not an article, and its reading:
// prepare, score (for the cleaning marks), then the region's blocks.

#include "content/main_region.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/prep.h"
#include "dom/document.h"
#include "dom/walk.h"
#include "score/grab.h"

namespace artext::content {
namespace {

struct Page {
  dom::Document doc;
  score::GrabResult grab;
};

Page Prepare(const std::string& body) {
  Page p{dom::Document::Parse("<html><body>" + body + "</body></html>", {}),
         {}};
  Options options;
  p.grab = score::GrabArticle(clean::Prepare(p.doc), options, &p.doc);
  return p;
}

std::string Joined(const std::vector<Block>& blocks) {
  std::string s;
  for (const Block& b : blocks) s += b.text + "\n";
  return s;
}

// A shop category or news index: a short intro and a grid of cards, each
// a linked title, a one-line teaser and a date; a promotion box beside
// them scores best as prose.
std::string Card(int i) {
  return "<article class=card><h3><a href=/item" + std::to_string(i) +
         ">Handmade walnut cutting board number " + std::to_string(i) +
         "</a></h3><p>Oiled by hand, " + std::to_string(10 + i) +
         " inches wide, ships in two days.</p><time>March " +
         std::to_string(i) + ", 2026</time></article>";
}

std::string Listing() {
  std::string cards;
  for (int i = 1; i <= 8; ++i) cards += Card(i);
  return "<nav><a href=/>Home</a> <a href=/shop>Shop</a></nav>"
         "<div class=page><div class=promo><p>Join our club today and save "
         "on every order, with free shipping, early access to new designs, "
         "members-only sales, and a birthday gift each year.</p></div>"
         "<main><h1>Cutting boards</h1><p>Boards made in our workshop.</p>"
         "<div class=grid>" + cards + "</div></main></div>"
         "<footer><p>Copyright 2026 Example Woodworks.</p></footer>";
}

TEST(FindMainRegion, DescendsIntoTheColumnHoldingTheText) {
  Page p = Prepare(Listing());
  const dom::Node* region = FindMainRegion(p.doc, p.grab.stats);
  ASSERT_NE(region, nullptr);
  // Every card, not one of them, and not the promotion beside them.
  int cards = 0;
  for (const dom::Node* n = region; n; n = dom::NextInTree(n, region)) {
    if (n->is_element() && n->tag == dom::Tag::kArticle) ++cards;
    EXPECT_NE(n->Attr("class"), "promo");
  }
  EXPECT_EQ(cards, 8);
}

TEST(FindMainRegion, NullForAnEmptyPage) {
  Page p = Prepare("<div></div>");
  EXPECT_EQ(FindMainRegion(p.doc, p.grab.stats), nullptr);
}

TEST(ReadMainRegion, KeepsEveryCardTitleAndTeaser) {
  Page p = Prepare(Listing());
  const std::string text = Joined(ReadMainRegion(p.doc, p.grab.stats));
  for (int i = 1; i <= 8; ++i) {
    EXPECT_NE(text.find("cutting board number " + std::to_string(i)),
              std::string::npos)
        << text;
  }
  EXPECT_NE(text.find("Oiled by hand, 18 inches"), std::string::npos);
  EXPECT_EQ(text.find("Copyright"), std::string::npos);
  EXPECT_EQ(text.find("Join our club"), std::string::npos);
}

TEST(ReadMainRegion, StillDropsUiLabelsAndWhatCleaningRemoved) {
  std::string cards;
  for (int i = 1; i <= 6; ++i) cards += Card(i);
  Page p = Prepare("<main><form><input name=q><button>Search</button></form>" +
                   cards + "<p><a href=/all>Read more</a></p></main>"
                   "<footer><a href=/privacy>Privacy policy</a></footer>");
  const std::string text = Joined(ReadMainRegion(p.doc, p.grab.stats));
  EXPECT_NE(text.find("cutting board number 6"), std::string::npos);
  EXPECT_EQ(text.find("Read more"), std::string::npos) << text;
  EXPECT_EQ(text.find("Search"), std::string::npos) << text;
  EXPECT_EQ(text.find("Privacy"), std::string::npos) << text;
}

// A forum thread: each post an <article> with the poster's linked name,
// a date and the message. The article reading drops them as teaser cards.
TEST(ReadMainRegion, KeepsEveryPostOfAThread) {
  std::string posts;
  const char* messages[] = {
      "Has anyone tried the new firmware on the older model?",
      "Yes, it fixed the wifi drops for me after a reset.",
      "Mine still drops every hour, so I rolled back to the old one.",
  };
  for (int i = 0; i < 3; ++i) {
    posts += "<article class=\"message post\"><a href=/u/" +
             std::to_string(i) + ">poster" + std::to_string(i) +
             "</a><time>Sep 21, 2024</time><div class=body>" + messages[i] +
             "</div></article>";
  }
  Page p = Prepare("<div class=thread>" + posts + "</div>");
  const std::string text = Joined(ReadMainRegion(p.doc, p.grab.stats));
  for (const char* m : messages) {
    EXPECT_NE(text.find(m), std::string::npos) << text;
  }
}

}  // namespace
}  // namespace artext::content
