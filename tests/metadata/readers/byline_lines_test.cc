// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/readers/byline_lines.h"

#include <gtest/gtest.h>

#include <string>

#include "dom/document.h"
#include "dom/text.h"

namespace artext::metadata {
namespace {

dom::Document Parse(const std::string& html) {
  return dom::Document::Parse(html, dom::ParseOptions{});
}

// The first element with id="x".
const dom::Node* ById(const dom::Document& doc, std::string_view id) {
  for (const dom::Node* n = doc.root(); n; n = dom::NextInTree(n, doc.root())) {
    if (n->is_element() && n->Attr("id") == id) return n;
  }
  return nullptr;
}

TEST(BylineText, GluedElementsBreakTheLine) {
  dom::Document doc = Parse(
      "<div id=x><span>Gina Trapani</span><span>CEO</span> <a>Follow</a></div>");
  EXPECT_EQ(BylineText(ById(doc, "x")), "Gina Trapani\nCEO Follow");
  dom::Document doc2 = Parse("<p id=x>By<a>Alex Doe</a></p>");
  EXPECT_EQ(BylineText(ById(doc2, "x")), "By\nAlex Doe");
  dom::Document doc3 = Parse("<p id=x>By <a>Alex</a> <b>Doe</b></p>");
  EXPECT_EQ(BylineText(ById(doc3, "x")), "By Alex Doe");
}

TEST(LabelledByline, LabelThenName) {
  for (const char* html : {"<p id=x>Autor: Jane Doe</p>",
                           "<p id=x>Veröffentlicht von <a>Jane Doe</a></p>",
                           "<p id=x>著者：後藤大地</p>",
                           "<li id=x><strong>Autorin/Autor</strong> Roman Doe</li>",
                           "<p id=x>Publié par Jean Dupont</p>"}) {
    dom::Document doc = Parse(html);
    const dom::Node* n = ById(doc, "x");
    EXPECT_EQ(LabelledByline(n), n) << html;
  }
}

TEST(LabelledByline, ByWordWithAColonIsALabel) {
  for (const char* html : {"<li id=x>Von: <span><a>Bill McCarthy</a>,</span></li>",
                           "<p id=x>By: Jane Doe</p>"}) {
    dom::Document doc = Parse(html);
    const dom::Node* n = ById(doc, "x");
    EXPECT_EQ(LabelledByline(n), n) << html;
  }
  // Without the colon "Von" followed by a lower-case word labels nothing.
  dom::Document doc = Parse("<p id=x>Von heute an gilt das</p>");
  EXPECT_EQ(LabelledByline(ById(doc, "x")), nullptr);
}

TEST(LabelledByline, LabelAloneTakesTheNextElement) {
  dom::Document doc = Parse("<div><div id=x>Written by</div><div id=y>Jane Doe</div></div>");
  EXPECT_EQ(LabelledByline(ById(doc, "x")), ById(doc, "y"));
}

TEST(LabelledByline, LoneByWordOrCreditNounTakesTheNextElement) {
  for (const char* html :
       {"<div><span id=x>By</span><div id=y><a href=/author/jd>Jane Doe</a></div></div>",
        "<div><span id=x>Av</span><span id=y>Anna Berg</span></div>",
        "<div><h2 id=x>Article by</h2><div id=y>Jane Doe</div></div>"}) {
    dom::Document doc = Parse(html);
    EXPECT_EQ(LabelledByline(ById(doc, "x")), ById(doc, "y")) << html;
  }
  // A by-word that opens a sentence labels nothing.
  dom::Document doc = Parse("<div><span id=x>By the way</span><span>Jane Doe</span></div>");
  EXPECT_EQ(LabelledByline(ById(doc, "x")), nullptr);
}

TEST(LabelledByline, OrdinaryTextIsNoByline) {
  for (const char* html : {"<p id=x>Text messages were sent on Monday.</p>",
                           "<p id=x>Author interviews are on page two</p>",
                           "<p id=x>Written by hand, the letters</p>",
                           "<p id=x>Autor: unbekannt</p>"}) {
    dom::Document doc = Parse(html);
    EXPECT_EQ(LabelledByline(ById(doc, "x")), nullptr) << html;
  }
}

TEST(InLinkedTeaser, LinkHoldingAHeadline) {
  dom::Document doc = Parse(
      "<a href='/story'><span>A long headline of another story here</span>"
      "<span id=x>Von Jane Doe</span></a><a href='/author/jane'><span id=y>Jane Doe</span></a>");
  EXPECT_TRUE(InLinkedTeaser(ById(doc, "x"), 12));
  EXPECT_FALSE(InLinkedTeaser(ById(doc, "y"), 8));
}

}  // namespace
}  // namespace artext::metadata
