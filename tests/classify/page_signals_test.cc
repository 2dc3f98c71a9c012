// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// GatherPageSignals on small pages: each count alone.

#include "classify/page_signals.h"

#include <gtest/gtest.h>

#include <string>

#include "dom/document.h"
#include "dom/walk.h"
#include "heuristics.h"

namespace artext::classify {
namespace {

PageSignals Gather(const std::string& head, const std::string& body,
                   const std::vector<metadata::JsonLdBlock>& jsonld = {}) {
  dom::Document doc = dom::Document::Parse(
      "<html><head>" + head + "</head><body>" + body + "</body></html>", {});
  return GatherPageSignals(doc, jsonld);
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

const std::string kProse(
    "<p>The council voted on Tuesday to close the old river bridge to cars, "
    "ending a decade of argument over the crossing, its cost and its future, "
    "and leaving the town to decide what the bridge is for now, and who "
    "will pay to keep it standing for the walkers who still cross it.</p>");

TEST(NameParts, SplitsAndLowers) {
  EXPECT_EQ(NameParts("Product-Price_box a.b:c"),
            (std::vector<std::string>{"product", "price", "box", "a", "b",
                                      "c"}));
  EXPECT_TRUE(NameParts("").empty());
}

TEST(GatherPageSignals, OgTypeAndMicrodataAreDeclared) {
  PageSignals s = Gather("<meta property=\"og:type\" content=\"article\">",
                         "<div itemtype=\"http://schema.org/Product "
                         "https://schema.org/Offer\">x</div>");
  ASSERT_EQ(s.declared.size(), 3u);
  EXPECT_EQ(s.declared[0].type, "article");
  EXPECT_EQ(s.declared[0].source, "og:type");
  EXPECT_EQ(s.declared[1].type, "product");
  EXPECT_EQ(s.declared[1].source, "microdata");
  EXPECT_EQ(s.declared[2].type, "offer");
}

TEST(GatherPageSignals, PriceTextsAndCartButtons) {
  PageSignals s = Gather("", "<span>$12.99</span><span>12,99 €</span>"
                             "<p>It cost $12 in a shop we visited and "
                             "we thought that was rather a lot.</p>"
                             "<button>Add to cart</button>");
  EXPECT_EQ(s.price_texts, 2);
  EXPECT_EQ(s.cart_buttons, 1);
}

TEST(GatherPageSignals, ClassPartsAreWholeParts) {
  PageSignals s = Gather("", "<div class=\"product-price\">1</div>"
                             "<div class=\"reprice postcode\">2</div>");
  EXPECT_EQ(s.price_marks, 1);
}

TEST(GatherPageSignals, CodeAndParagraphs) {
  PageSignals s = Gather("", "<pre><code>int main() {}</code></pre>" + kProse +
                                 "<p>short</p>");
  EXPECT_EQ(s.code_blocks, 1);
  EXPECT_EQ(s.code_chars, std::string("int main() {}").size());
  EXPECT_EQ(s.long_paragraphs, 1);
}

TEST(GatherPageSignals, LinkCharsCountTextInsideLinks) {
  PageSignals s = Gather("", "<p>abcde <a href=\"/x\">fghij</a></p>");
  EXPECT_EQ(s.link_chars, 5u);
  EXPECT_EQ(s.text_chars, 11u);
}

TEST(GatherPageSignals, CardGridCountsSiblingsOfOneShape) {
  const std::string card =
      "<div class=\"card\"><h3><a href=\"/s\">A story title here</a></h3>"
      "<p>A line of teaser.</p></div>";
  PageSignals s = Gather("", "<main>" + Repeat(card, 7) + "</main>");
  EXPECT_EQ(s.card_grid_items, 7);
}

TEST(GatherPageSignals, CardShapeIgnoresDigitParts) {
  PageSignals s = Gather(
      "", "<section><article class=\"post-1 post\"><a href=\"/a\">One title "
          "of a post</a> teaser</article><article class=\"post-2 post\"><a "
          "href=\"/b\">Two title of a post</a> teaser</article></section>");
  EXPECT_EQ(s.card_grid_items, 2);
}

TEST(GatherPageSignals, MenuOfBareLinksIsNoGrid) {
  // Each <li> is a link and nothing else: a menu, not a card.
  PageSignals s = Gather(
      "", "<ul>" + Repeat("<li><a href=\"/x\">Section name</a></li>", 12) +
              "</ul>");
  EXPECT_EQ(s.card_grid_items, 0);
}

TEST(GatherPageSignals, CardsInChromeDoNotCount) {
  const std::string card =
      "<div class=\"c\"><img src=a.jpg><a href=\"/s\">A story title</a></div>";
  PageSignals s = Gather("", "<footer>" + Repeat(card, 10) + "</footer>");
  EXPECT_EQ(s.card_grid_items, 0);
}

TEST(GatherPageSignals, LongCardsAreSections) {
  const std::string section = "<div class=\"s\"><a href=\"/s\">Title</a>" +
                              kProse + kProse + "</div>";
  PageSignals s = Gather("", Repeat(section, 8));
  EXPECT_EQ(s.card_grid_items, 0);
}

TEST(GatherPageSignals, ProseRunIsTheLongestUnderOneParent) {
  PageSignals s = Gather("", "<div>" + kProse + kProse + kProse +
                                 "</div><section>" + kProse + "</section>");
  ASSERT_EQ(s.long_paragraphs, 4);
  EXPECT_EQ(s.top_prose_run_chars, 3 * s.paragraph_chars / 4);
}

TEST(GatherPageSignals, ProseRunPassesThroughOneParagraphWrappers) {
  const std::string wrapped = "<div class=\"block\">" + kProse + "</div>";
  PageSignals s = Gather("", "<div>" + Repeat(wrapped, 3) + "</div>");
  ASSERT_EQ(s.long_paragraphs, 3);
  EXPECT_EQ(s.top_prose_run_chars, s.paragraph_chars);
}

TEST(GatherPageSignals, SectionsSplitTheProseRun) {
  const std::string section = "<section><h2>Our work</h2>" + kProse +
                              "</section>";
  PageSignals s = Gather("", "<main>" + Repeat(section, 4) + "</main>");
  ASSERT_EQ(s.long_paragraphs, 4);
  EXPECT_EQ(s.top_prose_run_chars, s.paragraph_chars / 4);
}

TEST(GatherPageSignals, CallsToActionOutsideChrome) {
  PageSignals s = Gather(
      "", "<header><a href=\"/c\">Contact us</a></header>"
          "<a href=\"/q\">Get a quote</a>"
          "<button>Kontakt aufnehmen</button>"
          "<a href=\"/d\">Demander un devis</a>"
          "<a href=\"/x\">Read how we helped a client get a quote for their "
          "new offices last year</a>");
  EXPECT_EQ(s.cta_controls, 3);
}

TEST(IsCallToAction, ShortLabelsOnly) {
  EXPECT_TRUE(IsCallToAction("  Request a Demo "));
  EXPECT_TRUE(IsCallToAction("Contáctanos"));
  EXPECT_FALSE(IsCallToAction("Subscribe"));
  EXPECT_FALSE(IsCallToAction(
      "We were asked to contact us by several readers of this column"));
}

TEST(GatherPageSignals, PostsAreElementsWithPosterAndTime) {
  const std::string post =
      "<div class=\"post\"><span class=\"username\">ann</span>"
      "<time datetime=\"2024-01-01\">Jan 1</time><p>I agree.</p></div>";
  PageSignals s = Gather("", "<div class=\"thread\">" + Repeat(post, 4) +
                                 "</div>");
  EXPECT_EQ(s.post_units, 4);
}

TEST(GatherPageSignals, BylineWithDateIsOnePost) {
  PageSignals s = Gather("", "<article><div class=\"meta\"><span class="
                             "\"author\">Ann Lee</span><time>May 2</time>"
                             "</div>" + kProse + "</article>");
  EXPECT_EQ(s.post_units, 1);
}

TEST(GatherPageSignals, PricedCardsOfOneGrid) {
  // A category: twelve product cards, each a link, a name and a price.
  std::string grid = "<ul>";
  for (int i = 0; i < 12; ++i) {
    grid += "<li class=\"product product-" + std::to_string(i) +
            "\"><a href=\"/p/" + std::to_string(i) +
            "\">Walnut desk lamp</a><span>$" + std::to_string(20 + i) +
            ".00</span></li>";
  }
  grid += "</ul>";
  PageSignals s = Gather("", grid);
  EXPECT_EQ(s.card_grid_items, 12);
  EXPECT_EQ(s.priced_card_grid_items, 12);
  // The same cards without prices: a grid, none priced.
  std::string plain = "<ul>";
  for (int i = 0; i < 12; ++i) {
    plain += "<li class=\"post\"><a href=\"/s/" + std::to_string(i) +
             "\">A story</a><span>by Ann Lee</span></li>";
  }
  plain += "</ul>";
  s = Gather("", plain);
  EXPECT_EQ(s.card_grid_items, 12);
  EXPECT_EQ(s.priced_card_grid_items, 0);
}

TEST(ShapeKey, FirstClassTokenOnly) {
  // WordPress loops append each post's categories after the fixed class.
  dom::Document doc = dom::Document::Parse(
      "<article class=\"post-12 post category-news tag-x\"></article>"
      "<article class=\"post-13 post category-sport\"></article>"
      "<article class=\"page\"></article>",
      {});
  std::vector<const dom::Node*> els;
  dom::Walk(
      doc.root(),
      [&](const dom::Node* n) {
        if (n->is_element() && n->tag == dom::Tag::kArticle) {
          els.push_back(n);
        }
        return true;
      },
      [](const dom::Node*) {});
  ASSERT_EQ(els.size(), 3u);
  EXPECT_EQ(ShapeKey(*els[0]), ShapeKey(*els[1]));
  EXPECT_NE(ShapeKey(*els[0]), ShapeKey(*els[2]));
}

TEST(ShapeKey, TagAndDigitFreeClassParts) {
  dom::Document doc = dom::Document::Parse(
      "<div class=\"card item-7\"></div><div class=\"card item-9\"></div>"
      "<li class=\"card\"></li>",
      {});
  std::vector<const dom::Node*> els;
  dom::Walk(
      doc.root(),
      [&](const dom::Node* n) {
        if (n->is_element() &&
            (n->tag == dom::Tag::kDiv || n->tag == dom::Tag::kLi)) {
          els.push_back(n);
        }
        return true;
      },
      [](const dom::Node*) {});
  ASSERT_EQ(els.size(), 3u);
  EXPECT_EQ(ShapeKey(*els[0]), ShapeKey(*els[1]));
  EXPECT_NE(ShapeKey(*els[0]), ShapeKey(*els[2]));
}

}  // namespace
}  // namespace artext::classify
